/**
 * Words and clause edges of a statement's content, on the folded text (offsets are the
 * original's). The stance rules reason over these rather than over wink tokens, so a statement
 * read back from the store is judged without running the analysis again.
 */
import { CLAUSE_WORDS } from '../../../lexicon/en/stance.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** folded: lower case, no accents, plain apostrophes */
  readonly folded: string;
}

export interface Region {
  readonly start: number;
  readonly end: number;
}

export function wordsIn(folded: string, region: Region): Word[] {
  const words: Word[] = [];
  const pattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
  pattern.lastIndex = region.start;
  for (let found = pattern.exec(folded); found && found.index < region.end; found = pattern.exec(folded)) {
    if (found.index + found[0].length > region.end) break;
    words.push({ start: found.index, end: found.index + found[0].length, folded: found[0] });
  }
  return words;
}

export function isNegator(word: string, negators: ReadonlySet<string>): boolean {
  return negators.has(word) || word.endsWith("n't");
}

/** Sentences of the region: ends at . ! ? ; followed by a space or the end. */
export function sentencesIn(folded: string, region: Region): Region[] {
  const sentences: Region[] = [];
  let start = region.start;
  const pattern = /[.!?;]+["”’)\]]*(?=\s|$)/g;
  pattern.lastIndex = region.start;
  for (let found = pattern.exec(folded); found && found.index < region.end; found = pattern.exec(folded)) {
    const end = found.index + found[0].length;
    if (end > region.end) break;
    sentences.push({ start, end });
    start = end;
  }
  if (start < region.end && /\S/.test(folded.slice(start, region.end))) sentences.push({ start, end: region.end });
  return sentences;
}

/** The start of the clause `offset` is in: after the last comma, colon or clause word before it in its sentence. */
export function clauseStart(folded: string, sentence: Region, offset: number): number {
  let start = sentence.start;
  const punctuation = /[,:()—–]/g;
  punctuation.lastIndex = sentence.start;
  for (let found = punctuation.exec(folded); found && found.index < offset; found = punctuation.exec(folded)) start = found.index + 1;
  for (const word of wordsIn(folded, { start, end: offset })) if (CLAUSE_WORDS.has(word.folded)) start = word.end;
  return start;
}

export function regionOf<T extends Region>(regions: readonly T[], offset: number): T | undefined {
  return regions.find((r) => r.start <= offset && offset < r.end) ?? regions.at(-1);
}

/** A phrase list as one pattern, longest first, between word edges. */
export function phrasePattern(phrases: readonly string[], flags = 'gu'): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${sorted.join('|')})(?![\\p{L}\\p{N}]|'[\\p{L}])`, flags);
}
