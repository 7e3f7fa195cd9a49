/**
 * The trigger filter of the dates layer (src/extract/dates/triggered-parse.ts, en/triggers.ts):
 * chrono's parsers read only the pieces of text holding their triggers, and must find exactly
 * what they find in the whole text.
 */
import { ParsingContext, type Component, type ParsedResult } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { ENGLISH_CHRONO, followsEndOf, parseDates } from '../../../src/extract/dates/en/chrono-en.js';
import {
  CASUAL_DAY,
  COUNT,
  DIGIT,
  END_OF_MONTH,
  ENGLISH_TRIGGERS,
  MONTH,
  PART_OF_DAY,
  RELATIVE,
  WEEKDAY,
} from '../../../src/extract/dates/en/triggers.js';
import { findTimes } from '../../../src/extract/dates/index.js';
import { localNoon } from '../../../src/extract/dates/locale.js';
import { triggeredStretches, type Need } from '../../../src/extract/dates/triggered-parse.js';

/** 2016-04-19 is a Tuesday. */
const TUESDAY = '2016-04-19';
const REFERENCE = { year: 2016, month: 4, day: 19 };

const COMPONENTS: Component[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem', 'timezoneOffset'];

/** What a result says, comparable with toEqual. */
function summary(results: ParsedResult[]): unknown[] {
  return results.map((result) => ({
    index: result.index,
    text: result.text,
    start: COMPONENTS.map((c) => [c, result.start.get(c), result.start.isCertain(c)]),
    end: result.end && COMPONENTS.map((c) => [c, result.end?.get(c), result.end?.isCertain(c)]),
    tags: [...result.tags()].sort(),
  }));
}

/** chrono reading the whole text, as the dates layer did before the filter. */
function wholeText(text: string): unknown[] {
  return summary(ENGLISH_CHRONO.parse(text, localNoon(REFERENCE), { forwardDate: false }));
}

function filtered(text: string): unknown[] {
  return summary(parseDates(text, REFERENCE));
}

type Mention = [text: string, value: string, precision: 'day' | 'month' | 'year'];

/** Sentences with dates, and what findTimes finds in them (what it found before the filter). */
const tricky: [sentence: string, expected: Mention[]][] = [
  ['He left three weeks ago.', [['three weeks ago', '2016', 'year']]],
  ['Sales jumped in mid-March.', [['March', '2016-03', 'month']]],
  ['He left at the end of the month.', [['end of the month', '2016-04-30', 'day']]],
  ['A vote is due early next year.', [['early next year', '2017', 'year']]],
  ['He spoke last night.', [['last night', '2016-04-18', 'day']]],
  ['She speaks tonight.', [['tonight', '2016-04-19', 'day']]],
  ['They rally this weekend.', [['this weekend', '2016-04', 'month']]],
  ['It was founded in 2019.', [['2019', '2019', 'year']]],
  ['They met lastFriday.', [['lastFriday', '2016-04-15', 'day']]],
  ['She arrived 5days ago.', [['5days ago', '2016-04-14', 'day']]],
  ['It begins at 5 p.m. Tuesday.', [['5 p.m. Tuesday', '2016-04-19', 'day']]],
  ['The vote was on Sept. 12, 2016.', [['Sept. 12, 2016', '2016-09-12', 'day']]],
  ['The rally was held on Saturday.', [['Saturday', '2016-04-16', 'day']]],
  // chrono reads a year ending a sentence and a month starting the next as one date
  ['It began in 1998.\n\nOct. 5 was a Monday.', [['1998.\n\nOct', '1998-10', 'month'], ['Monday', '2016-04-18', 'day']]],
  // chrono reads these, and the reject rules drop them, as before
  ['It happened the day before yesterday.', []],
  ['They meet at noon.', []],
  ['He returns in a couple of days.', []],
  ['Sales fell in the money.', []],
  // chrono reads none of these
  ["It was big in the '90s.", []],
  ['Profits fell in Q3.', []],
  ['They met at Christmas.', []],
  ['It took a fortnight.', []],
];

const mentions = (text: string): Mention[] =>
  findTimes(text, TUESDAY).times.map((time) => [time.span.text, time.value, time.precision]);

describe('dates with the trigger filter', () => {
  it.each(tricky)('%j', (sentence, expected) => {
    expect(mentions(sentence)).toEqual(expected);
    expect(filtered(sentence)).toEqual(wholeText(sentence));
  });

  it.each(tricky)('%j among paragraphs without dates', (sentence, expected) => {
    const text = `Officials argued about the plan.\n\n${sentence}\n\nThe mayor disagreed with them, again.\n`;
    expect(mentions(text)).toEqual(expected);
    expect(filtered(text)).toEqual(wholeText(text));
  });
});

/** Each family, in the forms chrono lets words touch: every one must be read as in the whole text. */
const families: string[] = [
  // digits
  'It was filed on 2016-06-28 at 10:30.', 'Sales rose 9/11/2001 and 5/2016.', 'It was 300 BC.\n\nMarch came.',
  // months
  'He came inMarch, on the fifthofMay, on Marchfirst, and in January of last year.',
  'It ran from 5thMarch, 5tofifthMay and 5ofJune to 7 -\nJuly.',
  // weekdays
  'They met onlastFriday and on Fridaynextweek (Sun., Feb. 7).',
  // casual days and parts of the day
  'Now, today, tonight, tomorrow, tmrw, overmorrow, yesterday, lastnight, thismorning, at midnight.',
  // relative units
  'It fell lasts, last year, thisyear, earlier this month, and after this week.',
  // counts
  'In the m, half anhour, a fewdays, a coupledays, couple ofdays, the money, 2016days, 3 weeks and 2 days ago.',
  'It ended within about ~ 3 hrs, +2 days, two years later, a year from now.',
  // across line breaks that run on
  'The vote came on the\n5th of\nMarch, last\nFriday, 5\np.m.',
];

describe('each family of triggers', () => {
  it.each(families)('%j', (text) => {
    expect(filtered(text)).toEqual(wholeText(text));
  });
});

describe('the filter', () => {
  const needs = (): Need[] => {
    const context = new ParsingContext('', localNoon(REFERENCE), { forwardDate: false });
    return ENGLISH_CHRONO.parsers.map((parser) => ENGLISH_TRIGGERS.needsOf(parser, parser.pattern(context)) as Need);
  };

  it('knows every English parser, as installed (else the parser reads the whole text)', () => {
    expect(needs()).not.toContain(null);
  });

  it('skips a paragraph without triggers', () => {
    const text = 'Officials argued about the plan.\n\nHe left on Tuesday, they said.\n\nThe mayor disagreed.\n';
    const plan = text.indexOf('.');
    const disagreed = text.indexOf('The mayor');
    expect(triggeredStretches(text, ENGLISH_TRIGGERS, { families: WEEKDAY })).toEqual([{ start: plan, end: disagreed - 1 }]);
    for (const families of [DIGIT, MONTH, CASUAL_DAY, PART_OF_DAY, END_OF_MONTH, RELATIVE, COUNT]) {
      expect(triggeredStretches(text, ENGLISH_TRIGGERS, { families })).toEqual([]);
    }
  });

  it('skips a sentence without triggers, but not one that runs on from a trigger', () => {
    // "1998." ends in a trigger: chrono may read on ("1998. March" is March 1998)
    const text = 'The plan failed. He left on Tuesday, they said. In 1998. March was cold. The end.';
    const stretches = triggeredStretches(text, ENGLISH_TRIGGERS, { families: DIGIT });
    expect(stretches.map((s) => text.slice(s.start, s.end))).toEqual(['. In 1998. March was cold.']);
  });

  it('scans nothing in text without any trigger', () => {
    const text = 'Officials argued about the plan, and the mayor disagreed with them.\n\nThey will vote again.\n';
    for (const need of needs()) expect(triggeredStretches(text, ENGLISH_TRIGGERS, need)).toEqual([]);
  });

  it('reads chrono’s end-of-period prefix as chrono does', () => {
    const prefix = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
    const texts = ['at the end of ', 'the END OF THE  ', 'last\n day of ', 'weekend of ', 'end of', 'end  of the', 'the lastday of ', 'x end of the '];
    for (const text of texts) expect(followsEndOf(text, text.length)).toBe(prefix.test(text));
  });
});

/** A small seeded fuzz: random texts of date words, numbers and punctuation, on one line or several. */
describe('random texts', () => {
  const words = [
    'March', 'may', 'Sept.', 'Friday', 'sun', 'Sat.', 'weekend', 'now', 'TODAY', 'tonight', 'night', 'noon',
    'morning', 'day', 'days', 'm', 's', 'week', 'month', 'year', 'hrs', 'this', 'last', 'next', 'after', 'ago',
    'later', 'from now', 'and', 'one', 'three', 'half', 'a', 'an', 'few', 'the', 'couple', 'of', 'in', 'on', 'at',
    'within', 'end', 'first', 'fifth', 'to', 'am', 'p.m.', "o'clock", 'money', 'man', 'said', 'He', '2016', '5',
    '12', '3:30', '9/11', '1.5', '15th', 'BC', '(', ')', 'lastFriday', 'inMarch', 'half anhour', 'a fewdays',
  ];
  const separators = [' ', ' ', ' ', '', ', ', '. ', '-', '/', ': ', '; ', '.\n', '\n', '\n\n', '.\n\n', '” ', ') '];
  let seed = 20160419;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  it('are read as in the whole text', () => {
    for (let i = 0; i < 1500; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 10); n > 0; n--) text += pick(words) + pick(separators);
      expect(filtered(text), text).toEqual(wholeText(text));
    }
  });
});
