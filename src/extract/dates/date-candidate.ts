/**
 * A chrono result seen with its place in the article: the span a reader would mark, the word
 * before it and whether it points to the future. Filters and resolvers read only this.
 */
import type { Component, ParsedResult } from 'chrono-node';
import { spanOf, type Span } from '../../core/span.js';
import { orientationOf, wordsBefore, type Orientation } from './future-cue.js';
import type { DateLocale } from './locale.js';

export interface DateCandidate {
  readonly result: ParsedResult;
  readonly span: Span;
  /** up to two words before the span within its sentence, as written */
  readonly before: readonly string[];
  /** the word after the span, letters only, as written */
  readonly after: string;
  /** lower-cased letters of the word just before: "in" for "in March", "last" for "last June" */
  readonly precedingWord: string;
  readonly orientation: Orientation;
}

/**
 * chrono keeps prepositions and punctuation at the edges ("on 11 November", "Monday,",
 * "January of"); the expression a reader marks is "11 November", "Monday", "January".
 */
function trimmedBounds(result: ParsedResult, locale: DateLocale): { start: number; end: number } {
  const lead = locale.leading.exec(result.text)?.[0].length ?? 0;
  const body = result.text.slice(lead);
  const trail = locale.trailing.exec(body)?.[0].length ?? 0;
  const start = result.index + lead;
  // A result made only of edge words would vanish: keep chrono's span then.
  if (body.length - trail === 0) return { start: result.index, end: result.index + result.text.length };
  return { start, end: start + body.length - trail };
}

/** the first word after a span, letters only */
const NEXT_WORD = /^\s*([\p{L}]+)/u;
/** the last run of letters of a word */
const LAST_LETTERS = /(\p{L}+)[^\p{L}]*$/u;

export function toCandidate(text: string, result: ParsedResult, locale: DateLocale): DateCandidate {
  const { start, end } = trimmedBounds(result, locale);
  // the orientation reads the same words further back: cut them once, keep the last two here
  const window = wordsBefore(text, start);
  const before = window.split(' ').slice(-2).filter(Boolean);
  return {
    result,
    span: spanOf(text, start, end),
    before,
    after: NEXT_WORD.exec(text.slice(end, end + 40))?.[1] ?? '',
    precedingWord: LAST_LETTERS.exec((before.at(-1) ?? '').toLowerCase())?.[1] ?? '',
    orientation: orientationOf(locale.cues, text, start, end, window),
  };
}

/** True when chrono read any of `components` from the words, not from the reference. */
export function isCertain(candidate: DateCandidate, ...components: Component[]): boolean {
  return components.some((component) => candidate.result.start.isCertain(component));
}

/** "Tuesday", "last Friday": a weekday with no date, so its day depends on the reference. */
export function isWeekdayOnly(candidate: DateCandidate): boolean {
  return isCertain(candidate, 'weekday') && !isCertain(candidate, 'year', 'month', 'day');
}
