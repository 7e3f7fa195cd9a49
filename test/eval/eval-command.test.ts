import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { evalCommand } from '../../src/cli/commands/eval.js';
import { WhosaidError } from '../../src/core/errors.js';

function fakeIo(cwd: string, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (chunk) => out.push(chunk),
    stderr: (chunk) => err.push(chunk),
    readStdin: async () => Buffer.alloc(0),
    isTTY,
    cwd,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const ARTICLE = 'nyt_2016-04-18_tiny';
const TEXT = 'Smith said the plan works.\n\n“It is over,” Jones told reporters.\n';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'whosaid-eval-'));
  const corpus = path.join(root, 'corpus');
  mkdirSync(path.join(corpus, 'text'), { recursive: true });
  mkdirSync(path.join(corpus, 'attributions'));
  writeFileSync(path.join(corpus, 'text', `${ARTICLE}.txt`), TEXT);
  const ann = [
    'T1\tSource 0 5\tSmith',
    'T2\tCue 6 10\tsaid',
    'T3\tContent 11 25\tthe plan works',
    'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
    'T4\tContent 29 39\tIt is over',
    'T5\tSource 42 47\tJones',
    'T6\tCue 48 62\ttold reporters',
    'E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4',
    '',
  ].join('\n');
  writeFileSync(path.join(corpus, 'attributions', `${ARTICLE}_4b22.ann`), ann);
  // A later annotator and a stray file, both to be ignored.
  writeFileSync(path.join(corpus, 'attributions', `${ARTICLE}_ef2d.ann`), 'T1\tCue 0 5\tSmith\nE1\tAttribution:T1 Cue:T1\n');
  writeFileSync(path.join(corpus, 'attributions', 'LONG: Smith'), '4\n');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('whosaid eval polnear', () => {
  it('prints the figures as JSON, with counts and elapsed time', async () => {
    const { io, stdout, stderr } = fakeIo(root);
    expect(await evalCommand(['polnear', 'corpus', '--json'], io)).toBe(0);
    const report = JSON.parse(stdout());
    expect(report).toMatchObject({ corpus: 'polnear', dir: path.join(root, 'corpus') });
    expect(report.counts).toMatchObject({ articles: 1, gold: 2, unannotated: 0, spanMismatches: 0 });
    expect(typeof report.counts.predicted).toBe('number');
    expect(typeof report.elapsedMs).toBe('number');
    for (const family of ['exact', 'overlap']) {
      expect(Object.keys(report[family])).toEqual(['cue', 'source', 'content', 'quote']);
      expect(report[family].quote).toHaveProperty('f1');
    }
    expect(report.exact.quote.gold).toBe(2);
    expect(report.speaker).toEqual({ judged: expect.any(Number), right: expect.any(Number), share: expect.any(Number) });
    expect(stderr()).toBe('');
  });

  it('prints a table by default and progress only on a terminal', async () => {
    const plain = fakeIo(root);
    expect(await evalCommand(['polnear', 'corpus'], plain.io)).toBe(0);
    expect(plain.stdout()).toMatch(/^cue\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}/m);
    expect(plain.stdout()).toMatch(/^quote\s/m);
    expect(plain.stdout()).toMatch(/^speaker\s+\d\.\d{3}\s+right among \d+ paired statements whose gold source names someone$/m);
    expect(plain.stderr()).toBe('');
    const tty = fakeIo(root, true);
    await evalCommand(['polnear', 'corpus'], tty.io);
    expect(tty.stderr()).toContain(`eval 1/1 ${ARTICLE}`);
  });

  it('writes one diagnostic line per article with --errors', async () => {
    const { io } = fakeIo(root);
    await evalCommand(['polnear', 'corpus', '--errors', 'errors.jsonl'], io);
    const lines = readFileSync(path.join(root, 'errors.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ article: ARTICLE, published: '2016-04-18', gold: 2 });
    expect(record.golds.map((g: { event: string }) => g.event)).toEqual(['E1', 'E2']);
    expect(record.golds[1].gold.cue).toEqual({ text: 'told reporters', start: 48, end: 62 });
    expect(record.golds[0]).toHaveProperty('status');
    expect(record.golds[0]).toHaveProperty('nearest');
    expect(Array.isArray(record.unmatchedPredictions)).toBe(true);
  });

  it.each([
    [['polnear', 'missing'], 'E_INPUT_NOT_FOUND', /no such directory/],
    [['polnear', '.'], 'E_INPUT_NOT_FOUND', /not a PolNeAR folder \(no text\/ directory\)/],
    [[], 'E_USAGE', /name a corpus format/],
    [['brat', 'corpus'], 'E_USAGE', /unknown corpus format "brat"/],
    [['polnear'], 'E_USAGE', /no folder/],
    [['polnear', 'corpus', 'extra'], 'E_USAGE', /unexpected argument "extra"/],
    [['polnear', 'corpus', '--limit', '0'], 'E_USAGE', /--limit takes a positive whole number/],
    [['polnear', 'corpus', '--frobnicate'], 'E_USAGE', /Unknown option '--frobnicate'/],
    [['polnear', 'corpus', '--errors', 'no/such/dir/e.jsonl'], 'E_USAGE', /cannot write --errors file/],
  ])('rejects %j with %s', async (argv, code, message) => {
    const { io } = fakeIo(root);
    const failure = await evalCommand(argv, io).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WhosaidError);
    expect(failure).toMatchObject({ code, message: expect.stringMatching(message) });
    expect((failure as WhosaidError).exitCode).toBe(code === 'E_USAGE' ? 2 : 3);
  });

  it('prints its help', async () => {
    const { io, stdout } = fakeIo(root);
    expect(await evalCommand(['--help'], io)).toBe(0);
    expect(stdout()).toContain('Usage: whosaid eval polnear <dir>');
  });
});
