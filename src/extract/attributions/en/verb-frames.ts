/**
 * Attributions around a reporting verb, in the orders English uses:
 *
 *   Barrot stated, “We do not rule out any option.”        subject · cue · quote
 *   A British military source told Le Monde that talks …     subject · cue · addressee · clause
 *   “We will support Ukraine …,” he declared.               quote · subject · cue
 *   “…,” said Rob Bauer.                                      quote · cue · subject (inverted)
 *   Clinton leads by four points, the poll shows.            clause · subject · cue
 *   The plan, he said, is dead.                              clause · subject · cue · clause
 *   He underscored X, warning that Y.                        participial cue shares the subject
 *
 * Not attributions: "was told" (passive), "declined to say" (infinitive), cues inside quotes,
 * nouns that look like verbs ("the report"), and "suggesting a shift" (no clause after a
 * clause-only cue).
 */
import type { Span } from '../../../core/span.js';
import type { Token, Sentence } from '../../../nlp/tokens.js';
import { AUXILIARIES, CUE_PARTICLES, PASSIVE_AUXILIARIES } from '../../../lexicon/en/grammar.js';
import type { CueEntry } from '../../cues/cue-lexicon.js';
import type { Candidate, TokenRange } from '../candidate.js';
import type { RuleInput } from '../input.js';
import { spanOf } from '../../../core/span.js';
import { clauseEnd, contentSpan, isParticipialCue, isSentenceEnd, looksLikeClause, skipAdverbials, trailingSetting, type Setting } from './clause.js';
import { phraseAfter, subjectBefore, type Subject } from './noun-phrase.js';

const RULE = 'attributions/en/verb-frames';
const OPEN_MARKS = new Set(['“', '"', '«', '„']);
const CLOSE_MARKS = new Set(['”', '"', '»']);
const PAST_MARKERS = new Set(['previously', 'earlier', 'once', 'has', 'have', 'had']);

const UNAMBIGUOUS = new Set(['said', 'says', 'told', 'tells', 'stated', 'noted', 'added', 'wrote', 'declared', 'warned', 'insisted', 'argued']);

function isCueVerb(input: RuleInput, i: number, entry: CueEntry): boolean {
  const t = input.tokens[i] as Token;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink tags some cue forms as adjectives or nouns ("Barrot stated", ", warning that")
  if (entry.form === 'participle') return isParticipialCue(input, i);
  return entry.form !== 'base' && (UNAMBIGUOUS.has(t.lower) || input.tokens[i + 1]?.lower === 'that');
}

function blocked(tokens: readonly Token[], i: number, floor: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < floor) return false;
  if (prev.lower === 'to') return true;
  // "was told", "is said to", but not "he's said" (has)
  return PASSIVE_AUXILIARIES.has(prev.lower) && prev.lower !== '’s' && prev.lower !== "'s";
}

interface Right {
  readonly parts: Span[];
  readonly direct: boolean;
}

function quoteAt(input: RuleInput, k: number): Span[] | null {
  const t = input.tokens[k];
  if (!t || !OPEN_MARKS.has(t.text)) return null;
  const q = input.quoteOpeningAt.get(t.start);
  return q ? [...q.parts] : null;
}

function contentAfter(input: RuleInput, s: Sentence, k: number, entry: CueEntry, settings: Setting[]): Right | null {
  const t = input.tokens[k];
  if (!t || k >= s.last || isSentenceEnd(t)) {
    return quoteAt(input, k) ? { parts: quoteAt(input, k) as Span[], direct: true } : null;
  }
  const afterMark = t.text === ':' || t.text === ',' ? k + 1 : k;
  const quoted = quoteAt(input, afterMark);
  if (quoted) return { parts: quoted, direct: true };
  if (t.text === ',' || t.text === ':' || t.pos === 'PUNCT') return null;
  const clauseLike = t.lower === 'that' || t.pos === 'SCONJ' || looksLikeClause(input.tokens, k, s.last);
  if (!clauseLike && (entry.verb.needsClause || !entry.verb.object)) return null;
  let end = clauseEnd(input, s, k);
  const setting = t.lower === 'that' ? null : trailingSetting(input, k, end);
  if (setting) {
    settings.push(setting);
    end = setting.first;
  }
  const span = contentSpan(input, k, end);
  return span && span.end > span.start ? { parts: [span], direct: false } : null;
}

