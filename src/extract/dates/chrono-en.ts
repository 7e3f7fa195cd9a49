/**
 * The one chrono-node instance of the dates layer: casual English plus the period parsers.
 *
 * The reference is noon of the reference day in the machine's local time, with no timezone.
 * Some chrono parsers read the reference with local getters ("last night", "this month") and
 * others through its timezone; a UTC reference put them on different days east of UTC+12.
 * All-local, every parser sees the same day, and as only calendar components are read back
 * (never instants), results do not depend on the machine's time zone. Noon is never skipped
 * by a daylight-saving change.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { CalendarDay } from './calendar.js';
import {
  edgeOfPeriodParser,
  monthOfRelativeYearParser,
  partOfTodayParser,
  yearAfterPrepositionParser,
} from './period-parsers.js';

function buildChrono(): chrono.Chrono {
  const instance = chrono.casual.clone();
  // Ours come first: chrono keeps the earlier of two overlapping results of equal length,
  // so ours win on "this morning" (chrono: a bare time of day).
  instance.parsers = [
    edgeOfPeriodParser,
    monthOfRelativeYearParser,
    yearAfterPrepositionParser,
    partOfTodayParser,
      ...instance.parsers,
  ];
  return instance;
}

const english = buildChrono();

/**
 * Every date expression chrono finds in `text`, resolved against `reference`.
 * forwardDate is off: news mostly reports the past, so "March" must not be pushed to next March.
 */
export function parseDates(text: string, reference: CalendarDay): ParsedResult[] {
  const localNoon = new Date(reference.year, reference.month - 1, reference.day, 12);
  return english.parse(text, localNoon, { forwardDate: false });
}
