/**
 * What sits around a French cue: the subject before it, and after it the addressee ("au
 * Monde", "à la BBC"), settings, time words and adverbials, then the content: "que …", a quote
 * after a colon or a comma, or a quote right away.
 *
 *   Le ministre a déclaré mardi au Monde que les discussions se poursuivaient.
 *   ^^^^^^^^^^^ subject   ^^^^^ ^^^^^^^^ skipped    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ content
 */
import type { Span } from '../../../core/span.js';
import type { Sentence, Token } from '../../../nlp/tokens.js';
import type { Setting, TokenRange } from '../candidate.js';
import { contentSpan } from '../content-span.js';
import type { RuleInput } from '../input.js';
import { settingAt } from './setting.js';
import { canSpeak, isTimeWord, MAX_PHRASE_TOKENS, phraseAfter, skipCueAdverbs } from './words.js';

const ADDRESSEE_LINKS = new Set(['à', 'au', 'aux']);
const COMPLEMENTISERS = new Set(['que', "qu'", 'qu’']);
/** Where a subject read leftwards from its cue starts. */
const SUBJECT_BOUNDARIES = new Set([',', ';', ':', '(', ')', '—', '–', 'que', "qu'", 'qu’', 'et', 'mais', 'où', 'dont', '«', '»', '"', '“', '”']);
const RELATIVES = new Set(['qui']);

export interface Subject extends TokenRange {
  /** for "qui": the phrase it stands for */
  readonly antecedent: TokenRange | null;
}

export interface After {
  readonly parts: Span[];
  readonly direct: boolean;
  readonly addressee: TokenRange | null;
}

/** The clause's start going left from `end` (exclusive). */
function clauseStart(input: RuleInput, floor: number, end: number): number {
  let k = end;
  while (k > floor && !SUBJECT_BOUNDARIES.has(input.tokens[k - 1]?.lower ?? '') && !input.inQuote[k - 1] && end - k < MAX_PHRASE_TOKENS) k--;
  return k;
}

/** "Le ministre a déclaré", "Jean Dupont, porte-parole du gouvernement, a déclaré", "qui a affirmé". */
export function subjectBefore(input: RuleInput, s: Sentence, end: number): Subject | null {
  const { tokens } = input;
  if (RELATIVES.has(tokens[end - 1]?.lower ?? '')) {
    const comma = tokens[end - 2]?.text === ',' ? end - 2 : end - 1;
    const first = clauseStart(input, s.first, comma);
    return first < comma && canSpeak(tokens, first, comma) ? { first: end - 1, last: end, antecedent: { first, last: comma } } : null;
  }
  if (tokens[end - 1]?.text === ',') {
    // "X, porte-parole du gouvernement, a déclaré": a name with its appositive
    const apposition = clauseStart(input, s.first, end - 1);
    if (tokens[apposition - 1]?.text !== ',') return null;
    const first = clauseStart(input, s.first, apposition - 1);
    return first < apposition - 1 && canSpeak(tokens, first, apposition - 1) ? { first, last: end - 1, antecedent: null } : null;
  }
  const first = clauseStart(input, s.first, end);
  return first < end && canSpeak(tokens, first, end) ? { first, last: end, antecedent: null } : null;
}

/** "au Monde", "à la BBC", "à l'AFP", "aux journalistes": whom the words were told. */
export function addresseeAt(input: RuleInput, k: number, limit: number): TokenRange | null {
  if (!ADDRESSEE_LINKS.has(input.tokens[k]?.lower ?? '')) return null;
  let start = k + 1;
  if (['la', "l'", 'l’'].includes(input.tokens[start]?.lower ?? '')) start++;
  return phraseAfter(input, start, limit);
}

/** Skips addressees, settings, time words ("mardi", "le 23 novembre") and adverbials after a cue. */
function skipAfterCue(input: RuleInput, k: number, limit: number, found: { addressee: TokenRange | null }): number {
  let m = k;
  for (let guard = 0; guard < 8 && m < limit; guard++) {
    const t = input.tokens[m] as Token;
    const addressee = found.addressee ? null : addresseeAt(input, m, limit);
    const setting: Setting | null = addressee ? null : settingAt(input, m, limit);
    if (addressee) {
      found.addressee = addressee;
      m = addressee.last;
    } else if (setting) {
      found.addressee ??= setting.addressee;
      m = setting.last;
    } else if (isTimeWord(t) || (t.lower === 'le' && input.tokens[m + 1]?.pos === 'NUM') || t.pos === 'NUM' || t.text === ',') {
      m++;
    } else {
      const next = skipCueAdverbs(input, m, limit);
      if (next === m) break;
      m = next;
    }
  }
  return m;
}

/** Where reported content ends: the sentence end or a semicolon outside quotes. */
export function clauseEnd(input: RuleInput, s: Sentence, k: number): number {
  for (let m = k; m < s.last; m++) if (input.tokens[m]?.text === ';' && !input.inQuote[m]) return m;
  return s.last;
}

/** The content after a cue ending at `k`, with the addressee met on the way. */
export function contentAfter(input: RuleInput, s: Sentence, k: number): After | null {
  const found: { addressee: TokenRange | null } = { addressee: null };
  let m = skipAfterCue(input, k, s.last, found);
  const t = input.tokens[m];
  if (!t) return null;
  if (COMPLEMENTISERS.has(t.lower) && m + 1 < s.last) {
    const span = contentSpan(input, m + 1, clauseEnd(input, s, m + 1));
    return span ? { parts: [span], direct: false, addressee: found.addressee } : null;
  }
  if (t.text === ':' || t.text === ',') m++;
  const quote = input.tokens[m] ? input.quoteOpeningAt.get((input.tokens[m] as Token).start) : undefined;
  return quote && quote.words > 0 ? { parts: [...quote.parts], direct: true, addressee: found.addressee } : null;
}

/** The quote closing right before token `end` (a comma between allowed): "« … », a-t-il dit". */
export function quoteBefore(input: RuleInput, end: number): Span[] | null {
  const k = input.tokens[end - 1]?.text === ',' ? end - 2 : end - 1;
  const t = input.tokens[k];
  const quote = t ? input.quoteClosingAt.get(t.end) : undefined;
  return quote && quote.words > 0 ? [...quote.parts] : null;
}
