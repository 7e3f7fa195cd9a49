import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { main } from '../../src/cli/main.js';
import { schemaErrors } from '../helpers/analysis-schema.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
const ARTICLE = '"We will build it," Mayor Helen Ostrova said on Tuesday.\n';
writeFileSync(join(dir, 'article.txt'), ARTICLE);
writeFileSync(join(dir, 'second.txt'), 'According to a council official, the vote was close.\n');
writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0x93, 0x4e, 0x6f, 0x94, 0x2c, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x52, 0x65, 0x6e, 0xe9, 0x2e]));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
mkdirSync(join(dir, 'folder'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

async function run(args: string[], options: { stdin?: string | Buffer; isTTY?: boolean } = {}) {
  const io = fakeIo({ cwd: dir, ...options });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const parseLines = (stdout: string): AnalysisDocument[] =>
  stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as AnalysisDocument);

describe('whosaid analyze, good input', () => {
  it('prints a table for a text file', async () => {
    const { code, stdout, stderr } = await run(['analyze', 'article.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^article\.txt \(utf-8\): \d+ statements?, \d+ actors?\n/);
  });

  it('reads standard input for "-"', async () => {
    const { code, stdout } = await run(['analyze', '--jsonl', '-'], { stdin: ARTICLE });
    expect(code).toBe(0);
    const [document] = parseLines(stdout);
    expect(document).toMatchObject({ input: '-', encoding: 'utf-8', article: { text: ARTICLE } });
  });

  it('prints with --json one document that the schema accepts, with the metadata flags applied', async () => {
    const args = ['--published', '2025-03-04', '--title', 'Bridge', '--outlet', 'Gazette', '--url', 'https://example.org/b'];
    const { code, stdout } = await run(['analyze', '--json', ...args, 'article.txt']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as AnalysisDocument;
    expect(schemaErrors(document)).toEqual([]);
    expect(document).toMatchObject({ schema: 'whosaid.analysis/1', input: 'article.txt', encoding: 'utf-8' });
    expect(document.article).toMatchObject({ title: 'Bridge', outlet: 'Gazette', url: 'https://example.org/b', published: '2025-03-04' });
  });

  it('prints with --jsonl one line per input, each naming its input', async () => {
    const { code, stdout } = await run(['analyze', '--jsonl', 'article.txt', 'second.txt']);
    expect(code).toBe(0);
    const documents = parseLines(stdout);
    expect(documents.map((d) => d.input)).toEqual(['article.txt', 'second.txt']);
    for (const document of documents) expect(schemaErrors(document)).toEqual([]);
  });

  it('decodes Windows-1252 and says so', async () => {
    const { stdout } = await run(['analyze', '--json', 'cp1252.txt']);
    expect(JSON.parse(stdout)).toMatchObject({ encoding: 'windows-1252', article: { text: '“No”, said René.' } });
  });

  it.each(['empty.txt', 'blank.txt'])('gives %s an empty result and a warning, exit 0', async (name) => {
    const { code, stdout, stderr } = await run(['analyze', '--json', name]);
    expect(code).toBe(0);
    expect(stderr).toBe(`whosaid: warning: ${name}: the input is empty: nothing to analyse\n`);
    const document = JSON.parse(stdout) as AnalysisDocument;
    expect(document.statements).toEqual([]);
    expect(document.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'empty-input' });
    expect(schemaErrors(document)).toEqual([]);
  });
});

describe('whosaid analyze, bad input: one line on stderr, exit 3, nothing on stdout', () => {
  it.each([
    ['a missing path', ['missing.txt'], 'whosaid: missing.txt: no such file\n'],
    ['a directory', ['folder'], 'whosaid: folder: is a directory; name the files inside it instead\n'],
    ['a binary file', ['image.png'], 'whosaid: image.png: binary data, not text\n'],
    [
      'input above --max-bytes',
      ['--max-bytes', '10', 'article.txt'],
      `whosaid: article.txt: input of ${Buffer.byteLength(ARTICLE)} bytes is above the size limit of 10 bytes; raise it with --max-bytes N or WHOSAID_MAX_BYTES=N (e.g. 64M)\n`,
    ],
  ])('%s', async (_label, args, stderr) => {
    expect(await run(['analyze', ...args])).toEqual({ code: 3, stdout: '', stderr });
  });

  it('takes the limit from WHOSAID_MAX_BYTES, and the flag over it', async () => {
    vi.stubEnv('WHOSAID_MAX_BYTES', '10');
    expect((await run(['analyze', 'article.txt'])).code).toBe(3);
    expect((await run(['analyze', '--max-bytes', '1k', 'article.txt'])).code).toBe(0);
  });

  it('analyses the good files of a batch and still exits non-zero', async () => {
    const { code, stdout, stderr } = await run(['analyze', '--jsonl', 'article.txt', 'missing.txt', 'folder', 'second.txt']);
    expect(code).toBe(3);
    expect(parseLines(stdout).map((d) => d.input)).toEqual(['article.txt', 'second.txt']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      'whosaid: missing.txt: no such file',
      'whosaid: folder: is a directory; name the files inside it instead',
      expect.stringMatching(/^whosaid: 4 inputs, 2 analysed, 2 failed, \d+ statements$/),
    ]);
  });
});

describe('whosaid usage', () => {
  it.each([
    [['analyze'], 'whosaid: analyze: no input; name one or more files, or - for standard input\n'],
    [['analyze', '--colour', 'a.txt'], "whosaid: analyze: Unknown option '--colour'; see whosaid analyze --help\n"],
    [['analyze', '--json', 'a.txt', 'b.txt'], 'whosaid: analyze: --json takes one input; use --jsonl for several\n'],
    [['analyze', '--json', '--jsonl', 'a.txt'], 'whosaid: analyze: choose one of --json and --jsonl\n'],
    [['analyze', '--published', '2025-02-30', 'a.txt'], 'whosaid: analyze: --published expects a date as YYYY-MM-DD, got "2025-02-30"; see whosaid analyze --help\n'],
    [['analyze', '--max-bytes', 'lots', 'a.txt'], 'whosaid: --max-bytes: expected a byte count such as 5000, 512k or 64M, got "lots"\n'],
    [['analyze', '-', '-'], 'whosaid: analyze: standard input (-) can be read only once\n'],
    [['translate'], 'whosaid: unknown command "translate"; see whosaid --help\n'],
  ])('%j is a usage error, exit 2', async (args, stderr) => {
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('prints the usage on stderr and exits 2 without a command', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: whosaid <command>');
  });

  it.each([[['--help']], [['analyze', '--help']]])('%j prints help on stdout, exit 0', async (args) => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: whosaid/);
  });

  it('prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('progress', () => {
  it('is drawn on a terminal for a batch, and erased before output', async () => {
    const { stderr } = await run(['analyze', 'article.txt', 'second.txt'], { isTTY: true });
    expect(stderr).toContain('[2/2] second.txt');
    // erased, then the batch's closing summary
    expect(stderr).toMatch(/\r\u001b\[Kwhosaid: 2 inputs, 2 analysed, 0 failed, \d+ statements\n$/);
  });

  it('is never drawn off a terminal, where only the summary is printed', async () => {
    const { stderr } = await run(['analyze', 'article.txt', 'second.txt'], { isTTY: false });
    expect(stderr).toMatch(/^whosaid: 2 inputs, 2 analysed, 0 failed, \d+ statements\n$/);
  });
});
