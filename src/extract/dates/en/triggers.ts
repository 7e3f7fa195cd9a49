/**
 * The triggers of the English parsers (chrono-en.ts): what every date expression each parser
 * can return contains, so that a sentence without its triggers need not be scanned by it (see
 * ../triggered-parse.ts). They must be a superset of what the parsers match, never a guess:
 * they are read off the patterns of chrono-node 2.10.3 (dist/esm/locales/en/parsers/*.js and
 * constants.js, whose dictionaries are copied below) and of period-parsers.ts, family by family.
 * chrono's patterns are case-insensitive and let words touch ("lastFriday", "5days"), so the
 * triggers are too.
 *
 * - DIGIT, any digit: ISO, slash and year-month-day dates, times of day, "March 2016", and our
 *   years after a preposition.
 * - MONTH, a month name or abbreviation: the three month-name parsers and our "January of last
 *   year". Before it chrono allows only a non-letter, "in", "of" or the end of an ordinal
 *   ("fifthof March", "5thMarch": -st, -nd, -rd, -th); after it a non-letter, "of" or an
 *   ordinal word ("Marchfirst").
 * - WEEKDAY, a weekday, "weekend" or "weekday", after a non-letter or "on", "this", "last",
 *   "past", "next"; after it, also "of" and those four ("Fridaynextweek").
 * - CASUAL_DAY, "now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "tmrw",
 *   "yesterday" after a non-letter, and "night" after "last" ("last night").
 * - PART_OF_DAY, "morning", "afternoon", "evening", "night", "midnight", "midday", "noon",
 *   after a non-letter or "this" (chrono's casual times and our "this morning").
 * - END_OF_MONTH, "month" ("end of the month").
 * - RELATIVE, "this", "last", "past" or "next", then a time unit, even abbreviated ("last year";
 *   "lasts" is read as a second), for chrono's relative dates and our "earlier this year".
 * - COUNT, a count of time units ("three weeks ago", "in a couple of days", "the day before"),
 *   for the within, ago, later and casual relative parsers. chrono keeps a count only when one of
 *   its number-unit pairs holds a digit or a space ("them", read as "the" + "m", is dropped), so
 *   the trigger is such a pair's unit: after a digit, or after a number word and spaces, or glued
 *   to a number that holds a space ("half anhour", "a fewdays", "a coupledays"). What follows the
 *   unit is what chrono lets follow it: a non-letter, "and", the word that ends the count ("ago",
 *   "later", "from now"…) or the next number ("the money" is "the" + "m" + "one" + "y", a month).
 *
 * Some parsers also need text that all their expressions hold (NEEDS below): a year or an era,
 * a slash between numbers, a day number, "ago" or "later"…
 *
 * A parser the table does not list, or whose pattern is no longer the one the triggers were
 * read from (an upgraded chrono, an edited period parser), reads the whole text; the tests list
 * such parsers.
 */
import type { Parser } from 'chrono-node';
import type { Need, Triggers } from '../triggered-parse.js';
import {
  edgeOfPeriodParser,
  monthOfRelativeYearParser,
  partOfTodayParser,
  yearAfterPrepositionParser,
} from './period-parsers.js';

export const DIGIT = 1;
export const MONTH = 2;
export const WEEKDAY = 4;
export const CASUAL_DAY = 8;
export const PART_OF_DAY = 16;
export const END_OF_MONTH = 32;
export const RELATIVE = 64;
export const COUNT = 128;

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept',
  'sep', 'oct', 'nov', 'dec',
];

const WEEKDAYS = [
  'sunday', 'sun', 'monday', 'mon', 'tuesday', 'tue', 'wednesday', 'wed', 'thursday', 'thurs',
  'thur', 'thu', 'friday', 'fri', 'saturday', 'sat', 'weekend', 'weekday',
];

const CASUAL_DAYS = ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday'];

const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon'];

const INTEGER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** chrono's ordinal words; "twenty" and "thirty" stand for "twenty-first"… */
const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'twenty', 'thirtieth', 'thirty',
];

const TIME_UNITS = [
  's', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs',
  'hour', 'hours', 'd', 'day', 'days', 'w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month',
  'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years',
];

/**
 * Any of `words` (pattern sources starting with a letter), longest first as chrono's
 * matchAnyPattern, grouped by first letter: the same matches, found faster.
 */
