/**
 * Turns a kept candidate into a TimeMention: a calendar day, and the precision the words
 * support (a weekday names a day, "in March" a month, "last year" a year).
 */
import type { DatePrecision, TimeMention } from '../../core/analysis.js';
import {
  addDays,
  formatValue,
  isRealDay,
  nearestWeekday,
  type CalendarDay,
} from './calendar.js';
import { isCertain, isWeekdayOnly, type DateCandidate } from './date-candidate.js';
import type { DateLocale } from './locale.js';

/** The day chrono resolved, with the components it implied filled in from the reference. */
export function chronoDay(candidate: DateCandidate): CalendarDay {
  const start = candidate.result.start;
  return { year: start.get('year') ?? 0, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
}

/**
 * The finest unit the words fix. A week has no precision of its own: it gets the month when
 * the days around it stay in one month, the year otherwise.
 */
export function precisionOf(candidate: DateCandidate, day: CalendarDay, locale: DateLocale): DatePrecision {
  if (locale.weekUnit.test(candidate.span.text)) {
    return addDays(day, -3).month === addDays(day, 3).month ? 'month' : 'year';
  }
  if (isCertain(candidate, 'day', 'weekday')) return 'day';
  return isCertain(candidate, 'month') ? 'month' : 'year';
}

export function mentionAt(candidate: DateCandidate, day: CalendarDay, precision: DatePrecision): TimeMention | null {
  if (!isRealDay(day)) return null;
  return { span: candidate.span, value: formatValue(day, precision), precision };
}

/**
 * A bare weekday is the last one on or before the reference, as news reports the days just
 * gone ("said on Tuesday"), unless a future cue points to the coming one.
 */
function placeWeekday(candidate: DateCandidate, reference: CalendarDay): CalendarDay {
  const weekday = candidate.result.start.get('weekday') ?? 0;
  return nearestWeekday(reference, weekday, candidate.orientation === 'future' ? 'future' : 'past');
}

/**
 * A month or day without a year: "last June" is before the reference, "next January" or a
 * future-cued date after it; otherwise chrono's choice (the occurrence nearest the reference).
 */
function placeYearless(candidate: DateCandidate, reference: CalendarDay, locale: DateLocale): CalendarDay {
  const day = chronoDay(candidate);
  const key = (d: CalendarDay): number => d.month * 100 + d.day;
  const refKey = key(reference);
  if (candidate.precedingWord === locale.pastWord) {
    const year = key(day) <= refKey ? reference.year : reference.year - 1;
    return { ...day, year };
  }
  if (candidate.orientation === 'future' || candidate.precedingWord === locale.futureWord) {
    const end = isCertain(candidate, 'day') ? day : { ...day, day: 31 };
    return { ...day, year: key(end) >= refKey ? reference.year : reference.year + 1 };
  }
  return day;
}

/** Resolves a candidate against the article's publication day. */
export function resolveDated(candidate: DateCandidate, reference: CalendarDay, locale: DateLocale): TimeMention | null {
  let day = chronoDay(candidate);
  if (isWeekdayOnly(candidate) && !locale.weekdayModifier.test(candidate.span.text)) {
    day = placeWeekday(candidate, reference);
  } else if (isCertain(candidate, 'month') && !isCertain(candidate, 'year')) {
    day = placeYearless(candidate, reference, locale);
  }
  return mentionAt(candidate, day, precisionOf(candidate, day, locale));
}
