import { describe, expect, it } from 'vitest';
import { absoluteUrl, mergeMetadata, normalizeAuthors, normalizeDate, normalizeLanguage } from '../../src/ingest/metadata.js';

describe('normalizeDate', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04T23:30:00-05:00', '2025-03-04'], // the date where it was written, not in UTC
    ['2025-03-04T01:30:00+09:00', '2025-03-04'],
    ['2025-03-04 09:00:00', '2025-03-04'], // news-please
    ['2025/3/4', '2025-03-04'],
    ['20250304', '2025-03-04'],
    ['20250304T090000Z', '2025-03-04'],
    ['Tue, 04 Mar 2025 21:45:00 -0500', '2025-03-04'], // RFC 822
    ['4 Mar 25 09:00 GMT', '2025-03-04'],
    ['Tuesday, 4 March 2025', '2025-03-04'],
    ['March 4, 2025', '2025-03-04'],
    ['Sept. 30th, 2024', '2024-09-30'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each([['2025-02-30'], ['2025-13-01'], ['yesterday'], [''], ['  '], ['4 Smarch 2025'], ['12345678901']])(
    'refuses %j',
    (input) => {
      expect(normalizeDate(input)).toBeNull();
    },
  );

  it('ignores non-strings', () => {
    expect(normalizeDate({ date: '2025-03-04' })).toBeNull();
    expect(normalizeDate(null)).toBeNull();
  });
});

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr_FR', 'fr'],
    ['EN-us', 'en'],
    ['gsw', 'gsw'],
    ['und', null],
    ['English', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLanguage(input)).toBe(expected);
  });
});

describe('normalizeAuthors', () => {
  it.each([
    ['By Ana Ruiz and Tom Hale', ['Ana Ruiz', 'Tom Hale']],
    ['Claire Dumas; Luc Martin', ['Claire Dumas', 'Luc Martin']],
    ['Ana Ruiz, health reporter', ['Ana Ruiz, health reporter']],
    [['Ana Ruiz', { '@type': 'Person', name: 'Tom Hale' }, { name: 'ana ruiz' }], ['Ana Ruiz', 'Tom Hale']],
    [{ '@type': 'Organization', name: 'Eastmere Gazette Staff' }, ['Eastmere Gazette Staff']],
    ['https://social.example/ana', []],
    [42, []],
  ])('%j → %j', (input, expected) => {
    expect(normalizeAuthors(input)).toEqual(expected);
  });
});

describe('absoluteUrl', () => {
  it('resolves against a base and keeps only http(s)', () => {
    expect(absoluteUrl('/a', 'https://gazette.example/x/y')).toBe('https://gazette.example/a');
    expect(absoluteUrl('/a')).toBeNull();
    expect(absoluteUrl('javascript:alert(1)')).toBeNull();
    expect(absoluteUrl('mailto:desk@gazette.example')).toBeNull();
  });
});

describe('mergeMetadata', () => {
  it('takes each field from the first layer that has it, and authors from the first that names any', () => {
    expect(
      mergeMetadata(
        { title: 'A', published: null, authors: [] },
        { title: 'B', published: '2025-03-04', outlet: 'Gazette', authors: ['Ana Ruiz'] },
        { language: 'en', authors: ['Tom Hale'] },
      ),
    ).toEqual({ title: 'A', outlet: 'Gazette', url: null, published: '2025-03-04', language: 'en', authors: ['Ana Ruiz'] });
  });
});
