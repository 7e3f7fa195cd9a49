/**
 * The final decision on an English text's attributions: the role tagger decides which cues there
 * are and where every span begins and ends; the rules' frames, which the tagger read as
 * features, supply the links the tagger does not make (which source and content go with which
 * cue, relative pronouns' antecedents, addressees, hearsay origins).
 *
 * - A tagger cue that overlaps a rule's cue takes that rule's frame, with each part snapped to
 *   the tagger's span of the same role that overlaps it (a rule part the tagger has no span for
 *   stays as the rule found it).
 * - A tagger cue no rule found gets the frame the language's reader finds for it (the English
 *   verb frames read "lobbied" like "said"), snapped in the same way, else it is linked from the
 *   tagger's own spans (link.ts); when that frame's content swallows a rule's cue of the same
 *   source, the rule's frame is taken instead (swallows).
 * - A rule's frame whose cue the tagger did not label is kept only when the tagger's cue
 *   probability somewhere on it reaches KEEP_RULE_CUE, or when the language calls it certain.
 * - A frame without a cue (a continued quote) is kept as it is.
 * - A source never runs on into a sentence adverbial ("Clinton, however, said").
 */
import { spanOf, type Span } from '../../core/span.js';
import { wordsAt, type Token } from '../../nlp/tokens.js';
import type { Candidate, TokenRange } from '../attributions/candidate.js';
import { rangeSpan, tokenRangeOf, type RuleInput } from '../attributions/input.js';
import { byContent } from '../attributions/refine.js';
import type { CertainFrame, FrameReader } from './decide.js';
import { linkRoles, sourceFor, withoutEdgeMarks } from './link.js';
import type { Role } from './labels.js';
import { roleProbability, type RoleSpan, type RoleTagging } from './tagger.js';
import { SENTENCE_ADVERBIALS } from '../../lexicon/en/grammar.js';

export const KEEP_RULE_CUE = 0.3;

const tokensOf = (input: RuleInput, span: Span): TokenRange => tokenRangeOf(input.tokens, span);

const overlap = (a: TokenRange, b: TokenRange): number => Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first));

/**
 * The tagger's spans of `role` that overlap the range, as one hull; null when none does or when
 * they cover less than half of it (then they belong to another attribution: "the councillors
 * [who] opposed it said", where the tagger's "who" is the source of "opposed").
 */
function snapped(spans: readonly RoleSpan[], role: Role, range: TokenRange): TokenRange | null {
  let first = -1;
  let last = -1;
  let covered = 0;
  for (const s of spans) {
    if (s.role !== role || overlap(s, range) === 0) continue;
    covered += overlap(s, range);
    if (first < 0 || s.first < first) first = s.first;
    if (s.last > last) last = s.last;
  }
  return first < 0 || 2 * covered < range.last - range.first ? null : { first, last };
}

/**
 * A rule's content part moved to the tagger's words: each end where the tagger's first or last
 * word differs from the rule's, the rule's own end where they agree (so "option." keeps the full
 * stop inside its quote, as the rules cut it).
 */
function snapPart(input: RuleInput, part: Span, tagged: TokenRange | null): Span {
  const words = tagged ? withoutEdgeMarks(input, tagged) : null;
  if (!words) return part;
  const own = tokensOf(input, part);
  const ownWords = withoutEdgeMarks(input, own) ?? own;
  const start = words.first === ownWords.first ? part.start : (input.tokens[words.first] as Token).start;
  const end = words.last === ownWords.last ? part.end : (input.tokens[words.last - 1] as Token).end;
  return spanOf(input.text, start, end);
}

const sourceRange = (input: RuleInput, c: Candidate): TokenRange | null => c.sourceTokens ?? (c.source ? tokensOf(input, c.source) : null);

/**
 * A source that runs on into a sentence adverbial ("Clinton, however,", "The senator, for his
 * part,") ends before its comma, whichever of the rules and the tagger drew it.
 */
function withoutSentenceAdverbial(input: RuleInput, c: Candidate): Candidate {
  const range = sourceRange(input, c);
  if (range === null) return c;
  const { tokens } = input;
  for (let i = range.first + 1; i < range.last - 1; i++) {
    if ((tokens[i] as Token).text !== ',') continue;
    const adverbial = SENTENCE_ADVERBIALS.some((words) => i + words.length < range.last && wordsAt(tokens, i + 1, words));
    if (!adverbial) continue;
    const sourceTokens = { first: range.first, last: i };
    return { ...c, source: rangeSpan(input, sourceTokens), sourceTokens };
  }
  return c;
}

