/**
 * Attributions whose source is unnamed or is a document, which attribution corpora annotate
 * as such:
 *
 *   Asked whether he would fire the writer, Trump said …     cue "Asked" · content "whether he would fire the writer"
 *   The sale is expected to close in May.                    cue "is expected" · content: the whole clause
 *   Demand seems likely to fall.                             cue "seems" · content: the whole clause
 *
 * Not: "She asked for a recount" (no question follows), "It appears on page 2" (no "to" or
 * adjective), "Cruz seemed lost" (an evidential verb the learned tagger scores below 0.5).
 */
import type { Token, Sentence } from '../../../nlp/tokens.js';
import { spanOf } from '../../../core/span.js';
import { AGENTLESS_PARTICIPLES, EVIDENTIAL_VERBS } from '../../../lexicon/en/reporting-cues.js';
import { PASSIVE_AUXILIARIES } from '../../../lexicon/en/grammar.js';
import type { Candidate, TokenRange } from '../candidate.js';
import { rangeSpan, type RuleInput } from '../input.js';
import { clauseEnd } from './clause.js';
import { contentSpan } from '../content-span.js';
import { subjectBefore } from './noun-phrase.js';

const EVIDENTIAL = new Set(EVIDENTIAL_VERBS);
const AGENTLESS = new Set(AGENTLESS_PARTICIPLES);
const QUESTION_WORDS = new Set(['whether', 'if', 'about', 'what', 'how', 'why', 'who', 'when', 'where', 'to']);

function candidate(input: RuleInput, s: Sentence, rule: string, cue: TokenRange, content: TokenRange, source: TokenRange | null): Candidate | null {
  const span = contentSpan(input, content.first, content.last);
  const a = input.tokens[cue.first] as Token;
  const b = input.tokens[cue.last - 1] as Token;
  if (!span) return null;
  return {
    rule,
    kind: 'indirect',
    source: rangeSpan(input, source),
    sourceTokens: source,
    antecedent: null,
    cue: spanOf(input.text, a.start, b.end),
    cueToken: cue.last - 1,
    contentParts: [span],
    addressee: null,
    origin: null,
    sentence: s.index,
    past: false,
    continues: null,
  };
}

/** "(When) asked whether …, X said": the question is attributed, to no named source. */
function askedQuestion(input: RuleInput, s: Sentence, i: number): Candidate | null {
  const { tokens } = input;
  const t = tokens[i] as Token;
  if (t.lower !== 'asked' || !QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '')) return null;
  const before = tokens[i - 1];
  const opensClause = i === s.first || ['when', 'after', 'before', 'once', 'if', ','].includes(before?.lower ?? '');
  const passive = before?.lower === 'was' || before?.lower === 'were';
  if (!opensClause && !passive) return null;
  // "Asked about her vote": the preposition belongs to the cue, the matter asked about is the content
  const last = tokens[i + 1]?.lower === 'about' ? i + 2 : i + 1;
  let end = last;
  while (end < s.last && tokens[end]?.text !== ',' && !input.inQuote[end]) end++;
  return candidate(input, s, 'attributions/en/asked-question', { first: passive ? i - 1 : i, last }, { first: last, last: end }, null);
}

/** "X seemed lost", "The sale is expected to close": the clause, cue inside, no source. */
function evidential(input: RuleInput, s: Sentence, i: number): Candidate | null {
  const { tokens } = input;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  let cueFirst = i;
  if (EVIDENTIAL.has(t.lower)) {
    if (!next || !(['to', 'that', 'like'].includes(next.lower) || ['ADJ', 'ADV', 'VERB'].includes(next.pos))) return null;
  } else if (AGENTLESS.has(t.lower) && next?.lower === 'to' && PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
    cueFirst = i - 1;
  } else return null;
  const subject = subjectBefore(tokens, s.first, cueFirst);
  const first = subject && !subject.relative ? subject.first : s.first;
  return candidate(input, s, 'attributions/en/evidential', { first: cueFirst, last: i + 1 }, { first, last: clauseEnd(input, s, i + 1) }, null);
}

export function sourcelessFrames(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (input.inQuote[i]) continue;
      const found = askedQuestion(input, s, i) ?? evidential(input, s, i);
      if (found) out.push(found);
    }
  }
  return out;
}
