/**
 * Noun-phrase boundaries around a cue, from wink's POS tags and a few English function words.
 *
 *   Eli Tenenbaum, a researcher at the French Institute of International Relations, told …
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^  subjectBefore()
 *   “…,” said Rob Bauer, Chair of NATO’s Military Committee.
 *             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^  phraseAfter()
 *
 * An appositive (", a researcher at …,") is taken into a subject only when a comma closes it
 * right before the cue, so "Clinton leads, the poll shows" keeps "the poll" alone.
 */
import type { Token } from '../../../nlp/tokens.js';
import type { TokenRange } from '../candidate.js';
import { NOUN_PHRASE_PREPOSITIONS, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../../../lexicon/en/grammar.js';
import { NOT_NAME_WORDS } from '../../../lexicon/en/sources.js';
import { ROLE_WORDS } from '../../../lexicon/en/titles.js';

/** Commas and dashes set off appositives: "Jason Sims — a teacher from Mount Pleasant — says". */
export const APPOSITIVE_DELIMITERS = new Set([',', '—', '–', '--']);
const NP_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);
const NP_PUNCT = new Set(['-', '–', '.', '&', '’', "'", '/', '%', '$']);
const NOUN_TAGS = new Set(['NOUN', 'PROPN']);
const WH_WORDS = new Set(['which', 'what', 'whose', 'that', 'whom']);
const QUANTITY_ADVERBS = new Set(['about', 'nearly', 'almost', 'roughly', 'only', 'just', 'some', 'over', 'around', 'approximately', 'fewer', 'more']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const BAD_HEADS = new Set(['that', 'this', 'which', 'what', 'who', 'there', 'it']);

/** wink tags some surnames as verbs or adjectives ("Mr. Hedge said"): capitals count as names. */
const NEVER_NAMES = new Set(NOT_NAME_WORDS);
const NAME_TAGS_WRONG = new Set(['VERB', 'ADJ', 'ADV', 'NOUN', 'X']);

function isCapitalisedName(t: Token): boolean {
  return NAME_TAGS_WRONG.has(t.pos) && /^\p{Lu}/u.test(t.text) && !NEVER_NAMES.has(t.text);
}

export function isNominal(t: Token | undefined): boolean {
  if (!t) return false;
  if (isCapitalisedName(t)) return true;
  if (NP_TAGS.has(t.pos)) return t.pos !== 'PART' || t.lower === "'s" || t.lower === '’s';
  if (POSSESSIVE_DETERMINERS.has(t.lower)) return true;
  return NP_PUNCT.has(t.text) && t.text !== "'";
}

function isHead(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'PRON' || isCapitalisedName(t)) && !BAD_HEADS.has(t.lower);
}

/** An adjective or past participle that can follow its noun: "familiar (with)", "briefed (on)". */
function isPostModifier(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'ADJ' || (t.pos === 'VERB' && t.lower.endsWith('ed')));
}

/** Part of a hyphenated compound ("self-described", "long-time"), whatever its tag. */
function inCompound(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (prev !== undefined && prev.text === '-' && prev.end === t.start) || (next !== undefined && next.text === '-' && next.start === t.end);
}

/** "the moment Sanders said": a common noun right before a name ends the phrase, unless it is a
 * role ("delegate Beau Correll"). */
function breaksBeforeName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return t.pos === 'NOUN' && tokens[k + 1]?.pos === 'PROPN' && !ROLE_WORDS.has(t.lower) && !/^\p{Lu}/u.test(t.text);
}

/** How many tokens leftwards from k still belong to the phrase (0: the phrase starts after k). */
function stepLeft(tokens: readonly Token[], k: number, end: number): number {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (WH_WORDS.has(t.lower) || breaksBeforeName(tokens, k)) return 0;
  if ((isNominal(t) || (inCompound(tokens, k) && /\p{L}/u.test(t.text))) && !(t.text === '.' && k === end - 1)) return 1;
  if (t.pos === 'ADP' && NOUN_PHRASE_PREPOSITIONS.has(t.lower) && isNominal(prev) && isNominal(next)) return 1;
  // "a person briefed on the talks", "people familiar with the plan": a post-modifier and its preposition
  if (t.pos === 'ADP' && NOUN_PHRASE_PREPOSITIONS.has(t.lower) && isPostModifier(prev) && NOUN_TAGS.has(tokens[k - 2]?.pos ?? '') && isNominal(next)) return 2;
  // "lobbyist and GOP strategist Charlie Black", "Jeb Bush and Chris Christie"
  if (t.lower === 'and' && NOUN_TAGS.has(prev?.pos ?? '') && NOUN_TAGS.has(next?.pos ?? '')) return 1;
  // "John Kerry's dear negotiating partners": a participle used as an adjective
  if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && isNominal(prev) && prev?.pos !== 'PUNCT' && isNominal(next)) return 1;
  // "most of them", "one of us"
  if (t.pos === 'PRON' && prev?.lower === 'of' && k === end - 1 && isNominal(tokens[k - 2])) return 2;
  if (t.text === ')') {
    let open = k - 1;
    while (open >= 0 && tokens[open]?.text !== '(' && k - open < 8) open--;
    if (tokens[open]?.text === '(') return k - open + 1;
  }
  return 0;
}

