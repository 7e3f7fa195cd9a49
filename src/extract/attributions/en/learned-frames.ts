/**
 * The cues the learned tagger is sure of and no rule took: their frame is read loosely, since the
 * rules already failed on it — the subject before the cue (if any), and the content as a quote
 * next to it or the clause after it.
 *
 *   Caddell continued:  "The health issue …"        a cue and a quote after its colon
 *   The GOP nominee complained about his mic …      a phrasal cue the lexicon lacks
 *   Chris Christie Calls Hillary Clinton ‘A Disgrace’   a title-case headline
 *
 * It runs after the rules, as a refiner: a tagger span touching any rule's cue or source adds
 * nothing. Not: "The report is due Monday" (the tagger scores nothing there), nor a cue word
 * inside a quote.
 */
import type { Span } from '../../../core/span.js';
import { spanOf } from '../../../core/span.js';
import type { Sentence, Token } from '../../../nlp/tokens.js';
import { GERUND_PREPOSITIONS, PASSIVE_AUXILIARIES } from '../../../lexicon/en/grammar.js';
import { PREPOSITIONAL_CUES } from '../../../lexicon/en/reporting-cues.js';
import type { CueTokenSpan } from '../../cues/learned-cues.js';
import type { Quote } from '../../quotes/paired-quote-marks.js';
import type { Candidate } from '../candidate.js';
import { firstTokenWhere, rangeSpan, type RuleInput } from '../input.js';
import { byContent } from '../refine.js';
import { clauseEnd, isSentenceEnd, isTitle } from './clause.js';
import { contentSpan } from '../content-span.js';
import { subjectBefore } from './noun-phrase.js';
import { isAgent } from './verb-frames.js';

const RULE = 'attributions/en/learned-frame';
/** A span is taken when one of its words reaches SURE, or SURE_WITH_SOURCE when a subject is
 * found (measured on PolNeAR train and dev). */
const SURE = 0.7;
const SURE_WITH_SOURCE = 0.5;
const PREPOSITION_FIRST_WORDS = new Set(PREPOSITIONAL_CUES.map((c) => c.split(' ')[0]));
const CLOSE_MARKS = new Set(['”', '"', '»', "''"]);

/** Spans the verb rules exclude on purpose stay excluded. */
function eligible(input: RuleInput, span: CueTokenSpan): boolean {
  for (let i = span.first; i < span.last; i++) {
    if (input.inQuote[i]) return false;
  }
  // "were told", "to say": passives and infinitives, as the verb rules have them, whether the
  // auxiliary is inside the span or before it
  const before = input.tokens[span.first - 1]?.lower ?? '';
  if (before === 'to' || PASSIVE_AUXILIARIES.has(before)) return false;
  for (let i = span.first + 1; i < span.last; i++) {
    const aux = input.tokens[i - 1]?.lower ?? '';
    if (input.cues.get(input.tokens[i]?.lower ?? '')?.form === 'past' && PASSIVE_AUXILIARIES.has(aux) && aux !== '’s' && aux !== "'s") return false;
  }
  // "according to X" puts its source after it: the according-to rule reads it or nobody
  return !PREPOSITION_FIRST_WORDS.has(input.tokens[span.first]?.lower ?? '');
}

/** The highest probability of the span's words. */
function peak(input: RuleInput, span: CueTokenSpan): number {
  let best = 0;
  for (let i = span.first; i < span.last; i++) best = Math.max(best, input.cueProbability[i] ?? 0);
  return best;
}

/** A quote closing right before `first` (after an optional comma), in the same paragraph. */
function quoteBefore(input: RuleInput, first: number): Span[] | null {
  let p = first - 1;
  if (input.tokens[p]?.text === ',') p--;
  const mark = input.tokens[p];
  if (!mark || !CLOSE_MARKS.has(mark.text) || mark.paragraph !== input.tokens[first]?.paragraph) return null;
  const q = input.quoteClosingAt.get(mark.end);
  return q ? [...q.parts] : null;
}

function quoteOpeningAfter(input: RuleInput, last: number): Quote | undefined {
  const mark = input.tokens[last]?.text === ',' || input.tokens[last]?.text === ':' ? last + 1 : last;
  const t = input.tokens[mark];
  return t ? input.quoteOpeningAt.get(t.start) : undefined;
}

function titleAt(input: RuleInput, last: number): boolean {
  const q = quoteOpeningAfter(input, last);
  return q !== undefined && isTitle(q.content.text);
}

/** A quote opening right after the cue, after an optional comma or colon (across a line break after a colon). */
function quoteAfter(input: RuleInput, last: number): Span[] | null {
  const q = quoteOpeningAfter(input, last);
  return q && !isTitle(q.content.text) ? [...q.parts] : null;
}

