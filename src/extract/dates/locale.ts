/**
 * What the dates layer needs to know about a language: its chrono parser and the words that
 * frame a date expression. Everything else in extract/dates/ is language-independent.
 */
import type { ParsedResult } from 'chrono-node';
import type { CalendarDay } from './calendar.js';
import type { RejectRule } from './keep-date-mentions.js';

export interface OrientationCues {
  /** future cues among the few words before the expression */
  readonly futureBefore: RegExp;
  /** future cues inside the expression itself */
  readonly futureWithin: RegExp;
  /** modals, wishes and targets before it */
  readonly irrealisBefore: RegExp;
  /** right before the date, words that make it a limit ("by 2030") */
  readonly limitJustBefore: RegExp;
}

export interface DateLocale {
  /** every date expression chrono finds, resolved against the reference day's local noon */
  readonly parse: (text: string, reference: CalendarDay) => ParsedResult[];
  /** prepositions and punctuation chrono keeps at the edges of its span */
  readonly leading: RegExp;
  readonly trailing: RegExp;
  readonly cues: OrientationCues;
  readonly rejectRules: readonly RejectRule[];
  /** an expression naming a span of days ("last week") */
  readonly weekUnit: RegExp;
  /** a weekday placed by chrono itself ("last Friday") */
  readonly weekdayModifier: RegExp;
  /** the word before a yearless month that puts it before the reference ("last June") … */
  readonly pastWord: string | null;
  /** … or after it ("next January") */
  readonly futureWord: string | null;
}

/** chrono gets local noon of the reference day: see en/locale.ts. */
export function localNoon(reference: CalendarDay): Date {
  return new Date(reference.year, reference.month - 1, reference.day, 12);
}
