/**
 * Scores predicted against gold attributions per the PolNeAR README ("Scoring"): exact match
 * and character overlap for cue, source, content and the whole quote. Articles are scored one by
 * one into tallies of raw counts; the tallies are summed over the corpus before any ratio is
 * taken, so the figures are micro-averaged.
 */
import { PART_KINDS, partOf, type Attribution, type PartKind } from './attribution.js';
import { exactPartCounts, exactQuoteMatches, type ExactCounts } from './exact-match.js';
import { pairByOverlap, type OverlapPair } from './overlap-match.js';
import { nonSpaceCounter } from './text-measure.js';

export const SCORE_KINDS = [...PART_KINDS, 'quote'] as const;

export type ScoreKind = (typeof SCORE_KINDS)[number];

export type { ExactCounts } from './exact-match.js';

/** Non-whitespace characters: shared by the pairs, predicted in all, gold in all. */
export interface OverlapCounts {
  readonly shared: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface Tally {
  readonly exact: Readonly<Record<ScoreKind, ExactCounts>>;
  readonly overlap: Readonly<Record<ScoreKind, OverlapCounts>>;
}

export interface ArticleScore {
  readonly tally: Tally;
  /** per predicted attribution, the gold index it matches exactly as a whole quote, or -1 */
  readonly quoteMatches: readonly number[];
  readonly overlapPairs: readonly OverlapPair[];
}

export function scoreArticle(
  text: string,
  gold: readonly Attribution[],
  predicted: readonly Attribution[],
): ArticleScore {
  const quoteMatches = exactQuoteMatches(text, gold, predicted);
  const counter = nonSpaceCounter(text);
  const overlapPairs = pairByOverlap(counter, gold, predicted);
  const part = (kind: PartKind): OverlapCounts => ({
    shared: overlapPairs.reduce((sum, pair) => sum + pair.shared[kind], 0),
    predicted: predicted.reduce((sum, a) => sum + counter.count(partOf(a, kind)), 0),
    gold: gold.reduce((sum, a) => sum + counter.count(partOf(a, kind)), 0),
  });
  const cue = part('cue');
  const source = part('source');
  const content = part('content');
  const tally: Tally = {
    exact: {
      cue: exactPartCounts(text, gold, predicted, 'cue'),
      source: exactPartCounts(text, gold, predicted, 'source'),
      content: exactPartCounts(text, gold, predicted, 'content'),
      quote: {
        tp: quoteMatches.filter((g) => g >= 0).length,
        predicted: predicted.length,
        gold: gold.length,
      },
    },
    // "Quote" sums the three parts, numerators and denominators alike.
    overlap: { cue, source, content, quote: addOverlap(addOverlap(cue, source), content) },
  };
  return { tally, quoteMatches, overlapPairs };
}

function addExact(a: ExactCounts, b: ExactCounts): ExactCounts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

function addOverlap(a: OverlapCounts, b: OverlapCounts): OverlapCounts {
  return { shared: a.shared + b.shared, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export function emptyTally(): Tally {
  const exact = { tp: 0, predicted: 0, gold: 0 };
  const overlap = { shared: 0, predicted: 0, gold: 0 };
  return {
    exact: { cue: exact, source: exact, content: exact, quote: exact },
    overlap: { cue: overlap, source: overlap, content: overlap, quote: overlap },
  };
}

export function addTally(a: Tally, b: Tally): Tally {
  const exact = {} as Record<ScoreKind, ExactCounts>;
  const overlap = {} as Record<ScoreKind, OverlapCounts>;
  for (const kind of SCORE_KINDS) {
    exact[kind] = addExact(a.exact[kind], b.exact[kind]);
    overlap[kind] = addOverlap(a.overlap[kind], b.overlap[kind]);
  }
  return { exact, overlap };
}

export interface Ratios {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A ratio with a zero denominator is 0, as the README says. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

export function ratios(hits: number, predicted: number, gold: number): Ratios {
  const precision = ratio(hits, predicted);
  const recall = ratio(hits, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export interface Scores {
  readonly exact: Readonly<Record<ScoreKind, ExactCounts & Ratios>>;
  readonly overlap: Readonly<Record<ScoreKind, OverlapCounts & Ratios>>;
}

export function scoresOf(tally: Tally): Scores {
  const exact = {} as Record<ScoreKind, ExactCounts & Ratios>;
  const overlap = {} as Record<ScoreKind, OverlapCounts & Ratios>;
  for (const kind of SCORE_KINDS) {
    const e = tally.exact[kind];
    const o = tally.overlap[kind];
    exact[kind] = { ...e, ...ratios(e.tp, e.predicted, e.gold) };
    overlap[kind] = { ...o, ...ratios(o.shared, o.predicted, o.gold) };
  }
  return { exact, overlap };
}