/** Content before the subject: a quote closing there, or the clause from the sentence start. */
function contentBefore(input: RuleInput, s: Sentence, first: number): Span[] | null {
  let p = first - 1;
  if (input.tokens[p]?.text === ',') p--;
  const t = input.tokens[p];
  if (!t || p < s.first - 1) return null;
  if (CLOSE_MARKS.has(t.text)) {
    const q = input.quoteClosingAt.get(t.end);
    return q ? [...q.parts] : null;
  }
  if (input.tokens[first - 1]?.text !== ',') return null;
  let start = s.first;
  while (start < p && input.tokens[start]?.pos === 'CCONJ') start++;
  if (p - start < 2) return null;
  const span = contentSpan(input, start, p + 1);
  return span ? [span] : null;
}

function cueSpan(input: RuleInput, i: number, entry: CueEntry): { span: Span; last: number } {
  const t = input.tokens[i] as Token;
  const particle = input.tokens[i + 1];
  const particles = CUE_PARTICLES[entry.verb.base] ?? [];
  const last = particle && particles.includes(particle.lower) ? i + 2 : i + 1;
  return { span: spanOf(input.text, t.start, (input.tokens[last - 1] as Token).end), last };
}

/** The subject of a participial cue: the source of the statement just before in the sentence. */
function sharedSubject(previous: Candidate | undefined, s: Sentence): Candidate | null {
  return previous && previous.sentence === s.index && previous.sourceTokens ? previous : null;
}

export function verbFrames(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const t = input.tokens[i] as Token;
      const entry = input.cues.get(t.lower);
      if (!entry || input.inQuote[i] || !isCueVerb(input, i, entry) || blocked(input.tokens, i, s.first)) continue;
      const found = frameAt(input, s, i, entry, out[out.length - 1]);
      if (found) out.push(found);
    }
  }
  return out;
}

function frameAt(input: RuleInput, s: Sentence, i: number, entry: CueEntry, previous: Candidate | undefined): Candidate | null {
  const { tokens } = input;
  const cue = cueSpan(input, i, entry);
  let j = i;
  while (j - 1 >= s.first && (AUXILIARIES.has(tokens[j - 1]?.lower ?? '') || tokens[j - 1]?.pos === 'ADV')) j--;
  const past = tokens.slice(j, i).some((t) => PAST_MARKERS.has(t.lower));
  const participial = entry.form === 'participle' && tokens[j - 1]?.text === ',';
  if (entry.form === 'participle' && !participial) return null;
  const shared = participial ? sharedSubject(previous, s) : null;
  if (participial && !shared) return null;
  let subject: Subject | null = participial ? null : subjectBefore(tokens, s.first, j);
  let k = cue.last;
  let inverted: TokenRange | null = null;
  if (!subject && !participial) {
    inverted = phraseAfter(tokens, k, s.last);
    if (!inverted) return null;
    k = inverted.last;
  }
  const settings: Setting[] = [];
  let addressee: TokenRange | null = null;
  if (entry.verb.addressee && tokens[k]?.lower !== 'that') {
    addressee = phraseAfter(tokens, k, s.last);
    if (addressee) k = addressee.last;
  }
  k = skipAdverbials(input, k, s.last, settings);
  const sourceFirst = subject ? subject.first : i;
  const leftAllowed = !participial && !subject?.relative;
  let right = contentAfter(input, s, k, entry, settings);
  const left = !right && leftAllowed ? contentBefore(input, s, sourceFirst) : null;
  // "The plan, he said, is dead": the clause resumes after the cue
  if (left && !right && tokens[k]?.text === ',' && tokens[sourceFirst - 1]?.text === ',') right = contentAfter(input, s, k + 1, entry, settings);
  addressee ??= settings.find((x) => x.addressee)?.addressee ?? null;
  if (!right && !left) return null;
  if (participial && !right) return null;
  const parts = [...(left ?? []), ...(right?.parts ?? [])];
  const direct = (right?.direct ?? true) && (left === null || isQuoteParts(input, left));
  const sourceRange = shared?.sourceTokens ?? subject ?? inverted;
  return {
    rule: RULE,
    kind: direct ? 'direct' : 'indirect',
    source: shared ? shared.source : rangeSpan(input, sourceRange),
    sourceTokens: sourceRange,
    antecedent: shared ? shared.antecedent : (subject?.antecedent ?? null),
    cue: cue.span,
    cueToken: i,
    contentParts: parts,
    addressee,
    origin: null,
    sentence: s.index,
    past: past || (shared?.past ?? false),
    continues: null,
  };
}

function isQuoteParts(input: RuleInput, parts: readonly Span[]): boolean {
  return parts.every((p) => input.quotes.some((q) => q.parts.some((qp) => qp.start === p.start && qp.end === p.end)));
}

export function rangeSpan(input: RuleInput, range: TokenRange | null): Span | null {
  if (!range) return null;
  const a = input.tokens[range.first];
  const b = input.tokens[range.last - 1];
  return a && b ? spanOf(input.text, a.start, b.end) : null;
}