function withTaggerSpans(input: RuleInput, rule: Candidate, cue: RoleSpan, spans: readonly RoleSpan[]): Candidate {
  const ruleSource = sourceRange(input, rule);
  // the tagger's source over the frame's; the one it links to the cue when the frame's touches none of its sources
  const sources = spans.filter((s) => s.role === 'source');
  const touched = ruleSource !== null && sources.some((s) => overlap(s, ruleSource) > 0);
  const linked = touched ? snapped(spans, 'source', ruleSource) : sourceFor(input, cue, sources);
  // whom the frame's source spoke through ("told Le Monde", the outlet of "According to the
  // Herald, which cites port officials") is never its source, though the tagger may label it one
  const addressee = rule.addressee;
  const tagged = linked && addressee && overlap(linked, addressee) > 0 ? null : linked;
  const source = (tagged ? withoutEdgeMarks(input, tagged) : null) ?? ruleSource;
  const contentParts = rule.contentParts.map((part) => snapPart(input, part, snapped(spans, 'content', tokensOf(input, part))));
  return {
    ...rule,
    cue: rangeSpan(input, cue),
    cueToken: cue.first,
    source: rangeSpan(input, source),
    sourceTokens: source,
    contentParts,
  };
}

/** The first frame the language's reader finds for a word of the cue span, read from the last word back ("has lobbied"). */
function readFrame(input: RuleInput, cue: RoleSpan, frameFor: FrameReader | null): Candidate | null {
  if (!frameFor) return null;
  for (let i = cue.last - 1; i >= cue.first; i--) {
    const found = frameFor(input, i);
    if (found) return found;
  }
  return null;
}

/**
 * Whether a frame the rules did not propose misreads the rule's: its content holds the rule's cue
 * and both have one source ("A council official who [asked] not to be named said …": the content
 * of "asked" swallows "said", whose frame the rules read right).
 */
function swallows(input: RuleInput, frame: Candidate, rule: Candidate): boolean {
  const cue = rule.cue;
  const a = sourceRange(input, frame);
  const b = sourceRange(input, rule);
  if (!cue || !a || !b || overlap(a, b) === 0) return false;
  return frame.contentParts.some((part) => part.start <= cue.start && cue.end <= part.end);
}

export function assembleAttributions(
  rules: readonly Candidate[],
  input: RuleInput,
  tagging: RoleTagging,
  frameFor: FrameReader | null,
  certain: CertainFrame | null = null,
): Candidate[] {
  const spans = tagging.spans;
  const linked = linkRoles(input, spans);
  const ruleCues = rules.map((r) => (r.cue ? tokensOf(input, r.cue) : null));
  const used = new Set<number>();
  const out: Candidate[] = [];
  for (const cue of spans) {
    if (cue.role !== 'cue') continue;
    let best = -1;
    ruleCues.forEach((range, k) => {
      if (range && overlap(range, cue) > 0 && (best < 0 || overlap(range, cue) > overlap(ruleCues[best] as TokenRange, cue))) best = k;
    });
    if (best >= 0) {
      used.add(best);
      out.push(withTaggerSpans(input, rules[best] as Candidate, cue, spans));
      continue;
    }
    const frame = readFrame(input, cue, frameFor);
    const own = frame ? withTaggerSpans(input, frame, cue, spans) : linked.find((c) => c.cueToken === cue.first);
    if (!own) continue;
    const misread = rules.findIndex((rule, k) => !used.has(k) && swallows(input, own, rule));
    if (misread >= 0) used.add(misread);
    out.push(misread >= 0 ? (rules[misread] as Candidate) : own);
  }
  rules.forEach((rule, k) => {
    if (used.has(k)) return;
    const range = ruleCues[k];
    if (range === null || range === undefined) {
      out.push(rule);
      return;
    }
    let peak = 0;
    for (let i = range.first; i < range.last; i++) peak = Math.max(peak, roleProbability(tagging, 'cue', i));
    if (peak >= KEEP_RULE_CUE || certain?.(input, rule) === true) out.push(rule);
  });
  return out.map((c) => withoutSentenceAdverbial(input, c)).sort(byContent);
}
