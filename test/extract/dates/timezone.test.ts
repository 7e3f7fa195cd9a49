import { afterEach, describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/extract/dates/index.js';

// Node reads TZ again whenever it is assigned, so one process can try several zones.
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const TEXT = [
  'He spoke last night and yesterday, and again on Tuesday.',
  'Sales grew this month, last month, earlier this year and in 2014.',
  'The vote on 31 December will follow the 1 January talks.',
].join(' ');

function run(tz: string) {
  process.env.TZ = tz;
  return ['2015-12-31', '2016-01-01', '2016-04-19'].map((published) => findTimes(TEXT, published));
}

describe('findTimes and the machine time zone', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Australia/Lord_Howe'])(
    'gives in %s what it gives in UTC',
    (tz) => {
      expect(run(tz)).toEqual(run('UTC'));
    },
  );
});