function anyOf(words: readonly string[]): string {
  const byInitial = new Map<string, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const rests = byInitial.get(word.charAt(0)) ?? [];
    rests.push(word.slice(1));
    byInitial.set(word.charAt(0), rests);
  }
  return `(?:${[...byInitial].map(([initial, rests]) => `${initial}(?:${rests.join('|')})`).join('|')})`;
}

const UNIT = anyOf(TIME_UNITS);

/**
 * What chrono lets follow a unit inside a count: a non-letter, "and", a word that ends the count,
 * or the next number (chrono's NUMBER_PATTERN: a number word, "half", "a"/"an", "a couple",
 * "few", "several", "the").
 */
const AFTER_UNIT = `(?=[^a-z]|$|${anyOf([
  'and',
  ...['ago', 'before', 'earlier', 'later', 'after', 'from now', 'henceforth', 'forward', 'out'].map((word) => `${word}(?![a-z])`),
  ...INTEGER_WORDS,
  'half',
  'an?\\b',
  'acouple',
  'couple',
  'few',
  'several',
  'the',
])})`;

/** What chrono lets follow a month or a weekday name. */
const AFTER_NAME = `(?=[^a-z]|$|${anyOf(['of', 'this', 'last', 'past', 'next', ...ORDINAL_WORDS])})`;

/**
 * The words chrono lets touch a name from before: "in", "of" and ordinals before a month
 * ("inMarch", "fifthofMarch"), "on", "this", "last", "past", "next" before a weekday
 * ("onlastFriday"), "this" before a part of the day, "last" before "night"; ranges of ordinals
 * ("firsttothirdMarch").
 */
const GLUE = anyOf(['in', 'of', 'on', 'this', 'last', 'past', 'next', 'to', 'until', 'through', 'till', ...ORDINAL_WORDS]);

const NAMES = [...MONTHS, ...WEEKDAYS, ...CASUAL_DAYS, ...PARTS_OF_DAY];

/**
 * An era or a meridiem after a number ("300 BC", "5 a.m."), taken into its trigger so that a
 * piece of text ending in one ends in a trigger: chrono reads on from there ("5 a.m.\nin the
 * morning", "300 BC.\nMarch").
 */
const DIGITS_TAIL = '\\s*(?:a\\.m\\.|p\\.m\\.|am?|pm?|bce?|be|ad|ce)(?![a-z])';

/**
 * What chrono lets stand between a day number and a month glued to it: "5thMarch",
 * "5tofifthMarch", "5ofMarch".
 */
const ORDINAL_TO_MONTH = `(?:st|nd|rd|th)?(?:(?:to|until|through|till)${anyOf(ORDINAL_WORDS)})?(?:of)?`;

/**
 * Every trigger starts a word, follows digits, or is a unit glued to a number holding a space
 * ("half anhour", "a fewdays", "a couple ofdays"). Groups: 1 digits, 2 a unit or 3 a month
 * glued to them; 4 a unit; 5 a name, after the words glued to it (the name alone is tried
 * first: "tonight" is not "to" + "night"); 6 a relative word; 7 a unit glued to a number.
 */
const PATTERN = new RegExp(
  `([0-9]+)(?:(${UNIT})${AFTER_UNIT}|${ORDINAL_TO_MONTH}(${anyOf(MONTHS)})${AFTER_NAME}|${DIGITS_TAIL})?` +
    `|\\b(?:(${UNIT})${AFTER_UNIT}|(?:${GLUE})*?(${anyOf(NAMES)})${AFTER_NAME}|(?:after)?(this|last|past|next))` +
    `|(?:half\\s{1,2}an?|few|couple(?:\\s{0,2}of)?)(${UNIT})${AFTER_UNIT}`,
  'gi',
);

const FAMILIES_OF_NAME = new Map<string, number>([
  ...MONTHS.map((word) => [word, MONTH] as const),
  ...WEEKDAYS.map((word) => [word, WEEKDAY] as const),
  ...CASUAL_DAYS.map((word) => [word, CASUAL_DAY] as const),
  ...PARTS_OF_DAY.map((word) => [word, PART_OF_DAY] as const),
]);

/** The text ends in what chrono lets stand before a name of each family. */
const BEFORE_MONTH = /(?:^|[^a-z]|in|of|st|nd|rd|th)$/i;
const BEFORE_WEEKDAY = /(?:^|[^a-z]|on|this|last|past|next)$/i;
const BEFORE_CASUAL_DAY = /(?:^|[^a-z])$/i;
const BEFORE_PART_OF_DAY = /(?:^|[^a-z]|this)$/i;
const BEFORE_RELATIVE_UNIT = /(?:this|last|past|next)$/i;

