/**
 * The unit both sides of the evaluation are reduced to: a source, a cue and a content span,
 * each possibly absent.
 */
import type { Span } from '../../core/span.js';

/** The three parts, in the order the scores are reported. */
export const PART_KINDS = ['cue', 'source', 'content'] as const;

export type PartKind = (typeof PART_KINDS)[number];

export interface Attribution {
  readonly source: Span | null;
  readonly cue: Span | null;
  readonly content: Span | null;
}

/** A gold attribution, with what is needed to trace it back to the .ann file. */
export interface GoldAttribution extends Attribution {
  /** the E line it comes from, e.g. `E12` */
  readonly event: string;
  /** the content fragments before they were merged into a hull */
  readonly contentParts: readonly Span[];
}

/** A predicted attribution, with the statement it comes from for tuning. */
export interface PredictedAttribution extends Attribution {
  readonly statement?: string;
  readonly rule?: string;
  /** the name of the actor the statement's source was resolved to, null when unresolved */
  readonly speaker?: string | null;
}

/** One part of an attribution; the README counts a zero-length span as null. */
export function partOf(attribution: Attribution, kind: PartKind): Span | null {
  const span = attribution[kind];
  return span && span.end > span.start ? span : null;
}
