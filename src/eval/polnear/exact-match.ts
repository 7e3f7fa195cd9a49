/**
 * Exact match (README "Scoring"): spans are equal when their trimmed ranges are; each gold span
 * and each gold attribution is used at most once.
 */
import type { Span } from '../../core/span.js';
import { PART_KINDS, partOf, type Attribution, type PartKind } from './attribution.js';
import { trimForExact } from './text-measure.js';

export interface ExactCounts {
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

function keyOf(text: string, span: Span | null): string {
  if (!span) return 'null';
  const { start, end } = trimForExact(text, span);
  return `${start}:${end}`;
}

/**
 * Counts true positives of one kind. Equality is transitive, so pairing greedily in any order
 * finds as many matches as any other pairing would.
 */
export function exactPartCounts(
  text: string,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
  kind: PartKind,
): ExactCounts {
  const goldSpans = gold.map((a) => partOf(a, kind)).filter((s): s is Span => s !== null);
  const predictedSpans = predicted.map((a) => partOf(a, kind)).filter((s): s is Span => s !== null);
  const unused = countKeys(goldSpans.map((span) => keyOf(text, span)));
  let tp = 0;
  for (const span of predictedSpans) if (take(unused, keyOf(text, span))) tp++;
  return { tp, predicted: predictedSpans.length, gold: goldSpans.length };
}

/**
 * Whole-quote matches: for each predicted attribution (by index) the index of the gold one it
 * matches on cue, source and content at once (null matching null), or -1.
 */
export function exactQuoteMatches(
  text: string,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
): number[] {
  const quoteKey = (a: Attribution): string => PART_KINDS.map((kind) => keyOf(text, partOf(a, kind))).join('|');
  const unused = new Map<string, number[]>();
  gold.forEach((a, index) => {
    const key = quoteKey(a);
    unused.set(key, [...(unused.get(key) ?? []), index]);
  });
  return predicted.map((a) => unused.get(quoteKey(a))?.shift() ?? -1);
}

function countKeys(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function take(counts: Map<string, number>, key: string): boolean {
  const left = counts.get(key) ?? 0;
  if (left === 0) return false;
  counts.set(key, left - 1);
  return true;
}
