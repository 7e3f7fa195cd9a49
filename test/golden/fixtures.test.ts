/**
 * Golden fixtures of our own: each folder under test/fixtures/<lang>/ is one short synthetic
 * article pinning one behaviour, named for it:
 *
 *   article.txt    the exact input (UTF-8, LF)
 *   meta.json      { "published": "YYYY-MM-DD" | null, "origin": "synthetic" }
 *   expected.json  what the analysis must contain, in the format of the founding article's
 *                  expected.json (see test/helpers/expect-analysis.ts)
 *
 * The article is analysed in the folder's language with `published` from meta.json and checked
 * like the seed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { goldenTests, parseExpected } from '../helpers/expect-analysis.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

interface Meta {
  readonly published: string | null;
  readonly origin: string;
}

function parseMeta(json: unknown, file: string): Meta {
  const m = json as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof m !== 'object' || m === null) throw new Error(`${file}: not an object`);
  for (const key of Object.keys(m)) if (!['published', 'origin'].includes(key)) problems.push(`${file}: unknown field "${key}"`);
  if (!(m['published'] === null || (typeof m['published'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m['published'])))) {
    problems.push(`${file}: published must be YYYY-MM-DD or null`);
  }
  if (typeof m['origin'] !== 'string') problems.push(`${file}: origin must say where the text comes from`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return m as unknown as Meta;
}

function dirs(url: URL): string[] {
  const path = fileURLToPath(url);
  return readdirSync(path)
    .filter((name) => statSync(`${path}/${name}`).isDirectory())
    .sort();
}

const cases = dirs(FIXTURES).flatMap((lang) => dirs(new URL(`${lang}/`, FIXTURES)).map((name) => ({ lang, name })));

describe('golden fixtures', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const { lang, name } of cases) {
    const dir = new URL(`${lang}/${name}/`, FIXTURES);
    const text = readFileSync(new URL('article.txt', dir), 'utf8');
    const meta = parseMeta(JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')), `${lang}/${name}/meta.json`);
    const expected = parseExpected(JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')), `${lang}/${name}/expected.json`);

    let document: AnalysisDocument | undefined;
    const analysis = (): AnalysisDocument => (document ??= analyze(text, { published: meta.published, language: lang }));

    describe(`${lang}/${name}`, () => {
      it('is a synthetic LF text we may commit', () => {
        expect(meta.origin).toBe('synthetic');
        expect(text).not.toContain('\r');
        expect(text.trim().length).toBeGreaterThan(0);
      });
      goldenTests(analysis, expected);
    });
  }
});
