/**
 * The built command as users run it: a real process, real stdin, real exit codes. The rest of
 * the CLI behaviour is tested in process (analyze.test.ts); this file checks the wiring.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/analysis-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-bin-'));

beforeAll(() => {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function whosaid(args: string[], input?: string) {
  const env = { ...process.env };
  delete env['WHOSAID_MAX_BYTES'];
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(root, 'bin/whosaid.js'), ...args], {
    cwd: root,
    env,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

describe('bin/whosaid.js', () => {
  it('analyses the bundled example as a table', () => {
    const { code, stdout, stderr } = whosaid(['analyze', 'examples/eastmere-bridge.txt']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^examples\/eastmere-bridge\.txt \(utf-8\): \d+ statements?/);
  });

  it('reads standard input and prints a valid document', () => {
    const { code, stdout } = whosaid(['analyze', '--json', '-'], '"Yes," said Councillor Ana Vidal.');
    expect(code).toBe(0);
    const document: unknown = JSON.parse(stdout);
    expect(document).toMatchObject({ input: '-', encoding: 'utf-8' });
    expect(schemaErrors(document)).toEqual([]);
  });

  it('reports a missing file in one line, exit 3, no stack trace', () => {
    expect(whosaid(['analyze', 'no-such-file.txt'])).toMatchObject({
      code: 3,
      stdout: '',
      stderr: 'whosaid: no-such-file.txt: no such file\n',
    });
  });

  it('refuses a 50 MB file at once with the default limit, saying how to raise it', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'lorem ipsum. '));
    const { code, stdout, stderr, ms } = whosaid(['analyze', big]);
    expect({ code, stdout }).toEqual({ code: 3, stdout: '' });
    expect(stderr).toBe(
      `whosaid: ${big}: input of 50 MiB is above the size limit of 10 MiB; raise it with --max-bytes N or WHOSAID_MAX_BYTES=N (e.g. 64M)\n`,
    );
    expect(ms).toBeLessThan(5_000);
  });

  it('ingests the bundled examples on worker threads, the same store as in process', () => {
    const db = join(dir, 'workers.db');
    const first = whosaid(['ingest', '--db', db, '--workers', '2', '--json', 'examples']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ items: 7, added: 7, failed: 0 });
    const inProcess = join(dir, 'in-process.db');
    expect(whosaid(['ingest', '--db', inProcess, '--workers', '0', 'examples']).code).toBe(0);
    const statements = (file: string) => whosaid(['statements', '--db', file, '--json']).stdout;
    expect(statements(db)).toBe(statements(inProcess));
    expect(whosaid(['ingest', '--db', db, 'examples']).stderr).toMatch(/7 unchanged/);
  });
});
