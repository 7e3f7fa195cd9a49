/**
 * A proxy for "the right speaker among found statements". PolNeAR marks where a source is
 * written, not who it refers to, so only sources that are a name can be judged: a predicted
 * statement paired with a gold attribution (overlap pairing) whose source's core ends in a name
 * is right when its resolved speaker's name shares a word with the names of that core.
 *
 *   gold source "Republican candidate Donald Trump", speaker "Donald Trump"   → right
 *   gold source "Rep. Ann Lee (D-N.Y.)",             speaker "D-N.Y."         → wrong
 *   gold source "Trump",                             speaker "Ted Cruz"       → wrong
 *   gold source "Aides to Clinton", "the Republican front-runner", "he"      → not judged
 *
 * The core is the source before a comma, a bracket, a relative pronoun, or a preposition after
 * a common or source noun ("Aides to Clinton"; "Secretary of State Hillary Clinton" keeps its
 * title's "of"): a name after it only qualifies the source. A name word is one the article
 * writes capitalised mid-sentence and never in lower case, and that is no closed-class word,
 * source noun ("Officials"), demonym or title word: sentence starts, "Forty-one percent" and
 * "the Republican nominee" name no one.
 */
import { COUNTRIES } from '../../lexicon/en/countries.js';
import { NOUN_PHRASE_PREPOSITIONS, RELATIVE_PRONOUNS } from '../../lexicon/en/grammar.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS, NOT_NAME_WORDS } from '../../lexicon/en/sources.js';
import { ROLE_TITLES } from '../../lexicon/en/titles.js';
import type { GoldAttribution, PredictedAttribution } from './attribution.js';
import type { OverlapPair } from './overlap-match.js';

export interface SpeakerTally {
  /** paired statements whose gold source is a name */
  readonly judged: number;
  /** of those, statements whose speaker's name shares a word with the gold source's names */
  readonly right: number;
}

/** Lower case without accents, so "Barrot" and "BARROT", "Noël" and "Noel" are one word. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((w) => w.length > 1);
}

const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

const SOURCE_NOUNS: ReadonlySet<string> = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS]);

const NOT_NAMES: ReadonlySet<string> = new Set(
  [...NOT_NAME_WORDS, ...SOURCE_NOUNS, ...COUNTRIES.flatMap((c) => c.demonyms), ...ROLE_TITLES].flatMap((w) => wordsOf(w).map(fold)),
);

/** Text that ends in a word, a comma or a bracket, or in an abbreviation or initial ("Mr.", "G.K."). */
const AFTER_WORD = /(?:[\p{L}\p{N},;(]|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{0,2}\.)\s*$/u;

/**
 * The folded words an article uses as names: written capitalised after a word, comma, bracket
 * or abbreviation (so not just for starting a sentence or a quote), and never in lower case.
 */
export function properWordsOf(text: string): Set<string> {
  const midSentence = new Set<string>();
  const lower = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!capitalised(word)) {
      lower.add(fold(word));
      continue;
    }
    if (AFTER_WORD.test(text.slice(Math.max(0, m.index - 20), m.index))) midSentence.add(fold(word));
  }
  return new Set([...midSentence].filter((w) => !lower.has(w) && !NOT_NAMES.has(w)));
}

/** The words of the source's core, up to where a qualifier starts. */
function coreWords(source: string): string[] {
  const words: string[] = [];
  for (const m of source.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*|[,(;:—]/gu)) {
    const token = m[0];
    if (/^[,(;:—]$/u.test(token) || RELATIVE_PRONOUNS.has(token)) break;
    const previous = words.at(-1);
    if (NOUN_PHRASE_PREPOSITIONS.has(token) && previous !== undefined && (!capitalised(previous) || SOURCE_NOUNS.has(previous.toLowerCase()))) break;
    words.push(token);
  }
  return words.flatMap(wordsOf);
}

/** The folded name words of a gold source whose core ends in a name; empty when it is no name. */
export function nameWordsOf(source: string, properWords: ReadonlySet<string>): Set<string> {
  const core = coreWords(source).map(fold);
  const last = core.at(-1);
  return last !== undefined && properWords.has(last) ? new Set(core.filter((w) => properWords.has(w))) : new Set();
}

/** Whether a speaker's name shares a word with the gold source's names; null when the source is no name. */
export function speakerMatches(source: string, speaker: string | null, properWords: ReadonlySet<string>): boolean | null {
  const names = nameWordsOf(source, properWords);
  if (names.size === 0) return null;
  return speaker !== null && wordsOf(speaker).some((w) => names.has(fold(w)));
}

export function speakerTally(
  text: string,
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
  pairs: readonly OverlapPair[],
): SpeakerTally {
  const properWords = properWordsOf(text);
  let judged = 0;
  let right = 0;
  for (const pair of pairs) {
    const source = gold[pair.gold]?.source;
    const verdict = source ? speakerMatches(source.text, predicted[pair.predicted]?.speaker ?? null, properWords) : null;
    if (verdict === null) continue;
    judged++;
    if (verdict) right++;
  }
  return { judged, right };
}

export function addSpeakerTally(a: SpeakerTally, b: SpeakerTally): SpeakerTally {
  return { judged: a.judged + b.judged, right: a.right + b.right };
}

/** The share of judged statements with the right speaker; 0 when none was judged. */
export function speakerShare(tally: SpeakerTally): number {
  return tally.judged === 0 ? 0 : tally.right / tally.judged;
}
