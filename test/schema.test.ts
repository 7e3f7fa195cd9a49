import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { AnalysisDocument } from '../src/core/analysis.js';
import { spanOf } from '../src/core/span.js';
import { schemaErrors } from './helpers/analysis-schema.js';

const EXAMPLE = readFileSync(new URL('../examples/eastmere-bridge.txt', import.meta.url), 'utf8');
const TEXT = '"We will build it," Mayor Helen Ostrova told the Gazette on 4 March 2025.';

/** Every field of the contract filled in, optional ones included: the compiler keeps it complete. */
const FULL: AnalysisDocument = {
  schema: 'whosaid.analysis/1',
  input: 'bridge.txt',
  encoding: 'utf-8',
  article: {
    id: 'a'.repeat(64),
    text: TEXT,
    title: 'Bridge',
    outlet: 'Gazette',
    url: 'https://example.org/bridge',
    language: 'en',
    published: null,
    publishedRange: { earliest: '2025-03-04', latest: null },
  },
  actors: [
    { id: 'a1', name: 'Helen Ostrova', kind: 'person', roles: [{ title: 'Mayor', affiliation: null }], mentions: [spanOf(TEXT, 26, 39)] },
  ],
  statements: [
    {
      id: 's1',
      kind: 'direct',
      speaker: 'a1',
      source: spanOf(TEXT, 20, 39),
      cue: spanOf(TEXT, 40, 44),
      content: spanOf(TEXT, 1, 17),
      contentParts: [spanOf(TEXT, 1, 17)],
      via: null,
      date: { value: '2025-03-04', precision: 'day', basis: 'text' },
      rule: 'attributions/en/said-after-quote',
      stances: [
        {
          question: 'bridge',
          stance: 'conditional',
          confidence: 0.75,
          evidence: spanOf(TEXT, 4, 17),
          conditions: [{ span: spanOf(TEXT, 1, 17), phrase: 'a vote', kind: 'condition' }],
          match: { by: 'content', term: 'build', span: spanOf(TEXT, 9, 14) },
          backend: 'rules',
        },
      ],
    },
  ],
  times: [{ span: spanOf(TEXT, 60, 72), value: '2025-03-04', precision: 'day' }],
  diagnostics: [{ severity: 'info', code: 'test', message: 'a note', span: spanOf(TEXT, 0, 1) }],
};

type Json = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../schema/analysis.schema.json', import.meta.url), 'utf8')) as Json;
const defs = schema['$defs'] as Record<string, Json>;

describe('schema/analysis.schema.json', () => {
  it.each([
    ['the bundled example', EXAMPLE],
    ['an empty text', ''],
    ['a quote with its speaker', TEXT],
    ['unbalanced quote marks', '“He said «no” and "then\n\nleft'],
  ])('accepts what analyze() returns for %s', (_label, text) => {
    expect(schemaErrors(analyze(text, { published: '2025-03-04', title: 'T' }))).toEqual([]);
  });

  it('accepts a document with every field filled in', () => {
    expect(schemaErrors(FULL)).toEqual([]);
  });

  it.each([
    ['document', schema, FULL],
    ['article', defs['article'], FULL.article],
    ['actor', defs['actor'], FULL.actors[0]],
    ['statement', defs['statement'], FULL.statements[0]],
    ['time mention', defs['timeMention'], FULL.times[0]],
    ['diagnostic', defs['diagnostic'], FULL.diagnostics[0]],
    ['stance', defs['stance'], FULL.statements[0]?.stances?.[0]],
    ['stance condition', defs['stanceCondition'], FULL.statements[0]?.stances?.[0]?.conditions[0]],
    ['question match', defs['questionMatch'], FULL.statements[0]?.stances?.[0]?.match],
  ])('describes exactly the fields of the %s type', (_label, definition, sample) => {
    expect(Object.keys((definition as Json)['properties'] as Json).sort()).toEqual(Object.keys(sample as object).sort());
  });

  it.each([
    ['a negative start', { start: -1, end: 4, text: '"We ' }],
    ['a fractional offset', { start: 1.5, end: 4, text: 'We' }],
    ['a span without text', { start: 1, end: 3 }],
    ['an offset given as a string', { start: '1', end: 3, text: 'We' }],
    ['a span with an extra field', { start: 1, end: 3, text: 'We', rule: 'x' }],
  ])('rejects a statement content with %s', (_label, content) => {
    const statement = { ...FULL.statements[0], content };
    expect(schemaErrors({ ...FULL, statements: [statement] })).not.toEqual([]);
  });

  it.each([
    ['an unknown statement kind', { ...FULL, statements: [{ ...FULL.statements[0], kind: 'quoted' }] }],
    ['an unknown actor kind', { ...FULL, actors: [{ ...FULL.actors[0], kind: 'robot' }] }],
    ['a missing required field', { ...FULL, times: undefined }],
    ['an unknown top-level field', { ...FULL, extra: true }],
    ['another schema version', { ...FULL, schema: 'whosaid.analysis/2' }],
    ['a date value that is not a date', { ...FULL, times: [{ ...FULL.times[0], value: 'March' }] }],
    ['an unknown stance', { ...FULL, statements: [{ ...FULL.statements[0], stances: [{ ...FULL.statements[0]?.stances?.[0], stance: 'maybe' }] }] }],
    ['a confidence above 1', { ...FULL, statements: [{ ...FULL.statements[0], stances: [{ ...FULL.statements[0]?.stances?.[0], confidence: 1.5 }] }] }],
  ])('rejects %s', (_label, document) => {
    expect(schemaErrors(JSON.parse(JSON.stringify(document)))).not.toEqual([]);
  });
});
