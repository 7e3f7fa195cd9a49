import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/extract/dates/en/chrono-en.js';
import { ENGLISH_DATES } from '../../../src/extract/dates/en/locale.js';
import { toCandidate } from '../../../src/extract/dates/date-candidate.js';
import { findTimes } from '../../../src/extract/dates/index.js';
import { REJECT_RULES } from '../../../src/extract/dates/keep-date-mentions.js';

const REFERENCE = { year: 2016, month: 4, day: 19 };

function candidates(sentence: string) {
  return parseDates(sentence, REFERENCE).map((result) => toCandidate(sentence, result, ENGLISH_DATES));
}

describe.each(REJECT_RULES.map((rule) => [rule.id, rule] as const))('reject rule %s', (_id, rule) => {
  it.each(rule.rejects)('rejects the date chrono finds in %s', (sentence) => {
    // the rule itself must fire: chrono finding nothing would make the row pass for nothing
    expect(candidates(sentence).some((candidate) => rule.test(candidate))).toBe(true);
    expect(findTimes(sentence, '2016-04-19').times).toEqual([]);
  });

  it.each(rule.keeps)('keeps the date in %s', (sentence) => {
    expect(candidates(sentence).some((candidate) => !rule.test(candidate))).toBe(true);
    expect(findTimes(sentence, '2016-04-19').times).not.toEqual([]);
  });
});
