/**
 * Overlap pairing (README "Scoring"): each predicted attribution is paired with at most one gold
 * attribution, greedily by largest content overlap, ties and content-less pairs ordered by cue
 * overlap, then source overlap. Pairs that overlap nowhere are never made.
 */
import { PART_KINDS, partOf, type Attribution, type PartKind } from './attribution.js';
import type { NonSpaceCounter } from './text-measure.js';

export interface OverlapPair {
  readonly predicted: number;
  readonly gold: number;
  /** shared non-whitespace characters per part */
  readonly shared: Readonly<Record<PartKind, number>>;
}

/** Shared non-whitespace characters of two attributions, part by part. */
export function sharedByPart(counter: NonSpaceCounter, a: Attribution, b: Attribution): Record<PartKind, number> {
  return {
    cue: counter.shared(partOf(a, 'cue'), partOf(b, 'cue')),
    source: counter.shared(partOf(a, 'source'), partOf(b, 'source')),
    content: counter.shared(partOf(a, 'content'), partOf(b, 'content')),
  };
}

/** Orders candidate pairs best first; indices break the remaining ties so runs are repeatable. */
export function compareCandidates(a: OverlapPair, b: OverlapPair): number {
  return (
    b.shared.content - a.shared.content ||
    b.shared.cue - a.shared.cue ||
    b.shared.source - a.shared.source ||
    a.predicted - b.predicted ||
    a.gold - b.gold
  );
}

export function pairByOverlap(
  counter: NonSpaceCounter,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
): OverlapPair[] {
  const candidates: OverlapPair[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      const shared = sharedByPart(counter, p, g);
      if (PART_KINDS.some((kind) => shared[kind] > 0)) candidates.push({ predicted: pi, gold: gi, shared });
    });
  });
  candidates.sort(compareCandidates);
  const usedPredicted = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: OverlapPair[] = [];
  for (const pair of candidates) {
    if (usedPredicted.has(pair.predicted) || usedGold.has(pair.gold)) continue;
    usedPredicted.add(pair.predicted);
    usedGold.add(pair.gold);
    pairs.push(pair);
  }
  return pairs;
}
