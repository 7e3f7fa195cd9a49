import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/extract/dates/index.js';

const seedDir = fileURLToPath(new URL('../../../../shared/seed/', import.meta.url));
const textPath = `${seedDir}european-troops-ukraine.txt`;
const present = existsSync(textPath) && existsSync(`${seedDir}expected.json`);

interface SeedExpectation {
  readonly dates: readonly { text: string; value: string }[];
  readonly published_earliest: string;
}

describe.skipIf(!present)('seed article (skipped: ../shared/seed is not next to the repo)', () => {
  const text = present ? readFileSync(textPath, 'utf8') : '';
  const expected = present ? (JSON.parse(readFileSync(`${seedDir}expected.json`, 'utf8')) as SeedExpectation) : null;
  const found = findTimes(text, null);

  it('finds every expected date with its value', () => {
    const values = found.times.map((time) => ({ text: time.span.text, value: time.value }));
    for (const date of expected?.dates ?? []) expect(values).toContainEqual(date);
  });

  it('gives "earlier this year" year precision', () => {
    expect(found.times.find((time) => time.span.text === 'earlier this year')?.precision).toBe('year');
  });

  it('infers the earliest publication date', () => {
    expect(found.publishedRange?.earliest).toBe(expected?.published_earliest);
    expect(found.publishedRange?.latest).toBeNull();
  });
});
