/**
 * Parsers added to chrono's casual English for period expressions it misses or cuts short in
 * news text. Each returns only the components the words fix, so they count as known.
 * The reference is local noon of the reference day (see chrono-en.ts), hence local getters.
 */
import type { Parser, ParsingContext } from 'chrono-node';

const OFFSETS: Record<string, number> = { this: 0, last: -1, next: 1 };

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function shiftedMonth(context: ParsingContext, offset: number): { year: number; month: number } {
  const ref = context.refDate;
  const index = ref.getFullYear() * 12 + ref.getMonth() + offset;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * "earlier this year", "late last year", "later this month": chrono alone keeps only
 * "this year", which loses the words a reader sees as the expression.
 * Not matched: "earlier this week" (no day, month or year is fixed by it).
 */
export const edgeOfPeriodParser: Parser = {
  pattern: () => /\b(?:earlier|later|early|late)\s+(this|last|next)\s+(year|month)\b/i,
  extract: (context, match) => {
    const offset = OFFSETS[(match[1] ?? '').toLowerCase()] ?? 0;
    if ((match[2] ?? '').toLowerCase() === 'year') return { year: context.refDate.getFullYear() + offset };
    return shiftedMonth(context, offset);
  },
};

const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+of\\s+(this|last|next)\\s+year\\b`);

/**
 * "January of last year": chrono reads "January of" as the January nearest the reference.
 * Month names must be capitalised, so "may of last year" is not read as a date.
 */
export const monthOfRelativeYearParser: Parser = {
  // built once: chrono asks for the pattern at every parse (it only reads it, the regex has no g flag)
  pattern: () => MONTH_OF_RELATIVE_YEAR,
  extract: (context, match) => ({
    year: context.refDate.getFullYear() + (OFFSETS[match[2] ?? ''] ?? 0),
    month: MONTHS.indexOf(match[1] ?? '') + 1,
  }),
};

/**
 * A year after a preposition or a part-of-period word: "in 2016", "since 1998", "early 2016",
 * "mid-2016". chrono reads no bare years. An attributive year ("the 2024 election") is left out
 * on purpose: it names an event, not when something happened.
 * Not matched: "in 2016-06-28" (a fuller date), "in the 1990s" (a decade).
 */
export const yearAfterPrepositionParser: Parser = {
  pattern: () =>
    /\b(?:(?:in|since|during|by|before|after|until|through|throughout|from|of)\s+|(?:early|late|mid)(?:\s+|-))((?:19|20)\d{2})\b(?![-–/]\d|['’]?s\b)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
};

/** "this morning", "this evening": chrono fixes only a time of day, not that it is today. */
export const partOfTodayParser: Parser = {
  pattern: () => /\bthis\s+(?:morning|afternoon|evening)\b/i,
  extract: (context) => {
    const ref = context.refDate;
    return { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
  },
};

