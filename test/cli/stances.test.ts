import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { main } from '../../src/cli/main.js';
import { schemaErrors } from '../helpers/analysis-schema.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-stances-'));
const ARTICLE = [
  'Defence Minister Ada Korvel said on Monday that troops would go to Kestria only after a ceasefire.',
  '“We rule out new taxes,” Finance Minister Olek Brand said.',
  '',
].join('\n');
writeFileSync(join(dir, 'article.txt'), ARTICLE);
writeFileSync(join(dir, 'questions.yaml'), 'questions:\n  - id: troops\n    target: Should the Union send troops to Kestria?\n    descriptors: [ground forces, peacekeepers]\n');
writeFileSync(join(dir, 'questions.json'), '{"questions": [{"id": "troops", "target": "Should the Union send troops?", "descriptors": "troops"}]}');

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function run(args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

describe('whosaid analyze with questions', () => {
  it('adds stances from a questions file to each statement of the JSON document', async () => {
    const { code, stdout, stderr } = await run(['analyze', '--json', '--questions', 'questions.yaml', 'article.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const document = JSON.parse(stdout) as AnalysisDocument;
    expect(schemaErrors(document)).toEqual([]);
    expect(document.statements.map((s) => (s.stances ?? []).map((t) => [t.question, t.stance, t.conditions.map((c) => c.phrase)]))).toEqual([
      [['troops', 'conditional', ['a ceasefire']]],
      [],
    ]);
  });

  it('takes one question as a sentence and shows a STANCE column', async () => {
    const { code, stdout } = await run(['analyze', '--question', 'Should the Union send troops to Kestria?', 'article.txt']);
    expect(code).toBe(0);
    const [, header, first, second] = stdout.split('\n');
    expect(header).toMatch(/ STANCE$/);
    expect(first).toMatch(/ conditional \(a ceasefire\)$/);
    expect(second).toMatch(/ -$/);
  });

  it('keeps documents without questions free of stances', async () => {
    const { stdout } = await run(['analyze', '--json', 'article.txt']);
    const document = JSON.parse(stdout) as AnalysisDocument;
    expect(document.statements.every((s) => !('stances' in s))).toBe(true);
  });

  it.each([
    [['--questions', 'missing.yaml'], 3, /^whosaid: missing\.yaml: no such file\n$/],
    [['--questions', 'questions.json'], 3, /^whosaid: questions\.json: questions\[0\]: "descriptors" must be a list of non-empty strings\n$/],
    [['--question', 'Why?'], 3, /^whosaid: --question: "Why\?" has no noun phrase/],
    [['--question', ' '], 2, /--question needs the question as a sentence/],
    [['--stance-model', 'm1'], 2, /need --questions FILE or --question TEXT/],
    [['--question', 'Should the Union send troops?', '--stance-model', 'm1'], 2, /needs both a URL \(--stance-url or WHOSAID_STANCE_URL\)/],
    [['--question', 'Should the Union send troops?', '--stance-url', 'ftp://x', '--stance-model', 'm1'], 2, /must be http or https/],
  ])('refuses %j with one line and exit %i', async (args, exit, message) => {
    const { code, stdout, stderr } = await run(['analyze', ...args, 'article.txt']);
    expect({ code, stdout }).toEqual({ code: exit, stdout: '' });
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads the model from the environment only when asked', async () => {
    vi.stubEnv('WHOSAID_STANCE_MODEL', 'm1');
    const { code, stderr } = await run(['analyze', '--question', 'Should the Union send troops?', 'article.txt']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/needs both a URL/);
  });
});
