/**
 * Language-independent refiners over the candidate list, run in this order by the pipeline:
 * drop duplicates, join a quote split by a full stop ("“…,” he said. “…”"), give uncued quotes
 * the speaker of the statement they continue, and set each statement's kind from its quotes.
 */
import type { Span } from '../../core/span.js';
import { contains, overlaps, spanOf } from '../../core/span.js';
import type { StatementKind } from '../../core/analysis.js';
import type { Candidate } from './candidate.js';
import { firstTokenWhere, rangeSpan, type RuleInput } from './input.js';
import type { Quote } from '../quotes/paired-quote-marks.js';
import type { Token } from '../../nlp/tokens.js';

/** Quotes shorter than this are fragments (scare quotes, titles), not statements of their own. */
const MIN_STATEMENT_WORDS = 4;
/** How many paragraphs back an uncued quote may look for the statement it continues. */
const CONTINUATION_PARAGRAPHS = 2;

export function hull(parts: readonly Span[], text: string): Span {
  return spanOf(text, contentStart(parts), contentEnd(parts));
}

function contentStart(parts: readonly Span[]): number {
  return (parts[0] as Span).start;
}

function contentEnd(parts: readonly Span[]): number {
  return (parts[parts.length - 1] as Span).end;
}

/** Orders candidates as compareSpans orders their hulls, without slicing the text at each comparison. */
export function byContent(a: Candidate, b: Candidate): number {
  return contentStart(a.contentParts) - contentStart(b.contentParts) || contentEnd(a.contentParts) - contentEnd(b.contentParts);
}

/** The stretch from an attribution's cue to its source and addressee ("According to Le Monde,
 * which cites informed sources"): a cue inside another's stretch is part of that one. */
function stretch(c: Candidate, input: RuleInput): { start: number; end: number } | null {
  if (!c.cue || !c.source || c.source.start < c.cue.end) return null;
  const addressee = rangeSpan(input, c.addressee);
  return { start: c.cue.start, end: Math.max(c.source.end, addressee?.end ?? 0) };
}

/** One candidate per cue, none inside another's cue–source stretch, and none whose content
 * repeats an earlier one's exactly. */
export function dropDuplicates(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const seenCue = new Set<number>();
  const seenContent = new Set<string>();
  const out: Candidate[] = [];
  // most candidates have no stretch: keep only those that do
  const stretches = items.flatMap((c) => {
    const s = stretch(c, input);
    return s ? [{ c, s }] : [];
  });
  for (const c of items) {
    if (c.cue && stretches.some((x) => x.c !== c && contains(x.s, c.cue as Span))) continue;
    const key = `${contentStart(c.contentParts)}:${contentEnd(c.contentParts)}`;
    if ((c.cueToken !== null && seenCue.has(c.cueToken)) || seenContent.has(key)) continue;
    if (c.cueToken !== null) seenCue.add(c.cueToken);
    seenContent.add(key);
    out.push(c);
  }
  return out;
}

function paragraphOf(input: RuleInput, offset: number): number {
  const t = input.tokens[firstTokenWhere(input.tokens, (x) => x.end > offset)];
  return t ? t.paragraph : Number.MAX_SAFE_INTEGER;
}

function covered(items: readonly Candidate[], q: Quote): boolean {
  return items.some((c) => c.contentParts.some((p) => overlaps(p, q.content)) || (c.source !== null && overlaps(c.source, q.content)));
}

/**
 * "“…,” he said. “…”": the second quote opens right after the sentence that ended the first
 * statement, in the same paragraph, with nothing between: it is the same statement.
 */
export function mergeSplitQuotes(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const out = [...items];
  for (const q of input.quotes) {
    if (q.words < 1 || covered(out, q)) continue;
    const idx = out.findIndex((c) => {
      const end = input.sentences[c.sentence]?.end ?? -1;
      return c.kind === 'direct' && end <= q.open && /^\s*$/.test(input.text.slice(end, q.open)) && !input.text.slice(end, q.open).includes('\n');
    });
    const c = out[idx];
    if (!c) continue;
    out[idx] = { ...c, contentParts: [...c.contentParts, ...q.parts] };
  }
  return out;
}

/** Quotes that no rule attributed, continuing the nearest earlier statement nearby. */
export function attachContinuedQuotes(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const added: Candidate[] = [];
  for (const q of input.quotes) {
    if (q.words < MIN_STATEMENT_WORDS || covered(items, q) || covered(added, q)) continue;
    const paragraph = paragraphOf(input, q.open);
    const before = [...items, ...added].filter((c) => contentEnd(c.contentParts) <= q.open && (c.source !== null || c.continues !== null));
    const previous = before.sort(byContent).at(-1);
    if (!previous) continue;
    const prevParagraph = paragraphOf(input, contentStart(previous.contentParts));
    if (paragraph - prevParagraph > CONTINUATION_PARAGRAPHS) continue;
    const sentence = input.tokens[firstTokenWhere(input.tokens, (t) => t.start > q.open)]?.sentence ?? previous.sentence;
    added.push({
      rule: 'attributions/common/continued-quote',
      kind: 'direct',
      source: null,
      sourceTokens: null,
      antecedent: null,
      cue: null,
      cueToken: null,
      contentParts: [...q.parts],
      addressee: null,
      origin: null,
      sentence,
      past: previous.past,
      continues: previous.continues ?? previous,
    });
  }
  return [...items, ...added].sort(byContent);
}

const LABEL_OPENERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * A quoted fragment reports the speaker's own words ("would continue “to break barriers”",
 * "were “a fair price”"), unless it is a term inside a noun phrase, opened by a determiner
 * outside the marks and holding no verb ("a “hard core of allies”").
 */
function quotesWords(input: RuleInput, q: Quote): boolean {
  const { tokens } = input;
  for (let i = firstTokenWhere(tokens, (t) => t.start >= q.content.start); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end > q.content.end) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  const before = tokens[firstTokenWhere(tokens, (t) => t.start >= q.open) - 1];
  return !(before && (LABEL_OPENERS.has(before.pos) || (before.pos === 'PRON' && before.lower.endsWith('s'))));
}

/** direct: the content is quotes only; mixed: a reported clause holding a quoted clause. */
export function classifyKinds(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const quoteParts = input.quotes.flatMap((q) => q.parts);
  return items.map((c) => ({ ...c, kind: kindOf(c, input, quoteParts) }));
}

function kindOf(c: Candidate, input: RuleInput, quoteParts: readonly Span[]): StatementKind {
  const allQuoted = c.contentParts.every((p) => quoteParts.some((qp) => contains(qp, p) && p.end - p.start >= (qp.end - qp.start) * 0.9));
  if (allQuoted) return 'direct';
  const h = hull(c.contentParts, input.text);
  return input.quotes.some((q) => contains(h, q.content) && quotesWords(input, q)) ? 'mixed' : 'indirect';
}