/** The text ends in a number chrono can put before a unit, then the spaces between them. */
const NUMBER_BEFORE_UNIT = new RegExp(`(?:[0-9]|${anyOf(INTEGER_WORDS)}|half|an?|few|several|the|couple|of)\\s{1,3}$`, 'i');

/** A unit right after a relative word. */
const UNIT_AFTER = new RegExp(`\\s*${UNIT}(?![a-z])`, 'iy');

/** Enough text before a match for the tests above. */
const LOOK_BACK = 16;

function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - LOOK_BACK), index);
}

/** "last", then any spaces, ends the text before `index` ("last night"). */
function afterLast(text: string, index: number): boolean {
  let k = index;
  while (k > 0 && /\s/.test(text[k - 1] ?? '')) k--;
  return text.slice(k - 4, k).toLowerCase() === 'last';
}

/** The families of a name at `index`, by what stands before it; "mon" is also a unit. */
function familiesOfName(word: string, text: string, index: number): number {
  const families = FAMILIES_OF_NAME.get(word) ?? 0;
  const preceding = before(text, index);
  let found = 0;
  if (families & MONTH && BEFORE_MONTH.test(preceding)) found |= MONTH;
  if (families & WEEKDAY && BEFORE_WEEKDAY.test(preceding)) found |= WEEKDAY;
  if (families & CASUAL_DAY && BEFORE_CASUAL_DAY.test(preceding)) found |= CASUAL_DAY;
  if (families & PART_OF_DAY && BEFORE_PART_OF_DAY.test(preceding)) found |= PART_OF_DAY;
  if (word === 'night' && afterLast(text, index)) found |= CASUAL_DAY;
  if (word === 'mon' && BEFORE_RELATIVE_UNIT.test(preceding)) found |= RELATIVE;
  return found;
}

/**
 * A unit at `index`: a count when a number stands before it (`count`: the caller has seen one);
 * "month" may end one ("end of the month"); "mon" is a weekday.
 */
function familiesOfUnit(unit: string, count: boolean, text: string, index: number): number {
  let found = count || NUMBER_BEFORE_UNIT.test(before(text, index)) ? COUNT : 0;
  if (unit === 'month') found |= END_OF_MONTH;
  return found | familiesOfName(unit, text, index);
}

function familiesAt(text: string, match: RegExpExecArray): number {
  const [whole, digits, unitAfterDigits, monthAfterDigits, unit, name, relative, unitAfterNumber] = match;
  const end = match.index + whole.length;
  if (digits !== undefined) {
    if (unitAfterDigits !== undefined) return DIGIT | familiesOfUnit(unitAfterDigits.toLowerCase(), true, text, match.index + digits.length);
    if (monthAfterDigits !== undefined) return DIGIT | MONTH;
    return DIGIT;
  }
  if (unit !== undefined) return familiesOfUnit(unit.toLowerCase(), false, text, end - unit.length);
  if (unitAfterNumber !== undefined) return familiesOfUnit(unitAfterNumber.toLowerCase(), true, text, end - unitAfterNumber.length);
  if (name !== undefined) return familiesOfName(name.toLowerCase(), text, end - name.length);
  if (relative !== undefined) {
    UNIT_AFTER.lastIndex = end;
    return UNIT_AFTER.test(text) ? RELATIVE : 0;
  }
  return 0;
}

/**
 * Text that some parsers' expressions all hold besides their triggers, tested on the blocks
 * holding the triggers: a year of four digits, or a number and an era (ISO, year-month-day and
 * year-month-name dates, our years after a preposition); two numbers around a slash, dot or
 * dash (slash dates); a day number (the day-and-month parsers); the word that ends a count
 * ("ago", "later").
 */
const YEAR = /[0-9]{4}|[0-9]\s{0,2}(?:bce?|be|ad|ce)/i;
const SLASH = /[0-9][/.-][0-9]/;
const DAY_NUMBER = /[0-9]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|twentieth|thirtieth/i;
const AGO = /ago|before|earlier/i;
const LATER = /later|after|from now|henceforth|forward|out/i;