/** Walks left from `end` (exclusive) over one noun phrase; returns its first token index. */
function walkLeft(tokens: readonly Token[], floor: number, end: number): number {
  let k = end - 1;
  while (k >= floor) {
    const step = stepLeft(tokens, k, end);
    if (step === 0) break;
    k -= step;
  }
  let first = Math.max(k + 1, floor);
  // a phrase starts at a determiner, adjective, number or noun, never at a preposition or a dash
  while (first < end && !isStart(tokens[first] as Token)) first++;
  // "About three in 10", "nearly half"
  if (tokens[first]?.pos === 'NUM' && QUANTITY_ADVERBS.has(tokens[first - 1]?.lower ?? '') && first - 1 >= floor) first--;
  return first;
}

function isStart(t: Token): boolean {
  return (NP_TAGS.has(t.pos) && t.pos !== 'PART') || POSSESSIVE_DETERMINERS.has(t.lower) || isCapitalisedName(t);
}

function hasHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) if (isHead(tokens[i])) return true;
  // a nominalised adjective: "the Republican", "the self-described socialist"
  return tokens[first]?.pos === 'DET' && tokens[last - 1]?.pos === 'ADJ' && last - first > 1;
}

export interface Subject extends TokenRange {
  readonly relative: boolean;
  /** for a relative pronoun: the phrase it stands for */
  readonly antecedent: TokenRange | null;
}

/** The subject that ends at `end` (exclusive), within tokens from `floor`. */
export function subjectBefore(tokens: readonly Token[], floor: number, end: number): Subject | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  // "who opposed it said": "it" and "you" after a verb are its object, not the next verb's subject
  const object = OBJECT_TOO.has(last.lower) && tokens[end - 2]?.pos === 'VERB' && end - 2 >= floor;
  const alone = (SUBJECT_PRONOUNS.has(last.lower) && last.pos === 'PRON' && !object) || (QUANTIFIER_SUBJECTS.has(last.lower) && !isNominal(tokens[end - 2]));
  if (alone) return { first: end - 1, last: end, relative: false, antecedent: null };
  if (object) {
    const range = phraseWithRelativeClause(tokens, floor, end);
    return range ? { ...range, relative: false, antecedent: null } : null;
  }
  if (RELATIVE_PRONOUNS.has(last.lower) && (last.pos === 'PRON' || last.pos === 'DET' || last.pos === 'SCONJ')) {
    const before = tokens[end - 2];
    const antecedent = before?.text === ',' ? phraseWithAppositive(tokens, floor, end - 2) : phraseBefore(tokens, floor, end - 1);
    return { first: end - 1, last: end, relative: true, antecedent };
  }
  if (APPOSITIVE_DELIMITERS.has(last.text)) {
    const range = phraseWithAppositive(tokens, floor, end - 1);
    return range ? { ...range, relative: false, antecedent: null } : null;
  }
  const range = phraseBefore(tokens, floor, end) ?? phraseWithRelativeClause(tokens, floor, end);
  return range ? { ...range, relative: false, antecedent: null } : null;
}

/** Subject pronouns that are also object forms. */
const OBJECT_TOO: ReadonlySet<string> = new Set(['it', 'you']);

/** Words a relative clause may hold between its pronoun and the main verb. */
const MAX_RELATIVE_TOKENS = 12;

/**
 * "A council official who asked not to be named said …": a noun phrase with a relative clause
 * and no punctuation before the cue.
 */
function phraseWithRelativeClause(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  for (let m = end - 1; m >= Math.max(floor, end - MAX_RELATIVE_TOKENS); m--) {
    const t = tokens[m] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') return null;
    if (!RELATIVE_PRONOUNS.has(t.lower) || m === end - 1 || !isNominal(tokens[m - 1])) continue;
    const clauseHasVerb = tokens.slice(m + 1, end).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
    const head = clauseHasVerb ? phraseBefore(tokens, floor, m) : null;
    return head ? { first: head.first, last: end } : null;
  }
  return null;
}

export function phraseBefore(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  const first = walkLeft(tokens, floor, end);
  return first < end && hasHead(tokens, first, end) ? { first, last: end } : null;
}

/**
 * "Name, appositive" or "role, Name" ending at `end` (the closing comma excluded): one of the two
 * phrases holds a name ("the town's finance director, Marta Lindqvist,").
 */
function phraseWithAppositive(tokens: readonly Token[], floor: number, end: number): TokenRange | null {
  const appositive = phraseBefore(tokens, floor, end);
  if (!appositive) return null;
  const comma = tokens[appositive.first - 1];
  if (!APPOSITIVE_DELIMITERS.has(comma?.text ?? '')) return null;
  const name = phraseBefore(tokens, floor, appositive.first - 1);
  const named = (r: TokenRange): boolean => tokens.slice(r.first, r.last).some((t) => t.pos === 'PROPN');
  if (!name || !(named(name) || named(appositive))) return null;
  return { first: name.first, last: end };
}

/** The noun phrase starting at `start`, up to the sentence end `limit`, with one appositive. */
export function phraseAfter(tokens: readonly Token[], start: number, limit: number): TokenRange | null {
  let k = start;
  while (k < limit) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (t.lower === 'that') break;
    if (isNominal(t) && !(t.text === '.' && k + 1 >= limit)) k++;
    else if (t.pos === 'PRON' && k === start && t.lower !== 'that') k++;
    else if (t.pos === 'ADP' && NOUN_PHRASE_PREPOSITIONS.has(t.lower) && k > start && isNominal(next) && (next?.pos !== 'NUM' || t.lower === 'of')) k++;
    else if (t.lower === 'and' && tokens[k - 1]?.pos === 'PROPN' && next?.pos === 'PROPN') k++;
    else break;
  }
  while (k > start && !isHead(tokens[k - 1]) && tokens[k - 1]?.pos !== 'ADJ') k--;
  if (k === start || !hasHead(tokens, start, k)) return null;
  return { first: start, last: k };
}
