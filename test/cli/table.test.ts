import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/core/span.js';
import type { AnalysisDocument, Statement } from '../../src/core/analysis.js';
import { analyze } from '../../src/analyze.js';
import { contentText, fit } from '../../src/cli/format/grid.js';
import { formatStatementTable } from '../../src/cli/format/table.js';

const TEXT = '"This bridge joins two halves of our town that have lived apart for too long," Mayor Helen Ostrova said. A council official said the vote was close.';

function documentWith(statements: Statement[]): AnalysisDocument {
  return {
    ...analyze(TEXT),
    encoding: 'utf-8',
    actors: [
      { id: 'a1', name: 'Helen Ostrova', kind: 'person', roles: [{ title: 'Mayor', affiliation: 'Eastmere' }], mentions: [spanOf(TEXT, 85, 98)] },
      { id: 'a2', name: 'Eastmere Gazette', kind: 'media', roles: [], mentions: [] },
    ],
    statements,
  };
}

const statement = (overrides: Partial<Statement>): Statement => ({
  id: 's1',
  kind: 'direct',
  speaker: 'a1',
  source: spanOf(TEXT, 85, 98),
  cue: spanOf(TEXT, 99, 103),
  content: spanOf(TEXT, 1, 77),
  contentParts: [spanOf(TEXT, 1, 77)],
  via: 'a2',
  date: { value: '2025-03-04', precision: 'day', basis: 'text' },
  rule: 'test',
  ...overrides,
});

describe('formatStatementTable', () => {
  it('prints one row per statement under a heading, within 120 columns', () => {
    const unresolved = statement({ id: 's2', kind: 'indirect', speaker: null, source: spanOf(TEXT, 105, 123), via: null, date: null });
    const lines = formatStatementTable(documentWith([statement({}), unresolved]), 'bridge.txt').trimEnd().split('\n');
    expect(lines).toEqual([
      'bridge.txt (utf-8): 2 statements, 2 actors',
      'SPEAKER               ROLE                  KIND      CONTENT                                   VIA           DATE',
      'Helen Ostrova         Mayor, Eastmere       direct    This bridge joins two halves of our tow…  Eastmere Ga…  2025-03-04',
      'A council official    -                     indirect  This bridge joins two halves of our tow…  -             -',
    ]);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(120);
  });

  it('shows a content in parts (a quote split by its cue) as its parts joined by " … "', () => {
    // "This bridge joins … town" and "that have lived …" as two parts around the words between
    const split = statement({ content: spanOf(TEXT, 1, 77), contentParts: [spanOf(TEXT, 1, 12), spanOf(TEXT, 37, 41)] });
    const row = formatStatementTable(documentWith([split]), 'bridge.txt').split('\n')[2] ?? '';
    expect(row).toContain('This bridge … town ');
    expect(contentText(split)).toBe('This bridge … town');
    expect(contentText(statement({}))).toBe(TEXT.slice(1, 77));
  });

  it('says when nothing was found', () => {
    expect(formatStatementTable(documentWith([]), 'x.txt')).toBe('x.txt (utf-8): 0 statements, 2 actors\n');
  });
});

describe('fit', () => {
  it.each([
    ['short', 8, 'short   '],
    ['exactly8', 8, 'exactly8'],
    ['one that is too long', 8, 'one tha…'],
    ['line\n\n  break', 12, 'line break  '],
    ['emoji 😀😀😀', 8, 'emoji 😀…'],
  ])('fit(%j, %i) → %j', (value, width, expected) => {
    expect(fit(value, width)).toBe(expected);
  });
});