/** What the parsers need; parsers needing the same share one object, so its stretches are found once. */
const NEEDS = {
  digit: { families: DIGIT },
  year: { families: DIGIT, holding: YEAR },
  slash: { families: DIGIT, holding: SLASH },
  month: { families: MONTH },
  dayAndMonth: { families: MONTH, holding: DAY_NUMBER },
  weekday: { families: WEEKDAY },
  casualDay: { families: CASUAL_DAY },
  partOfDay: { families: PART_OF_DAY },
  endOfMonth: { families: END_OF_MONTH },
  relative: { families: RELATIVE },
  count: { families: COUNT },
  countAgo: { families: COUNT, holding: AGO },
  countLater: { families: COUNT, holding: LATER },
} satisfies Record<string, Need>;

interface Known {
  /** the hash (patternHash) of the pattern the triggers were read from */
  readonly pattern: number;
  readonly need: Need;
}

/** chrono's parsers, by class name. */
const CHRONO_PARSERS = new Map<string, Known>([
  ['ENYearMonthDayParser', { pattern: 0x02a5e6af, need: NEEDS.year }],
  ['ISOFormatParser', { pattern: 0x2a7c85e4, need: NEEDS.year }],
  ['SlashDateFormatParser', { pattern: 0x9d89110d, need: NEEDS.slash }],
  ['ENTimeUnitWithinFormatParser', { pattern: 0x7b16e99a, need: NEEDS.count }],
  ['ENMonthNameLittleEndianParser', { pattern: 0xa6f8c3ce, need: NEEDS.dayAndMonth }],
  ['ENMonthNameMiddleEndianParser', { pattern: 0xf2109aba, need: NEEDS.dayAndMonth }],
  ['ENWeekdayParser', { pattern: 0x2a971891, need: NEEDS.weekday }],
  ['ENSlashMonthFormatParser', { pattern: 0x8c6249d8, need: NEEDS.slash }],
  ['ENTimeExpressionParser', { pattern: 0xe9fb9a7d, need: NEEDS.digit }],
  ['ENTimeUnitAgoFormatParser', { pattern: 0x42e484ff, need: NEEDS.countAgo }],
  ['ENTimeUnitLaterFormatParser', { pattern: 0x48df4324, need: NEEDS.countLater }],
  ['ENYearMonthNameParser', { pattern: 0xc32b9024, need: NEEDS.year }],
  ['ENCasualDateParser', { pattern: 0xa129452a, need: NEEDS.casualDay }],
  ['ENCasualTimeParser', { pattern: 0xb0202b22, need: NEEDS.partOfDay }],
  ['ENEndOfCurrentMonthParser', { pattern: 0x4c02ae94, need: NEEDS.endOfMonth }],
  ['ENMonthNameParser', { pattern: 0x7b26c174, need: NEEDS.month }],
  ['ENRelativeDateFormatParser', { pattern: 0x48497f79, need: NEEDS.relative }],
  ['ENTimeUnitCasualRelativeFormatParser', { pattern: 0x991cb54c, need: NEEDS.count }],
]);

/** Ours (period-parsers.ts), likewise. */
const OUR_PARSERS = new Map<Parser, Known>([
  [edgeOfPeriodParser, { pattern: 0x4a5c22bd, need: NEEDS.relative }],
  [monthOfRelativeYearParser, { pattern: 0xe5656ea7, need: NEEDS.month }],
  [yearAfterPrepositionParser, { pattern: 0x6ddd1df4, need: NEEDS.year }],
  [partOfTodayParser, { pattern: 0x903214fe, need: NEEDS.partOfDay }],
]);

/** 32-bit FNV-1a of a pattern's source and flags. */
export function patternHash(pattern: RegExp): number {
  const text = `/${pattern.source}/${pattern.flags}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const checked = new WeakMap<RegExp, boolean>();

/** Whether `pattern` is the one the triggers of `expected` were read from (hashed once per pattern). */
function isExpected(pattern: RegExp, expected: number): boolean {
  let same = checked.get(pattern);
  if (same === undefined) {
    same = patternHash(pattern) === expected;
    checked.set(pattern, same);
  }
  return same;
}

function needsOf(parser: Parser, pattern: RegExp): Need | null {
  const known = OUR_PARSERS.get(parser) ?? CHRONO_PARSERS.get(parser.constructor.name);
  return known !== undefined && isExpected(pattern, known.pattern) ? known.need : null;
}

export const ENGLISH_TRIGGERS: Triggers = { pattern: PATTERN, familiesAt, needsOf };
