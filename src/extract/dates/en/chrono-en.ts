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
import type { ParsedResult, Refiner } from 'chrono-node';
import type { CalendarDay } from '../calendar.js';
import { localNoon } from '../locale.js';
import {
  edgeOfPeriodParser,
  monthOfRelativeYearParser,
  partOfTodayParser,
  yearAfterPrepositionParser,
} from './period-parsers.js';

/**
 * chrono's end-of-period refiner ("end of the month") matches a pattern ending in `$` against
 * all the text before each result, scanning the article once per result. That pattern needs the
 * text to end in "of " or "the ": an "f" or "e" before trailing whitespace. So it is handed only
 * the results after one; it changes each result on its own, so the others are untouched anyway.
 * (Matched by class name, which chrono does not export: renamed, it simply runs unguarded.)
 */
function guardEndOfPeriod(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENEndOfPeriodRefiner') return refiner;
  return {
    refine: (context, results) => {
      refiner.refine(context, results.filter((result) => mayFollowEndOf(context.text, result.index)));
      return results;
    },
  };
}

function mayFollowEndOf(text: string, index: number): boolean {
  let k = index;
  while (k > 0 && /\s/.test(text[k - 1] ?? '')) k--;
  return k < index && /[ef]/i.test(text[k - 1] ?? '');
}

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
  instance.refiners = instance.refiners.map(guardEndOfPeriod);
  return instance;
}

const english = buildChrono();

/**
 * Every date expression chrono finds in `text`, resolved against `reference`.
 * forwardDate is off: news mostly reports the past, so "March" must not be pushed to next March.
 */
export function parseDates(text: string, reference: CalendarDay): ParsedResult[] {
  return english.parse(text, localNoon(reference), { forwardDate: false });
}
