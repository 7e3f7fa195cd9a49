/**
 * "According to X" attributions, before or after their content, with hearsay chains.
 *
 *   According to Le Monde, which cites informed sources, the topic … has regained prominence.
 *   ^^^^^^^^^^^^ cue     ^^^^^^^^ source (outlet)      ^^^^^^^^^^^^^^^^ origin   ^^^ content
 *   Clinton beats Trump by 46 percent to 42 percent, according to the poll.
 *   ^^^^^^^^^^^^^^^^^^ content                        ^^^^^^^^^^^^ cue ^^^^^^^ source
 *
 * Also "as reported by X", "in the words of X", and the possessive form, whose possessor is the
 * source: "Allies, in her words, needed “time to adjust”", "In the mayor's own words, …", "…, in
 * Calloway's words." Not: "according to plan" (no noun phrase that can speak is required here,
 * but a content of at least three words is); not "in other words" (no possessor).
 */
import { wordsAt, type Token, type Sentence } from '../../../nlp/tokens.js';
import { PREPOSITIONAL_CUES } from '../../../lexicon/en/reporting-cues.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS } from '../../../lexicon/en/sources.js';
import { ORGANIZATION_NOUNS } from '../../../lexicon/en/organizations.js';
import { spanOf, type Span } from '../../../core/span.js';
import type { Candidate, TokenRange } from '../candidate.js';
import { rangeSpan, type RuleInput } from '../input.js';
import { clauseEnd } from './clause.js';
import { contentSpan } from '../content-span.js';
import { isNominal, phraseAfter } from './noun-phrase.js';

