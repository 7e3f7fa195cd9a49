/**
 * Character measures the scores are computed in: non-whitespace characters (so spans that differ
 * only by surrounding blanks or line breaks weigh the same) and the trimming used by exact match.
 */
import type { Span } from '../../core/span.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Counts non-whitespace UTF-16 units of one text in O(1) per range, via prefix sums. */
export interface NonSpaceCounter {
  count(range: Range | null): number;
  /** non-whitespace characters both ranges cover; 0 when either is null */
  shared(a: Range | null, b: Range | null): number;
}

export function nonSpaceCounter(text: string): NonSpaceCounter {
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) prefix[i + 1] = (prefix[i] ?? 0) + (/\s/.test(text[i] ?? '') ? 0 : 1);
  const between = (start: number, end: number): number => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    return (prefix[e] ?? 0) - (prefix[s] ?? 0);
  };
  return {
    count: (range) => (range ? between(range.start, range.end) : 0),
    shared: (a, b) => (a && b ? between(Math.max(a.start, b.start), Math.min(a.end, b.end)) : 0),
  };
}

const SPACE = /\s/;
// Punctuation and quote marks. \p{P} has the quote marks (" “ ” « » „ ‟ ' ’ ...) and dashes;
// the backtick and acute accent are symbols but are used as quote marks in news text.
const SPACE_OR_PUNCT = /[\s\p{P}`´]/u;

function strip(text: string, start: number, end: number, drop: RegExp): Range {
  let s = start;
  let e = end;
  while (s < e && drop.test(text[s] ?? '')) s++;
  while (e > s && drop.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * The range exact match compares: whitespace trimmed, then punctuation and quote marks (with any
 * whitespace they uncover, so `“ Yes,”` and `Yes` agree). A span made only of punctuation, such
 * as the cue `:` in `Smith: “...”`, would vanish: then only whitespace is trimmed.
 */
export function trimForExact(text: string, span: Span): Range {
  const blank = strip(text, span.start, span.end, SPACE);
  const bare = strip(text, blank.start, blank.end, SPACE_OR_PUNCT);
  return bare.start < bare.end ? bare : blank;
}

/** Distance in characters between two ranges; 0 when they touch or overlap. */
export function gap(a: Range, b: Range): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
