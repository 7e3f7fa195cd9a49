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
import { parseTriggered } from '../triggered-parse.js';
import {
  edgeOfPeriodParser,
  monthOfRelativeYearParser,
  partOfTodayParser,
  yearAfterPrepositionParser,
} from './period-parsers.js';
import { ENGLISH_TRIGGERS } from './triggers.js';

/**
 * chrono's end-of-period refiner ("end of the month") matches a pattern ending in `$` against
 * all the text before each result, scanning the article once per result. So it is handed only
 * the results that pattern matches before, found by reading back from the result: the words
 * "end" or "last day", "of" and maybe "the", each followed by spaces. It changes each result on
 * its own, so the others are untouched anyway.
 * (Matched by class name, which chrono does not export: renamed, it simply runs unguarded.)
 */
function guardEndOfPeriod(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENEndOfPeriodRefiner') return refiner;
  return {
    refine: (context, results) => {
      refiner.refine(context, results.filter((result) => followsEndOf(context.text, result.index)));
      return results;
    },
  };
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** Where the spaces ending text[0, end) start; -1 when there are none. */
function spacesBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && isSpace(text[k - 1])) k--;
  return k < end ? k : -1;
}

/** Where `word` (lower-case) ends text[0, end) (any case), or -1; at a word boundary when `bounded`. */
function wordBefore(text: string, end: number, word: string, bounded = false): number {
  const start = end - word.length;
  if (start < 0 || text.slice(start, end).toLowerCase() !== word) return -1;
  return bounded && start > 0 && /\w/.test(text[start - 1] ?? '') ? -1 : start;
}

/** "end" or "last day" ends text[0, end), from a word boundary (chrono: \b(?:last\s+day|end)). */
function endOrLastDayBefore(text: string, end: number): boolean {
  if (wordBefore(text, end, 'end', true) !== -1) return true;
  const day = wordBefore(text, end, 'day');
  const spaces = day === -1 ? -1 : spacesBefore(text, day);
  return spaces !== -1 && wordBefore(text, spaces, 'last', true) !== -1;
}

/** Whether text[0, index) ends as chrono's end-of-period prefix: /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i. */
export function followsEndOf(text: string, index: number): boolean {
  const last = spacesBefore(text, index);
  if (last === -1) return false;
  const the = wordBefore(text, last, 'the');
  const ofEnd = the === -1 ? -1 : spacesBefore(text, the);
  for (const end of [ofEnd, last]) {
    const of = end === -1 ? -1 : wordBefore(text, end, 'of');
    const spaces = of === -1 ? -1 : spacesBefore(text, of);
    if (spaces !== -1 && endOrLastDayBefore(text, spaces)) return true;
  }
  return false;
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

export const ENGLISH_CHRONO = buildChrono();

/**
 * Every date expression chrono finds in `text`, resolved against `reference`: what
 * `ENGLISH_CHRONO.parse` returns, each parser reading only the sentences holding its triggers
 * (triggers.ts). forwardDate is off: news mostly reports the past, so "March" must not be pushed
 * to next March.
 */
export function parseDates(text: string, reference: CalendarDay): ParsedResult[] {
  return parseTriggered(ENGLISH_CHRONO, ENGLISH_TRIGGERS, text, localNoon(reference), { forwardDate: false });
}
