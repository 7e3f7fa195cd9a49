/**
 * Calendar arithmetic on UTC noon instants. Every date here is a calendar day held at 12:00 UTC,
 * so no local time zone and no daylight-saving shift can move it to a neighbouring day.
 */
import type { DatePrecision } from '../../core/analysis.js';

const DAY_MS = 86_400_000;

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Parses YYYY-MM-DD; null when malformed or not a real day (2023-02-29). */
export function parseDay(value: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDay(day) ? day : null;
}

export function isRealDay({ year, month, day }: CalendarDay): boolean {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function noonOf({ year, month, day }: CalendarDay): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export function dayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  return dayOf(new Date(noonOf(day).getTime() + days * DAY_MS));
}

/** The nearest day with `weekday` (0 = Sunday) on or before `from`, or on or after it. */
export function nearestWeekday(from: CalendarDay, weekday: number, direction: 'past' | 'future'): CalendarDay {
  const current = noonOf(from).getUTCDay();
  const shift = direction === 'past' ? -((current - weekday + 7) % 7) : (weekday - current + 7) % 7;
  return addDays(from, shift);
}

/** Formats a day as the TimeMention value for `precision`: YYYY-MM-DD, YYYY-MM or YYYY. */
export function formatValue(day: CalendarDay, precision: DatePrecision): string {
  const year = String(day.year).padStart(4, '0');
  const month = String(day.month).padStart(2, '0');
  if (precision === 'year') return year;
  if (precision === 'month') return `${year}-${month}`;
  return `${year}-${month}-${String(day.day).padStart(2, '0')}`;
}

/** The first day of the period a value names: "2024-03" → 2024-03-01, "2024" → 2024-01-01. */
export function periodStart(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** ISO strings of equal shape compare as dates; returns the later one. */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
