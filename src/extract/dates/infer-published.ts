/**
 * Dates for an article with no publication date: the text itself bounds when it was written.
 *
 * - Reference year: the latest year written out in the text ("the 2024 election", "in 2016"),
 *   future-cued ones aside, because articles are written after the events they report.
 * - Day-months without a year ("11 November") are placed in the reference year.
 * - publishedRange.earliest: the latest of the start of the reference year and every date
 *   the text reports as past (an article cannot predate what it reports). Future-cued or
 *   irrealis dates (future-cue.ts) and yearless months do not count.
 * - publishedRange.latest stays null: future-tense dates would bound it, but they are too often
 *   reported speech or conditionals to be trusted.
 * - Expressions relative to the time of writing ("yesterday", "last year", "on Tuesday") are
 *   resolved against the middle of the reference year, or earliest when later, and kept at
 *   year precision only, since the actual day is unknown. Mid-year keeps "yesterday" in the
 *   reference year when earliest is only its 1 January. With no year in the text at all they
 *   cannot be placed and are dropped.
 */
import type { ParsedResult } from 'chrono-node';
import type { PublishedRange, TimeMention } from '../../core/analysis.js';
import { laterOf, parseDay, periodStart, type CalendarDay } from './calendar.js';
import { isCertain, isWeekdayOnly, type DateCandidate } from './date-candidate.js';
import { orientationOf } from './future-cue.js';
import type { DateLocale } from './locale.js';
import { chronoDay, mentionAt, precisionOf } from './resolve-mention.js';

export interface InferredDates {
  readonly times: TimeMention[];
  readonly publishedRange: PublishedRange;
  readonly referenceDate: string | null;
}

/** Two references far apart: a result whose known components differ between them is relative. */
export const PLACEHOLDER_REFERENCE: CalendarDay = { year: 2000, month: 7, day: 1 };
const PROBE_REFERENCE: CalendarDay = { year: 1988, month: 3, day: 15 };

/** Years 1900–2099: not a decade ("1990s"), a sum ("$2000") or part of a number ("3,2016", "120164"). */
const EXPLICIT_YEAR = /(?<![\d,.$£€])(?:19|20)\d{2}(?!\d|['’]?s\b)/g;

function latestExplicitYear(text: string, locale: DateLocale): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(EXPLICIT_YEAR)) {
    const start = match.index ?? 0;
    if (orientationOf(locale.cues, text, start, start + match[0].length) !== 'reported') continue;
    latest = Math.max(latest ?? 0, Number(match[0]));
  }
  return latest;
}

function knownKey(result: ParsedResult): string {
  return (['year', 'month', 'day'] as const).map((c) => (result.start.isCertain(c) ? result.start.get(c) : '-')).join('/');
}

/** Relative when what chrono reads as known changes with the reference ("yesterday", "this year"). */
function isRelative(candidate: DateCandidate, locale: DateLocale): boolean {
  if (isWeekdayOnly(candidate)) return true;
  const probe = locale.parse(candidate.result.text, PROBE_REFERENCE)[0];
  return probe === undefined || knownKey(probe) !== knownKey(candidate.result);
}

interface Placed {
  readonly mention: TimeMention;
  /** whether the date may bound the publication date from below */
  readonly bounds: boolean;
}

/** The day a non-relative candidate names; yearless ones ("11 November") go in `year`. */
function dayIn(candidate: DateCandidate, year: number | null): CalendarDay | null {
  if (isCertain(candidate, 'year')) return chronoDay(candidate);
  return year === null ? null : { ...chronoDay(candidate), year };
}

function placeInYear(candidate: DateCandidate, year: number | null, locale: DateLocale): Placed | null {
  const day = dayIn(candidate, year);
  if (day === null) return null;
  const yearless = !isCertain(candidate, 'year');
  const precision = precisionOf(candidate, day, locale);
  const mention = mentionAt(candidate, day, precision);
  if (mention === null) return null;
  // A month alone ("win in November") names the coming month about as often as a past one:
  // on PolNeAR, letting it bound doubled the articles dated after their real date.
  const bounds = candidate.orientation === 'reported' && !(yearless && precision === 'month');
  return { mention, bounds };
}

/** A relative expression resolved against `reference`, kept at year precision. */
function placeRelative(candidate: DateCandidate, reference: CalendarDay, locale: DateLocale): TimeMention | null {
  const year = locale.parse(candidate.result.text, reference)[0]?.start.get('year');
  return year == null ? null : mentionAt(candidate, { ...reference, year }, 'year');
}

function earliestFrom(placed: readonly Placed[], year: number | null): string | null {
  let earliest = year === null ? null : `${year}-01-01`;
  for (const { mention, bounds } of placed) {
    if (bounds) earliest = laterOf(earliest, periodStart(mention.value));
  }
  return earliest;
}

function pushDefined<T>(list: T[], item: T | null): void {
  if (item !== null) list.push(item);
}

/** `candidates` must have been parsed against PLACEHOLDER_REFERENCE. */
export function inferFromText(text: string, candidates: readonly DateCandidate[], locale: DateLocale): InferredDates {
  const year = latestExplicitYear(text, locale);
  const relative: DateCandidate[] = [];
  const placed: Placed[] = [];
  for (const candidate of candidates) {
    if (isRelative(candidate, locale)) relative.push(candidate);
    else pushDefined(placed, placeInYear(candidate, year, locale));
  }
  const earliest = earliestFrom(placed, year);
  const referenceDate = earliest === null ? null : laterOf(earliest, `${earliest.slice(0, 4)}-07-01`);
  const reference = referenceDate === null ? null : parseDay(referenceDate);
  const times = placed.map((item) => item.mention);
  if (reference !== null) for (const candidate of relative) pushDefined(times, placeRelative(candidate, reference, locale));
  return {
    times,
    publishedRange: { earliest, latest: null },
    referenceDate,
  };
}
