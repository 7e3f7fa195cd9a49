/**
 * French adjustments to wink's tokens (its model is English). wink keeps elisions and some
 * inversions whole and splits others; French rules want one word per token:
 *
 *   L'entourage   → L' · entourage          qu'aujourd'hui → qu' · aujourd'hui
 *   a-t-il        → a · -t-il               ajoute-t-elle (wink: ajoute - t - elle) → ajoute · -t-elle
 *   dit-il (wink: dit - il)                 → dit · -il
 *   porte-parole (wink: porte - parole)     → porte-parole (lower-case compounds; names keep their pieces)
 *
 * "aujourd'hui" stays whole: "aujourd" is no elided word. wink's English POS tags mean nothing
 * on French text, so tokens get a tag only where a closed class or the shape decides it
 * (punctuation, numbers, determiners, prepositions, pronouns, conjunctions); the rest is X,
 * capitalised words PROPN.
 */
import {
  CONJUNCTIONS,
  DETERMINERS,
  ELIDED_WORDS,
  INVERTED_CLITICS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/fr/grammar.js';
import type { RawToken } from './raw-token.js';

const ELIDED = new Set(ELIDED_WORDS);
const CLITICS = new Set(INVERTED_CLITICS);
const ELISION = /^(\p{L}+)[’'](?=\p{L})/u;
const GLUED_INVERSION = new RegExp(`^(\\p{L}+)(-t-(?:${INVERTED_CLITICS.join('|')}))$`, 'iu');

const TAGS = new Map<string, string>();
for (const [words, tag] of [
  [CONJUNCTIONS, 'CCONJ'],
  [SUBORDINATORS, 'SCONJ'],
  [PRONOUNS, 'PRON'],
  [PREPOSITIONS, 'ADP'],
  [DETERMINERS, 'DET'],
] as const) {
  for (const w of words) TAGS.set(w, tag);
}

function tagOf(text: string): string {
  if (/^[\p{P}\p{S}]+$/u.test(text)) return 'PUNCT';
  if (/^\p{N}/u.test(text)) return 'NUM';
  const lower = text.toLowerCase();
  if (lower.startsWith('-')) return 'PRON';
  return TAGS.get(lower) ?? (/^\p{Lu}/u.test(text) ? 'PROPN' : 'X');
}

function piece(r: RawToken, start: number, end: number, text: string): RawToken {
  return { ...r, start, end, text: text.slice(start, end), pos: tagOf(text.slice(start, end)) };
}

/** A word split at its elisions and at a glued "-t-il". */
function splitWord(r: RawToken, text: string): RawToken[] {
  if (r.isBreak) return [r];
  const out: RawToken[] = [];
  let start = r.start;
  for (let m = ELISION.exec(r.text); m && ELIDED.has((m[1] ?? '').toLowerCase()); m = ELISION.exec(text.slice(start, r.end))) {
    const end = start + m[0].length;
    out.push(piece(r, start, end, text));
    start = end;
  }
  const inversion = GLUED_INVERSION.exec(text.slice(start, r.end));
  if (inversion) {
    const verbEnd = start + (inversion[1] ?? '').length;
    out.push(piece(r, start, verbEnd, text), piece(r, verbEnd, r.end, text));
  } else {
    out.push(piece(r, start, r.end, text));
  }
  return out;
}

/** How many raw tokens from i spell a clitic glued to the word before: "- t - il" (4) or "- il" (2). */
function cliticLength(raw: readonly RawToken[], i: number): number {
  const glued = (k: number): boolean => raw[k - 1]?.end === raw[k]?.start;
  if (raw[i]?.text !== '-' || !glued(i) || !/\p{L}$/u.test(raw[i - 1]?.text ?? '')) return 0;
  // every piece glued to the one before, and no letters glued after the clitic ("-il" but not "-ilot")
  const chain = (n: number): boolean => [...Array(n).keys()].every((k) => glued(i + k + 1)) && !(glued(i + n + 1) && /^\p{L}/u.test(raw[i + n + 1]?.text ?? ''));
  if (raw[i + 1]?.text.toLowerCase() === 't' && raw[i + 2]?.text === '-' && CLITICS.has(raw[i + 3]?.text.toLowerCase() ?? '') && chain(3)) return 4;
  return CLITICS.has(raw[i + 1]?.text.toLowerCase() ?? '') && chain(1) ? 2 : 0;
}

/** How many raw tokens from i spell a lower-case hyphenated compound: "porte - parole" (3), "état - major". */
function compoundLength(raw: readonly RawToken[], i: number): number {
  let n = 1;
  const word = (k: number): boolean => /^\p{Ll}+$/u.test(raw[k]?.text ?? '');
  if (!word(i)) return 0;
  while (raw[i + n]?.text === '-' && raw[i + n - 1]?.end === raw[i + n]?.start && raw[i + n]?.end === raw[i + n + 1]?.start && word(i + n + 1) && cliticLength(raw, i + n) === 0) n += 2;
  return n > 1 ? n : 0;
}

export function frenchTokens(raw: readonly RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawToken;
    const n = cliticLength(raw, i) || compoundLength(raw, i);
    if (n > 0) {
      out.push(piece(r, r.start, (raw[i + n - 1] as RawToken).end, text));
      i += n - 1;
    } else {
      out.push(...splitWord(r, text));
    }
  }
  return out;
}