const RULE = 'attributions/en/according-to';
const CUE_WORDS = PREPOSITIONAL_CUES.map((c) => c.split(' '));
/** cueLengthAt runs at every token: most are ruled out by their own word alone */
const CUE_FIRST_WORDS = new Set(CUE_WORDS.map((words) => words[0]));
const SOURCE_NOUNS = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS, ...ORGANIZATION_NOUNS]);
const CHAIN_VERBS = new Set(['cites', 'cited', 'citing', 'quotes', 'quoted', 'quoting']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** The most words a possessor runs over before its "'s": "in the finance director's words". */
const MAX_POSSESSOR_TOKENS = 6;

function cueLengthAt(tokens: readonly Token[], i: number): number {
  if (!CUE_FIRST_WORDS.has(tokens[i]?.lower)) return 0;
  for (const words of CUE_WORDS) {
    if (wordsAt(tokens, i, words)) return words.length;
  }
  return 0;
}

/** "the council's finance director, Marta Lindqvist," — a name set off after the source. */
function withNameAppositive(tokens: readonly Token[], head: TokenRange, limit: number): TokenRange {
  if (tokens[head.last]?.text !== ',') return head;
  const name = phraseAfter(tokens, head.last + 1, limit);
  const isName = name !== null && tokens.slice(name.first, name.last).every((t) => t.pos === 'PROPN' || t.text === '.' || t.text === '-');
  return isName && tokens[name.last]?.text === ',' ? { first: head.first, last: name.last } : head;
}

/** ", which cites informed sources" or ", citing officials" after the source. */
function originAfter(input: RuleInput, k: number, limit: number): TokenRange | null {
  let m = k;
  if (input.tokens[m]?.text === ',') m++;
  if (['which', 'who'].includes(input.tokens[m]?.lower ?? '')) m++;
  if (!CHAIN_VERBS.has(input.tokens[m]?.lower ?? '')) return null;
  return phraseAfter(input.tokens, m + 1, limit);
}

/**
 * "According to police, …", "according to exit polls": wink reads "to" as an infinitive marker and
 * tags the next word a verb. It is the source when a noun phrase goes on from it or it is a source
 * noun — not in "According to plan, …".
 */
function misTaggedSource(tokens: readonly Token[], k: number, limit: number): TokenRange | null {
  const t = tokens[k];
  if (!t || t.pos !== 'VERB' || tokens[k - 1]?.pos !== 'PART') return null;
  const rest = phraseAfter(tokens, k + 1, limit);
  if (rest) return { first: k, last: rest.last };
  return SOURCE_NOUNS.has(t.lower) ? { first: k, last: k + 1 } : null;
}

/** The most words a source after "according to" runs over before its comma or full stop. */
const MAX_SOURCE_TOKENS = 16;
const SOURCE_ENDS = new Set([',', ';', ':', '.', '?', '!', '—', '–', '(']);

/**
 * The words from `k` to the comma or sentence end when they hold a noun, as PolNeAR marks
 * sources after "according to"; also sources the noun phrase walk stops inside ("a new Associated Press-GfK poll", "complete but unofficial returns",
 * "interviews with more than a half-dozen of Cruz's friends"). Not a verb first ("according to
 * plan" read as "to plan").
 */
function sourceToClauseEnd(input: RuleInput, k: number, limit: number): TokenRange | null {
  const { tokens } = input;
  if (tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX') return null;
  let m = k;
  while (m < limit && m - k < MAX_SOURCE_TOKENS && !SOURCE_ENDS.has(tokens[m]?.text ?? '') && !input.inQuote[m]) m++;
  if (m === k || m - k >= MAX_SOURCE_TOKENS) return null;
  return tokens.slice(k, m).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? { first: k, last: m } : null;
}

export function accordingTo(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (input.inQuote[i]) continue;
      const n = cueLengthAt(input.tokens, i);
      const found = n > 0 ? frameAt(input, s, i, n) : possessiveFrameAt(input, s, i);
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * Whether a candidate is a possessive "in her words" frame. Its reading is not in doubt, but
 * PolNeAR's annotators leave the marker unmarked (its one use in train is read as part of another
 * attribution's content), so the role tagger would never keep it: the English pipeline keeps it
 * whatever the tagger says.
 */
export function isPossessiveWordsFrame(input: RuleInput, c: Candidate): boolean {
  return c.rule === RULE && c.cueToken !== null && possessiveCueAt(input.tokens, c.cueToken, input.tokens.length) !== null;
}

/** "in her words", "in the minister's own words" at i: the possessor and the end of the cue. */
function possessiveCueAt(tokens: readonly Token[], i: number, limit: number): { source: TokenRange; end: number } | null {
  if (tokens[i]?.lower !== 'in') return null;
  let source: TokenRange | null = null;
  if (POSSESSIVE_DETERMINERS.has(tokens[i + 1]?.lower ?? '')) source = { first: i + 1, last: i + 2 };
  for (let m = i + 1; !source && m < Math.min(limit, i + 1 + MAX_POSSESSOR_TOKENS) && isNominal(tokens[m]); m++) {
    if (m > i + 1 && (tokens[m]?.lower === "'s" || tokens[m]?.lower === '’s')) source = { first: i + 1, last: m };
  }
  if (!source) return null;
  let k = source.last + (tokens[source.last]?.pos === 'PART' ? 1 : 0);
  if (tokens[k]?.lower === 'own') k++;
  return tokens[k]?.lower === 'words' ? { source, end: k + 1 } : null;
}

/** The content around a possessive cue: the clause after it when it opens the sentence, the
 * clause before it when it closes one, both halves when it is set off inside ("Allies, in her
 * words, needed …"). */
function possessiveFrameAt(input: RuleInput, s: Sentence, i: number): Candidate | null {
  const { tokens } = input;
  const cue = possessiveCueAt(tokens, i, s.last);
  if (!cue) return null;
  const opens = i === s.first && tokens[cue.end]?.text === ',';
  const setOff = i > s.first && tokens[i - 1]?.text === ',' && tokens[cue.end]?.text === ',';
  let parts: Span[] | null = null;
  if (opens) parts = rightContent(input, s, cue.end + 1);
  else if (setOff) {
    const before = contentSpan(input, s.first, i - 1);
    const after = rightContent(input, s, cue.end + 1);
    parts = before && after ? [before, ...after] : null;
  } else if (cue.end >= s.last - 1) parts = leftContent(input, s, i);
  if (!parts) return null;
  return candidate(input, s, { first: i, last: cue.end }, cue.source, parts, null);
}

function frameAt(input: RuleInput, s: Sentence, i: number, n: number): Candidate | null {
  const { tokens } = input;
  const before = leftContent(input, s, i);
  // the source runs to its comma, or to the sentence end when the content came before it
  const whole = sourceToClauseEnd(input, i + n, s.last);
  const closed = whole !== null && (before !== null || tokens[whole.last]?.text === ',');
  const head = (closed ? whole : null) ?? phraseAfter(tokens, i + n, s.last) ?? misTaggedSource(tokens, i + n, s.last) ?? whole;
  if (!head) return null;
  const source = withNameAppositive(tokens, head, s.last);
  const origin = originAfter(input, source.last, s.last);
  let after = origin ? origin.last : source.last;
  if (tokens[after]?.text === ',') after++;
  const right = before ? null : rightContent(input, s, after);
  const parts = before ?? right;
  if (!parts) return null;
  return candidate(input, s, { first: i, last: i + n }, source, parts, origin);
}

/** The attribution of a cue over `cue`; with an origin, the origin speaks through the source. */
function candidate(input: RuleInput, s: Sentence, cue: TokenRange, source: TokenRange, parts: Span[], origin: TokenRange | null): Candidate {
  const { tokens } = input;
  return {
    rule: RULE,
    kind: 'indirect',
    source: origin ? rangeSpan(input, origin) : rangeSpan(input, source),
    sourceTokens: origin ?? source,
    antecedent: null,
    cue: spanOf(input.text, (tokens[cue.first] as Token).start, (tokens[cue.last - 1] as Token).end),
    cueToken: cue.first,
    contentParts: parts,
    addressee: origin ? source : null,
    origin,
    sentence: s.index,
    past: false,
    continues: null,
  };
}

/** The clause before ", according to", or the quote closing right before it (“…,” according to). */
function leftContent(input: RuleInput, s: Sentence, i: number): Span[] | null {
  const mark = input.tokens[i - 1];
  const quote = mark ? input.quoteClosingAt.get(mark.end) : undefined;
  if (quote && input.tokens[i - 2]?.text === ',') return [...quote.parts];
  if (mark?.text !== ',' || i - 1 - s.first < 3) return null;
  const span = contentSpan(input, s.first, i - 1);
  return span ? [span] : null;
}

function rightContent(input: RuleInput, s: Sentence, k: number): Span[] | null {
  const end = clauseEnd(input, s, k);
  if (end - k < 3) return null;
  const span = contentSpan(input, k, end);
  return span ? [span] : null;
}
