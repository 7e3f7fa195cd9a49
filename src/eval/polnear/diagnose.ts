/**
 * The per-article diagnostic record written by `whosaid eval polnear --errors <file>`, one JSON
 * line per article. It is meant for tuning the extractor by reading: every gold attribution with
 * how it fared and the prediction nearest to it, then every prediction that matched nothing.
 */
import type { Span } from '../../core/span.js';
import {
  PART_KINDS,
  partOf,
  type Attribution,
  type GoldAttribution,
  type PartKind,
  type PredictedAttribution,
} from './attribution.js';
import { compareCandidates, sharedByPart, type OverlapPair } from './overlap-match.js';
import type { ArticleScore } from './score.js';
import { gap, nonSpaceCounter, trimForExact, type NonSpaceCounter, type Range } from './text-measure.js';

export interface SpanView {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface AttributionView {
  readonly source: SpanView | null;
  readonly cue: SpanView | null;
  readonly content: SpanView | null;
}

/** How a gold part compares with the same part of the nearest prediction. */
export type PartVerdict = 'exact' | 'overlap' | 'wrong' | 'missing' | 'extra' | 'both null';

export interface PredictionView extends AttributionView {
  readonly statement: string | null;
  readonly rule: string | null;
}

export interface NearestView extends PredictionView {
  readonly how: 'matched' | 'overlaps' | 'closest';
  /** characters between the gold and the prediction; 0 when they touch or overlap */
  readonly distance: number;
  /** the gold event this prediction was paired with instead, if another one */
  readonly pairedWith: string | null;
}

export interface UnmatchedView extends PredictionView {
  /** the closest gold event and its distance in characters, to spot near misses */
  readonly nearestGold: string | null;
  readonly distance: number | null;
}

export interface GoldDiagnosis {
  /** the E line in the .ann file */
  readonly event: string;
  /** exact: whole quote matched; overlap: paired by overlap; missed: paired with nothing */
  readonly status: 'exact' | 'overlap' | 'missed';
  readonly gold: AttributionView;
  /** the matched prediction, else the one overlapping most, else the closest one */
  readonly nearest: NearestView | null;
  /** each part against the nearest prediction's (all `missing` when there is none) */
  readonly parts: Readonly<Record<PartKind, PartVerdict>>;
}

export interface ArticleDiagnosis {
  readonly article: string;
  readonly published: string | null;
  readonly gold: number;
  readonly predicted: number;
  readonly exactQuotes: number;
  readonly overlapPairs: number;
  readonly golds: readonly GoldDiagnosis[];
  readonly unmatchedPredictions: readonly UnmatchedView[];
}

interface Context {
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
  readonly predicted: readonly PredictedAttribution[];
  readonly score: ArticleScore;
  readonly counter: NonSpaceCounter;
}

export function diagnoseArticle(
  article: { readonly id: string; readonly published: string | null; readonly text: string },
  gold: readonly GoldAttribution[],
  predicted: readonly PredictedAttribution[],
  score: ArticleScore,
): ArticleDiagnosis {
  const ctx: Context = { text: article.text, gold, predicted, score, counter: nonSpaceCounter(article.text) };
  const matched = new Set(score.overlapPairs.map((pair) => pair.predicted));
  score.quoteMatches.forEach((g, p) => g >= 0 && matched.add(p));
  return {
    article: article.id,
    published: article.published,
    gold: gold.length,
    predicted: predicted.length,
    exactQuotes: score.quoteMatches.filter((g) => g >= 0).length,
    overlapPairs: score.overlapPairs.length,
    golds: byPosition(gold.map((g, index) => ({ at: hullOf(g), item: diagnoseGold(ctx, index) }))),
    unmatchedPredictions: byPosition(
      predicted
        .filter((_, index) => !matched.has(index))
        .map((p) => ({ at: hullOf(p), item: describeUnmatched(ctx, p) })),
    ),
  };
}

function diagnoseGold(ctx: Context, index: number): GoldDiagnosis {
  const gold = ctx.gold[index]!;
  const exact = ctx.score.quoteMatches.indexOf(index);
  const paired = ctx.score.overlapPairs.find((pair) => pair.gold === index);
  const status = exact >= 0 ? 'exact' : paired ? 'overlap' : 'missed';
  const matchedIndex = exact >= 0 ? exact : paired?.predicted;
  const found: Found | null =
    matchedIndex === undefined ? nearestUnpaired(ctx, gold) : { index: matchedIndex, how: 'matched' };
  const prediction = found ? ctx.predicted[found.index] : undefined;
  const base = { event: gold.event, status, gold: viewOf(gold) } as const;
  if (!found || !prediction) return { ...base, nearest: null, parts: partVerdicts(ctx, gold, NOTHING) };
  // A prediction can be nearest to several golds; say which one it was paired with instead.
  const elsewhere = ctx.score.overlapPairs.find((pair) => pair.predicted === found.index && pair.gold !== index);
  return {
    ...base,
    nearest: {
      ...predictionView(prediction),
      how: found.how,
      distance: distanceOf(gold, prediction),
      pairedWith: elsewhere ? (ctx.gold[elsewhere.gold]?.event ?? null) : null,
    },
    parts: partVerdicts(ctx, gold, prediction),
  };
}

const NOTHING: Attribution = { source: null, cue: null, content: null };

interface Found {
  readonly index: number;
  readonly how: 'matched' | 'overlaps' | 'closest';
}

/** For a missed gold: the prediction overlapping it most (even if paired elsewhere), else the closest. */
function nearestUnpaired(ctx: Context, gold: Attribution): Found | null {
  const candidates: OverlapPair[] = ctx.predicted
    .map((p, predicted) => ({ predicted, gold: 0, shared: sharedByPart(ctx.counter, p, gold) }))
    .filter((pair) => PART_KINDS.some((kind) => pair.shared[kind] > 0))
    .sort(compareCandidates);
  if (candidates[0]) return { index: candidates[0].predicted, how: 'overlaps' };
  let best: Found | null = null;
  let bestDistance = Infinity;
  ctx.predicted.forEach((p, index) => {
    const distance = distanceOf(gold, p);
    if (distance < bestDistance) [best, bestDistance] = [{ index, how: 'closest' }, distance];
  });
  return best;
}

function partVerdicts(ctx: Context, gold: Attribution, predicted: Attribution): Record<PartKind, PartVerdict> {
  const verdict = (kind: PartKind): PartVerdict => {
    const g = partOf(gold, kind);
    const p = partOf(predicted, kind);
    if (!g && !p) return 'both null';
    if (!g) return 'extra';
    if (!p) return 'missing';
    if (sameRange(trimForExact(ctx.text, g), trimForExact(ctx.text, p))) return 'exact';
    return ctx.counter.shared(g, p) > 0 ? 'overlap' : 'wrong';
  };
  return { cue: verdict('cue'), source: verdict('source'), content: verdict('content') };
}

function describeUnmatched(ctx: Context, predicted: PredictedAttribution): UnmatchedView {
  let nearestGold: string | null = null;
  let distance: number | null = null;
  for (const gold of ctx.gold) {
    const d = distanceOf(gold, predicted);
    if (distance === null || d < distance) [nearestGold, distance] = [gold.event, d];
  }
  return { ...predictionView(predicted), nearestGold, distance: distance === Infinity ? null : distance };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The range from the first start to the last end of an attribution's parts. */
function hullOf(a: Attribution): Range | null {
  const spans = PART_KINDS.map((kind) => partOf(a, kind)).filter((s): s is Span => s !== null);
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

function distanceOf(a: Attribution, b: Attribution): number {
  const ha = hullOf(a);
  const hb = hullOf(b);
  return ha && hb ? gap(ha, hb) : Infinity;
}

/** Sorts by place in the article, so the dump reads alongside the text; part-less items last. */
function byPosition<T>(entries: { at: Range | null; item: T }[]): T[] {
  const startOf = (r: Range | null): number => r?.start ?? Number.MAX_SAFE_INTEGER;
  return entries.sort((a, b) => startOf(a.at) - startOf(b.at)).map((entry) => entry.item);
}

function spanView(span: Span | null): SpanView | null {
  return span && span.end > span.start ? { text: span.text, start: span.start, end: span.end } : null;
}

function viewOf(a: Attribution): AttributionView {
  return { source: spanView(a.source), cue: spanView(a.cue), content: spanView(a.content) };
}

function predictionView(p: PredictedAttribution): PredictionView {
  return { ...viewOf(p), statement: p.statement ?? null, rule: p.rule ?? null };
}
