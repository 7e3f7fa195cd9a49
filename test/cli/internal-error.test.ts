import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from './fake-io.js';

// A bug in the extractor, simulated for one article only, so the batch behaviour shows.
vi.mock('../../src/analyze.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analyze.js')>();
  return {
    analyze: (text: string, options: object) => {
      if (text.includes('BUG')) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return original.analyze(text, options);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bug-'));
writeFileSync(join(dir, 'bug.txt'), 'BUG');
writeFileSync(join(dir, 'fine.txt'), 'Fine, she said.');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('an unexpected error', () => {
  it('is one line naming the input, exit 1, and the rest of the batch still runs', async () => {
    const io = fakeIo({ cwd: dir });
    const code = await main(['analyze', '--jsonl', 'bug.txt', 'fine.txt'], io);
    expect(code).toBe(1);
    expect(io.err().split('\n')[0]).toBe("whosaid: internal error: bug.txt: Cannot read properties of undefined (reading 'start')");
    expect(io.err()).toMatch(/\nwhosaid: 2 inputs, 1 analysed, 1 failed, \d+ statements\n$/);
    expect(io.out().trimEnd().split('\n')).toHaveLength(1);
  });

  it('shows its stack trace only with WHOSAID_DEBUG=1', async () => {
    vi.stubEnv('WHOSAID_DEBUG', '1');
    const io = fakeIo({ cwd: dir });
    await main(['analyze', 'bug.txt'], io);
    expect(io.err()).toMatch(/^whosaid: internal error: .*\nTypeError: .*\n\s+at /);
  });
});