/** "The governor added:" and the paragraph after it is the block quote. */
function paragraphAfterColon(input: RuleInput, s: Sentence, last: number): Span[] | null {
  if (input.tokens[last]?.text !== ':' || last + 1 !== s.last) return null;
  const next = input.sentences[s.index + 1];
  if (!next || next.paragraph !== s.paragraph + 1) return null;
  let end = next;
  while (input.sentences[end.index + 1]?.paragraph === next.paragraph) end = input.sentences[end.index + 1] as Sentence;
  const span = contentSpan(input, next.first, end.last);
  return span ? [span] : null;
}

function contentOf(input: RuleInput, s: Sentence, span: CueTokenSpan): Span[] | null {
  const quoted = quoteBefore(input, span.first) ?? quoteAfter(input, span.last) ?? paragraphAfterColon(input, s, span.last);
  // "wrote “The Long Road Home” in 1998": a title, not what was said
  if (quoted || titleAt(input, span.last)) return quoted;
  if (isSentenceEnd(input.tokens[span.last])) return clauseBefore(input, s, span);
  const clause = contentSpan(input, span.last, clauseEnd(input, s, span.last));
  return clause && clause.end > clause.start ? [clause] : null;
}

/** "The bridge will reopen, Okafor expects.": a cue ending its sentence after "clause, subject". */
function clauseBefore(input: RuleInput, s: Sentence, span: CueTokenSpan): Span[] | null {
  const subject = subjectBefore(input.tokens, s.first, span.first);
  if (!subject || subject.relative || subject.first - 1 <= s.first || input.tokens[subject.first - 1]?.text !== ',') return null;
  const clause = contentSpan(input, s.first, subject.first - 1);
  return clause ? [clause] : null;
}

function frameAt(input: RuleInput, span: CueTokenSpan): Candidate | null {
  const first = input.tokens[span.first] as Token;
  const s = input.sentences[first.sentence] as Sentence;
  const contentParts = contentOf(input, s, span);
  if (!contentParts) return null;
  const subject = subjectBefore(input.tokens, s.first, span.first);
  const source = subject && !subject.relative ? subject : null;
  return {
    rule: RULE,
    kind: 'indirect',
    source: rangeSpan(input, source),
    sourceTokens: source,
    antecedent: null,
    cue: spanOf(input.text, first.start, (input.tokens[span.last - 1] as Token).end),
    cueToken: span.first,
    contentParts,
    addressee: null,
    origin: null,
    sentence: s.index,
    past: false,
    continues: null,
  };
}

/** Per token: does a rule's cue or source cover it. */
function takenTokens(items: readonly Candidate[], input: RuleInput): Uint8Array {
  const taken = new Uint8Array(input.tokens.length);
  for (const c of items) {
    for (const span of [c.cue, c.source]) {
      if (!span) continue;
      for (let i = firstTokenWhere(input.tokens, (t) => t.end > span.start); i < input.tokens.length && (input.tokens[i] as Token).start < span.end; i++) taken[i] = 1;
    }
  }
  return taken;
}

/**
 * A participle or gerund without a subject of its own leans on the main clause's: after a
 * comma it speaks only when the sentence opens with someone who can hold a view ("Trump spoke
 * to donors, promising …", not "the election has reignited talks, suggesting …"); after a
 * preposition its subject follows ("By saying nothing, the plan was kept"), which the verb rules
 * read.
 */
function leansOnNonAgent(input: RuleInput, span: CueTokenSpan): boolean {
  const before = input.tokens[span.first - 1];
  if (!/ing$/.test(input.tokens[span.first]?.lower ?? '') || !before) return false;
  if (GERUND_PREPOSITIONS.has(before.lower)) return true;
  if (before.text !== ',') return false;
  const s = input.sentences[before.sentence] as Sentence;
  for (let m = s.first; m < span.first; m++) {
    const t = input.tokens[m] as Token;
    if (t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN') return !isAgent(input, { first: m, last: m + 1 });
  }
  return true;
}

/** "“…,” read the sign": a noun phrase after a cue that follows a quote is its inverted
 * subject, which the verb rules judge (they want an agent or a document there). */
function invertedAfterQuote(input: RuleInput, span: CueTokenSpan): boolean {
  const next = input.tokens[span.last];
  return quoteBefore(input, span.first) !== null && next !== undefined && ['DET', 'PROPN', 'NOUN', 'PRON'].includes(next.pos);
}

export function addLearnedFrames(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const taken = takenTokens(items, input);
  const added: Candidate[] = [];
  for (const span of input.cueSpans) {
    const p = peak(input, span);
    if (p < SURE_WITH_SOURCE || !eligible(input, span) || taken.subarray(span.first, span.last).includes(1)) continue;
    const found = frameAt(input, span);
    if (found && (found.source !== null || (p >= SURE && !leansOnNonAgent(input, span) && !invertedAfterQuote(input, span)))) added.push(found);
  }
  return added.length === 0 ? [...items] : [...items, ...added].sort(byContent);
}
