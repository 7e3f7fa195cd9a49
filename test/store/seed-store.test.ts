/**
 * The founding article through the store: ingested with the CLI, read back as an analysis
 * document, it must still satisfy every item of ../shared/seed/expected.json — storing loses
 * nothing — and the queries must find Barrot's BBC interview and the anonymous sourcing.
 * Skipped without ../shared.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { OutletSourcing, StoredStatement } from '../../src/store/store.js';
import { fakeIo } from '../cli/fake-io.js';
import { goldenTests, parseExpected, type ExpectedAnalysis } from '../helpers/expect-analysis.js';

const SEED_DIR = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
const present = existsSync(join(SEED_DIR, 'expected.json'));
const expected: ExpectedAnalysis | null = present
  ? parseExpected(JSON.parse(readFileSync(join(SEED_DIR, 'expected.json'), 'utf8')), 'seed/expected.json')
  : null;
const dir = mkdtempSync(join(tmpdir(), 'whosaid-seed-store-'));
const db = join(dir, 'seed.db');

async function run(args: string[]) {
  const io = fakeIo({ cwd: dir });
  const code = await main([...args, '--db', db], io);
  return { code, stdout: io.out(), stderr: io.err() };
}

let stored: AnalysisDocument | undefined;

describe.skipIf(!present)(`the founding article in the store${present ? '' : ' (skipped: ../shared/seed is absent)'}`, () => {
  beforeAll(async () => {
    const article = join(SEED_DIR, expected?.article ?? 'european-troops-ukraine.txt');
    expect((await run(['ingest', '--outlet', 'Le Monde', article])).code).toBe(0);
    const store = new SqliteStore(db);
    const [first] = store.statements({ limit: 1 }).statements;
    stored = store.article(first?.article.id ?? '')?.document;
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds Barrot’s “We do not rule out any option.” via the BBC on 23 November 2024', async () => {
    const statements = JSON.parse((await run(['statements', '--json', '--speaker', 'Jean-Noel Barrot', '--kind', 'direct'])).stdout) as StoredStatement[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        speakerName: 'Jean-Noël Barrot',
        viaName: 'BBC',
        content: expect.objectContaining({ text: 'We do not rule out any option.' }),
        date: expect.objectContaining({ value: '2024-11-23' }),
        article: expect.objectContaining({ outlet: 'Le Monde' }),
      }),
    );
  });

  it('shows who relies on anonymous sources', async () => {
    const anonymous = JSON.parse((await run(['statements', '--json', '--anonymous'])).stdout) as StoredStatement[];
    expect(anonymous.map((s) => s.speakerName?.toLowerCase())).toEqual(expect.arrayContaining(['informed sources', 'a british military source']));
    const [leMonde] = JSON.parse((await run(['sources', '--json'])).stdout) as OutletSourcing[];
    expect(leMonde?.anonymousShare).toBeGreaterThan(0);
  });

  if (expected) goldenTests(() => {
    if (stored === undefined) throw new Error('the article was not stored');
    return stored;
  }, expected);
});
