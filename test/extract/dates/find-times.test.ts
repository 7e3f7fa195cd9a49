import { describe, expect, it } from 'vitest';
import { WhosaidError } from '../../../src/core/errors.js';
import { isValidSpan } from '../../../src/core/span.js';
import { findTimes } from '../../../src/extract/dates/index.js';

type Expected = [text: string, value: string, precision: 'day' | 'month' | 'year'];

/** 2016-04-19 is a Tuesday, as in PolNeAR's nyt_2016-04-19 articles. */
const TUESDAY = '2016-04-19';

const dated: [sentence: string, published: string, expected: Expected[]][] = [
  ['Clinton said on Tuesday that she would win.', TUESDAY, [['Tuesday', '2016-04-19', 'day']]],
  ['Clinton said Wednesday that she would win.', TUESDAY, [['Wednesday', '2016-04-13', 'day']]],
  ['Clinton will speak on Wednesday in Buffalo.', TUESDAY, [['Wednesday', '2016-04-20', 'day']]],
  ['The vote was held last Friday.', TUESDAY, [['last Friday', '2016-04-15', 'day']]],
  ['He spoke yesterday.', TUESDAY, [['yesterday', '2016-04-18', 'day']]],
  ['He spoke last night.', TUESDAY, [['last night', '2016-04-18', 'day']]],
  ['She spoke this morning.', TUESDAY, [['this morning', '2016-04-19', 'day']]],
  ['Sales grew earlier this year.', TUESDAY, [['earlier this year', '2016', 'year']]],
  ['Sales grew in 2014.', TUESDAY, [['2014', '2014', 'year']]],
  ['Sales grew last year.', TUESDAY, [['last year', '2015', 'year']]],
  ['Sales grew last month.', TUESDAY, [['last month', '2016-03', 'month']]],
  // a week is given the month that holds it, as there is no week precision
  ['Sales rose last week.', TUESDAY, [['last week', '2016-04', 'month']]],
  ['Romney won it four years ago.', TUESDAY, [['four years ago', '2012', 'year']]],
  ['It began in January of last year.', TUESDAY, [['January of last year', '2015-01', 'month']]],
  ['It began last June.', TUESDAY, [['June', '2015-06', 'month']]],
  ['The debate is scheduled for Dec. 15.', TUESDAY, [['Dec. 15', '2016-12-15', 'day']]],
  ['Cruz dropped out of the race May 3, 2016.', TUESDAY, [['May 3, 2016', '2016-05-03', 'day']]],
  ['They met on 11 November and on 23 November.', '2024-11-25', [
    ['11 November', '2024-11-11', 'day'],
    ['23 November', '2024-11-23', 'day'],
  ]],
];

const nothing = [
  'He scored 11 points.',
  'See Section 23 of the act.',
  'May I ask a question?',
  'It passed on a 2-1 vote.',
  'We meet at 3 pm.',
  'And so now he can coast.',
  'Romney won it four years later.',
  'We lost 3,000 people on 9/11.',
];

const values = (times: ReturnType<typeof findTimes>['times']): Expected[] =>
  times.map((t) => [t.span.text, t.value, t.precision]);

describe('findTimes with a publication date', () => {
  it.each(dated)('%s (%s)', (sentence, published, expected) => {
    const found = findTimes(sentence, published);
    expect(values(found.times)).toEqual(expected);
    expect(found.publishedRange).toBeNull();
    expect(found.referenceDate).toBe(published);
  });

  it.each(nothing)('finds no date in %s', (sentence) => {
    expect(findTimes(sentence, TUESDAY).times).toEqual([]);
  });

  it.each(['2016-4-19', '2016-02-30', 'yesterday'])('rejects the publication date %s', (published) => {
    expect(() => findTimes('On Tuesday.', published)).toThrow(WhosaidError);
  });
});

const undated: [sentence: string, expected: Expected[], earliest: string | null, reference: string | null][] = [
  ['After the 2024 election, they met on 11 November.', [['11 November', '2024-11-11', 'day']], '2024-11-11', '2024-11-11'],
  // relative dates keep only the year; mid-year is the reference when only the year is known
  ['He said yesterday that the 2019 plan failed.', [['yesterday', '2019', 'year']], '2019-01-01', '2019-07-01'],
  // nothing dates the article: relative and yearless dates cannot be placed
  ['He said yesterday that talks on 5 May failed.', [], null, null],
  // a future date names a year and a day but does not bound the publication date
  ['Talks will resume on 5 December 2025 after the 2023 summit.', [['5 December 2025', '2025-12-05', 'day']], '2023-01-01', '2023-07-01'],
  // a month alone may be the coming one ("win in November"): it is placed but does not bound
  ['They won in 2016, as they did in March.', [['2016', '2016', 'year'], ['March', '2016-03', 'month']], '2016-01-01', '2016-07-01'],
  // a target year ("hope to win in 2030") neither sets the reference year nor bounds
  ['They won in 2016 and hope to win in 2030.', [['2016', '2016', 'year'], ['2030', '2030', 'year']], '2016-01-01', '2016-07-01'],
];

describe('findTimes without a publication date', () => {
  it.each(undated)('%s', (sentence, expected, earliest, reference) => {
    const found = findTimes(sentence, null);
    expect(values(found.times)).toEqual(expected);
    expect(found.publishedRange).toEqual({ earliest, latest: null });
    expect(found.referenceDate).toBe(reference);
  });
});

describe('findTimes output contract', () => {
  const texts = [...dated.map(([s]) => s), ...undated.map(([s]) => s), ...nothing].join('\n');

  it.each([TUESDAY, null])('gives valid spans sorted by offset, the same each run (published %s)', (published) => {
    const { times } = findTimes(texts, published);
    expect(times.length).toBeGreaterThan(10);
    for (const time of times) {
      expect(isValidSpan(texts, time.span)).toBe(true);
      const shape = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[time.precision];
      expect(time.value).toMatch(shape);
    }
    const starts = times.map((t) => t.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findTimes(texts, published)).toEqual({ ...findTimes(texts, published) });
  });

  it('keeps offsets in UTF-16 units after astral characters', () => {
    const text = '😀 “Yes,” he said on Tuesday.';
    const [time] = findTimes(text, TUESDAY).times;
    expect(time?.span).toEqual({ start: text.indexOf('Tuesday'), end: text.indexOf('Tuesday') + 7, text: 'Tuesday' });
  });

  it('finishes 100 kB of dense date-like text in under 5 s', () => {
    const text = 'in 2016 last week 9/11 at 3 pm on May 3, '.repeat(2_500);
    const started = performance.now();
    findTimes(text, TUESDAY);
    findTimes(text, null);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
