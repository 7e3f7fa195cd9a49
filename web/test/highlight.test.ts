/** Highlight segments and the API helpers of the web app: pure functions, no DOM. */
import { describe, expect, it } from 'vitest';
import { exportUrl, filterParams, networkUrl, NO_FILTERS, parseFilters, statementsUrl, type Statement } from '../src/api.js';
import { actorHue, marksOf, segments, type Mark } from '../src/highlight.js';
import { parseRoute } from '../src/router.js';

const TEXT = '“We do not rule out any option,” Jean-Noël Barrot told the BBC.';
const span = (text: string, piece: string, from = 0) => {
  const start = text.indexOf(piece, from);
  return { start, end: start + piece.length, text: piece };
};
const STATEMENT: Statement = {
  id: 'S1',
  kind: 'direct',
  speaker: 'A1',
  source: span(TEXT, 'Jean-Noël Barrot'),
  cue: span(TEXT, 'told'),
  content: span(TEXT, 'We do not rule out any option,'),
  contentParts: [span(TEXT, 'We do not rule out any option,')],
  via: 'A2',
  date: null,
  rule: 'test',
};

describe('segments', () => {
  it('cuts the text at every span and keeps it whole', () => {
    const parts = segments(TEXT, marksOf([STATEMENT]));
    expect(parts.map((p) => p.text).join('')).toBe(TEXT);
    const marked = parts.filter((p) => p.mark !== null).map((p) => [p.mark?.role, p.text]);
    expect(marked).toEqual([['content', 'We do not rule out any option,'], ['speaker', 'Jean-Noël Barrot'], ['cue', 'told']]);
  });

  it('gives overlapping marks to the chosen statement, else to the innermost', () => {
    const outer: Mark = { start: 0, end: 10, role: 'content', statement: 'S1', actor: 'A1' };
    const inner: Mark = { start: 2, end: 4, role: 'speaker', statement: 'S2', actor: 'A2' };
    const text = 'abcdefghijkl';
    expect(segments(text, [outer, inner]).map((p) => [p.text, p.mark?.statement ?? null])).toEqual([
      ['ab', 'S1'], ['cd', 'S2'], ['efghij', 'S1'], ['kl', null],
    ]);
    expect(segments(text, [outer, inner], 'S1').map((p) => [p.text, p.mark?.statement ?? null])).toEqual([
      ['abcdefghij', 'S1'], ['kl', null],
    ]);
  });

  it('drops marks outside the text or empty, and handles an empty text', () => {
    const bad: Mark[] = [{ start: 5, end: 99, role: 'content', statement: 'S1', actor: null }, { start: 3, end: 3, role: 'cue', statement: 'S1', actor: null }];
    expect(segments('short', bad)).toEqual([{ start: 0, end: 5, text: 'short', mark: null }]);
    expect(segments('', [])).toEqual([]);
  });

  it('colours an actor the same way every time, and none for an unknown speaker', () => {
    expect(actorHue('A12')).toBe(actorHue('A12'));
    expect(actorHue('A12')).not.toBe(actorHue('A13'));
    expect(actorHue(null)).toBeNull();
  });
});

describe('filters and routes', () => {
  it('sends only the filters that are set, and reads them back', () => {
    const filters = { ...NO_FILTERS, speaker: ' Barrot ', kind: 'direct' as const, anonymous: true, since: '2024-11-01' };
    expect(filterParams(filters).toString()).toBe('speaker=Barrot&kind=direct&since=2024-11-01&anonymous=true');
    expect(parseFilters(filterParams(filters).toString())).toEqual({ ...filters, speaker: 'Barrot' });
    expect(statementsUrl(NO_FILTERS, 'CUR')).toBe('/statements?limit=50&after=CUR');
    expect(exportUrl({ ...NO_FILTERS, outlet: 'Le Monde' })).toBe('/export?outlet=Le+Monde&format=csv');
    expect(parseFilters('kind=nonsense&zzz=1')).toEqual(NO_FILTERS);
    // the order is sent only when it is not the default, and the export follows it
    expect(filterParams({ ...NO_FILTERS, order: 'newest' }).toString()).toBe('order=newest');
    expect(parseFilters('order=newest').order).toBe('newest');
    expect(parseFilters('order=sideways').order).toBe('oldest');
    expect(exportUrl({ ...NO_FILTERS, order: 'newest' })).toBe('/export?order=newest&format=csv');
    // the network view keeps the days of the filters and asks for a bounded graph
    expect(networkUrl({ ...filters, until: '2025-01-31' })).toBe('/network?since=2024-11-01&until=2025-01-31&limit=150');
  });

  it('routes the statements and article views', () => {
    expect(parseRoute('/', '')).toEqual({ view: 'dashboard', search: '' });
    expect(parseRoute('/app/', '?question=Why%3F')).toEqual({ view: 'dashboard', search: '?question=Why%3F' });
    expect(parseRoute('/app/paste', '')).toEqual({ view: 'paste' });
    expect(parseRoute('/app/actors/A%2012', '')).toEqual({ view: 'actor', id: 'A 12' });
    expect(parseRoute('/app/statements', '?speaker=X')).toEqual({ view: 'statements', search: '?speaker=X' });
    expect(parseRoute('/app/network', '?since=2025-03-01')).toEqual({ view: 'network', search: '?since=2025-03-01' });
    expect(parseRoute('/app/articles/ab%20c', '?statement=S3')).toEqual({ view: 'article', id: 'ab c', statement: 'S3' });
    expect(parseRoute('/app/nope', '')).toMatchObject({ view: 'missing' });
  });
});
