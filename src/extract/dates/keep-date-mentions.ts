/**
 * Drops what chrono reads as a date but news text does not mean as one. Rules are data: each
 * has an id, sentences it must reject and sentences whose date it must keep (the tests run
 * them). The rules come from chrono's output on the 840 PolNeAR training articles.
 */
import { isCertain as certain, isWeekdayOnly, type DateCandidate } from './date-candidate.js';

export interface RejectRule {
  readonly id: string;
  /** sentences in which this rule must leave no date */
  readonly rejects: readonly string[];
  /** sentences whose date this rule must let through */
  readonly keeps: readonly string[];
  readonly test: (candidate: DateCandidate) => boolean;
}

const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Words that lead a month standing alone as a date: "in March", "last June", "a June poll". */
const MONTH_LEADERS = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'during', 'of', 'from', 'through', 'throughout',
  'before', 'after', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'between', 'and',
  'or', 'to', 'around', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'every', 'each',
]);

/** A capitalised plain word: a name part, unlike "Florida's" or "In". */
const NAME_WORD = /^[A-Z][a-z]+$/;

/**
 * A month alone next to a name word is part of a name: "Jill June" and "Pride March" (a
 * capitalised word before it, not the first of its sentence), "April Mellody" (a capitalised
 * word after it and nothing that leads a date before it).
 */
function isInName(c: DateCandidate): boolean {
  const nameBefore = c.before.length === 2 && NAME_WORD.test(c.before[1] ?? '');
  const nameAfter = NAME_WORD.test(c.after) && !MONTH_LEADERS.has(c.precedingWord);
  return nameBefore || nameAfter;
}

/** Relative expressions measured from the time of writing; the others count from another event. */
const DEICTIC = /^(?:(?:last|next|this)\s+(?:week|month|year)|.+\s+(?:ago|from now))$/i;

/** "weekend" counts: chrono reads it as its Saturday. */
const FULL_WEEKDAY = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend/i;

function hasLowercaseCalendarWord(text: string): boolean {
  return (text.match(/[A-Za-z]+/g) ?? []).some(
    (word) => CALENDAR_WORDS.has(word.toLowerCase()) && word[0] !== word[0]?.toUpperCase(),
  );
}

/** Language-independent tests, shared by every language's rules. */
export const lacksCalendarComponent = (c: DateCandidate): boolean => !certain(c, 'year', 'month', 'day', 'weekday');
export const isNow = (c: DateCandidate): boolean => c.result.tags().has('casualReference/now');
export const numericWithoutYear = (c: DateCandidate): boolean => !/[A-Za-z]/.test(c.span.text) && !certain(c, 'year');

/** The English rules. */
export const REJECT_RULES: readonly RejectRule[] = [
  {
    id: 'no-calendar-component',
    rejects: ['We meet at 3 pm.', 'It was a busy week this week.'],
    keeps: ['We met on 3 May.'],
    test: lacksCalendarComponent,
  },
  {
    id: 'now',
    rejects: ['And so now he can coast.'],
    keeps: ['He can coast today.'],
    test: isNow,
  },
  {
    id: 'lowercase-calendar-name',
    rejects: ['Brafman finally sat down.', 'They march on the capital.'],
    keeps: ['They met on Saturday.', 'They marched in March.'],
    test: (c) => hasLowercaseCalendarWord(c.span.text),
  },
  {
    id: 'abbreviated-weekday-alone',
    rejects: ['The story ran in the Las Vegas Sun.'],
    keeps: ['The story ran on Sunday.', 'The story ran on Sun., Feb. 7, 2016.'],
    test: (c) => isWeekdayOnly(c) && !FULL_WEEKDAY.test(c.span.text),
  },
  {
    id: 'titled-part-of-day',
    rejects: ['He hosted “Saturday Night Live” twice.'],
    keeps: ['He spoke on Saturday night.'],
    test: (c) => /day\s+(?:Night|Morning|Afternoon|Evening)\b/.test(c.span.text),
  },
  {
    id: 'month-in-a-name',
    rejects: ['Bob Haus and Jill June signed it.', 'April Mellody, a spokeswoman, said so.', 'They joined the NYC Pride March.'],
    keeps: ['The April survey found it.', 'He spoke at a June Trump rally.', 'It was before Florida’s March primary.'],
    test: (c) => certain(c, 'month') && !certain(c, 'year', 'day') && isInName(c),
  },
  {
    id: 'numeric-without-year',
    rejects: ['We lost 3,000 people on 9/11.'],
    keeps: ['We lost 3,000 people on 9/11/2001.'],
    test: numericWithoutYear,
  },
  {
    id: 'anchored-elsewhere',
    rejects: ['Romney won it four years later.', 'He served for eight years.', 'It came the day before.'],
    keeps: ['Romney won it four years ago.', 'He left last year.'],
    test: (c) => c.result.tags().has('result/relativeDate') && !DEICTIC.test(c.span.text),
  },
];

/** The candidates news text means as dates under a language's rules, in their order. */
export function keepDateMentions(candidates: readonly DateCandidate[], rules: readonly RejectRule[]): DateCandidate[] {
  return candidates.filter((candidate) => !rules.some((rule) => rule.test(candidate)));
}
