/**
 * French word tests the attribution rules share, from lexicons and shapes only (wink's tags are
 * English): cue phrases, adverbials, subjects and noun phrases.
 */
import type { Token } from '../../../nlp/tokens.js';
import { AVOIR_AUXILIARIES, CUE_ADVERBS, NEGATION_AFTER, NEGATION_BEFORE, PERSONAL_PRONOUNS, TIME_WORDS } from '../../../lexicon/fr/grammar.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS, NOT_NAME_WORDS, ORGANIZATION_NOUNS } from '../../../lexicon/fr/sources.js';
import { HONORIFICS, ROLE_WORDS } from '../../../lexicon/fr/titles.js';
import { countryOfDemonym } from '../../entities/fr/names.js';
import type { RuleInput } from '../input.js';

const AVOIR = new Set(AVOIR_AUXILIARIES);
const NEG_BEFORE = new Set(NEGATION_BEFORE);
const NEG_AFTER = new Set(NEGATION_AFTER);
const ADVERBS = CUE_ADVERBS.map((a) => a.split(' '));
const TIME = new Set(TIME_WORDS);
const CLITICS = new Set<string>([...PERSONAL_PRONOUNS.singular, ...PERSONAL_PRONOUNS.plural, ...PERSONAL_PRONOUNS.impersonal].filter((p) => p.startsWith('-')));
const SUBJECT_PRONOUNS = new Set<string>([...PERSONAL_PRONOUNS.singular, ...PERSONAL_PRONOUNS.plural, ...PERSONAL_PRONOUNS.impersonal].filter((p) => !p.startsWith('-')));
const SOURCE_NOUNS = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS, ...ORGANIZATION_NOUNS, ...ROLE_WORDS]);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const HONORIFIC = new Set(HONORIFICS);
/** Words that end a noun phrase read rightwards: verbs' companions, clause openers, settings. */
const PHRASE_STOPS = new Set(['que', "qu'", 'qu’', 'qui', 'dont', 'et', 'mais', 'ou', 'à', 'au', 'aux', 'lors', 'dans', 'sur', 'pour', 'après', 'avant', 'selon', 'a', 'ont', 'est', 'sont', 'avait']);
/** How many tokens a subject or source phrase may hold. */
export const MAX_PHRASE_TOKENS = 12;

/** A reporting cue as French writes it. */
export interface FrenchCue {
  /** the cue's tokens, end exclusive: "a déclaré", "n'a pas exclu", "déclare", "déclaré" in "a-t-il déclaré" */
  readonly first: number;
  readonly last: number;
  /** the reporting verb's token */
  readonly verb: number;
  /** an inverted subject clitic ("-t-il", "-elle"), when there is one */
  readonly clitic: number | null;
}

function lowerAt(input: RuleInput, k: number): string {
  return input.tokens[k]?.lower ?? '';
}

/** Adverbials between a cue's words: returns the index after them. */
export function skipCueAdverbs(input: RuleInput, k: number, limit: number): number {
  let m = k;
  for (let moved = true; moved && m < limit; ) {
    moved = false;
    if (NEG_AFTER.has(lowerAt(input, m))) {
      m++;
      moved = true;
      continue;
    }
    const words = ADVERBS.find((ws) => ws.every((w, n) => lowerAt(input, m + n) === w));
    if (words) {
      m += words.length;
      moved = true;
    }
  }
  return m;
}

/**
 * The cue starting at token i: "a déclaré", "n'a pas exclu", "a également souligné",
 * "a-t-il déclaré", "déclare", "estime-t-elle", "déclarait". A participle alone is no cue
 * ("le texte annoncé"), nor is a finite form inside a quote.
 */
export function cueAt(input: RuleInput, i: number, limit: number): FrenchCue | null {
  if (input.inQuote[i]) return null;
  let k = NEG_BEFORE.has(lowerAt(input, i)) ? i + 1 : i;
  if (AVOIR.has(lowerAt(input, k))) {
    k++;
    const clitic = CLITICS.has(lowerAt(input, k)) ? k++ : null;
    const verb = skipCueAdverbs(input, k, limit);
    // any cue form after "a": "dit", "écrit" are participles as well as finite forms
    if (verb >= limit || !input.cues.has(lowerAt(input, verb))) return null;
    return { first: clitic === null ? i : verb, last: verb + 1, verb, clitic };
  }
  if (k !== i || input.cues.get(lowerAt(input, k))?.form !== 'third') return null;
  const clitic = CLITICS.has(lowerAt(input, k + 1)) ? k + 1 : null;
  return { first: i, last: i + 1, verb: i, clitic };
}

export function isTimeWord(t: Token | undefined): boolean {
  return t !== undefined && TIME.has(t.lower);
}

/** A phrase that can speak: a name, a subject pronoun, a source or role noun, a demonym ("les Britanniques"). */
export function canSpeak(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (SOURCE_NOUNS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || HONORIFIC.has(t.text) || countryOfDemonym(t.text)) return true;
    if (/^\p{Lu}/u.test(t.text) && !NOT_NAME.has(t.text) && /\p{L}/u.test(t.text)) return true;
  }
  return false;
}

/**
 * The noun phrase from `start` rightwards ("le ministre des Affaires étrangères Jean-Noël
 * Barrot", "une source proche du dossier"), up to punctuation, a clause opener, a preposition
 * that starts an addressee or setting, or a cue. Null when it cannot speak.
 */
export function phraseAfter(input: RuleInput, start: number, limit: number): { first: number; last: number } | null {
  let k = start;
  while (k < limit && k - start < MAX_PHRASE_TOKENS) {
    const t = input.tokens[k] as Token;
    if ((t.pos === 'PUNCT' && !['-', '.', '’', "'"].includes(t.text)) || input.inQuote[k]) break;
    if (k > start && (PHRASE_STOPS.has(t.lower) || input.cues.has(t.lower) || isTimeWord(t))) break;
    k++;
  }
  // an abbreviation's full stop belongs to it ("M."), a sentence's does not
  while (k > start && input.tokens[k - 1]?.text === '.') k--;
  return k > start && canSpeak(input.tokens, start, k) ? { first: start, last: k } : null;
}
