import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput, type ReadInputOptions } from '../../src/ingest/read-input.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-read-'));
writeFileSync(join(dir, 'a.txt'), 'Hello.');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (overrides: Partial<ReadInputOptions> = {}): ReadInputOptions => ({
  cwd: dir,
  maxBytes: 1024,
  readStdin: () => Promise.resolve(Buffer.from('from stdin')),
  ...overrides,
});

describe('readInput', () => {
  it('reads a path relative to cwd', async () => {
    expect((await readInput('a.txt', options())).toString()).toBe('Hello.');
  });

  it('reads standard input for "-"', async () => {
    expect((await readInput('-', options())).toString()).toBe('from stdin');
  });

  it.each([
    ['a missing file', 'missing.txt', 'E_INPUT_NOT_FOUND', 'missing.txt: no such file'],
    ['a path through a file', 'a.txt/inner', 'E_INPUT_NOT_FOUND', 'a.txt/inner: no such file'],
    ['a directory', '.', 'E_INPUT_IS_DIRECTORY', '.: is a directory; name the files inside it instead'],
  ])('refuses %s', async (_label, name, code, message) => {
    await expect(readInput(name, options())).rejects.toMatchObject({ code, message });
  });

  it('refuses a file above the limit, saying how to raise it', async () => {
    await expect(readInput('a.txt', options({ maxBytes: 5 }))).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
      message:
        'a.txt: input of 6 bytes is above the size limit of 5 bytes; raise it with --max-bytes N or WHOSAID_MAX_BYTES=N (e.g. 64M)',
    });
  });

  it('accepts a file exactly at the limit', async () => {
    expect((await readInput('a.txt', options({ maxBytes: 6 }))).length).toBe(6);
  });

  it('refuses oversize standard input', async () => {
    await expect(readInput('-', options({ maxBytes: 3 }))).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
  });

  it('reports a failing standard input as unreadable', async () => {
    const readStdin = () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    await expect(readInput('-', options({ readStdin }))).rejects.toMatchObject({
      code: 'E_INPUT_UNREADABLE',
      message: 'standard input: cannot be read (EIO: i/o error, read)',
    });
  });

  it.runIf(existsSync('/dev/zero'))('stops reading an endless device at the limit', async () => {
    await expect(readInput('/dev/zero', options({ maxBytes: 4096 }))).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
      message: expect.stringMatching(/^\/dev\/zero: input is above the size limit of 4 KiB; raise it/),
    });
  });
});
