/**
 * `whosaid serve` on a real port: it listens, answers over HTTP (the token from the
 * environment), and on SIGTERM stops and closes the store. Bad flags are usage errors.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ERROR_CODES } from '../../src/core/errors.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { fakeIo } from '../cli/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-serve-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('whosaid serve', () => {
  it('serves over HTTP until SIGTERM, then closes the store', async () => {
    vi.stubEnv('WHOSAID_TOKEN', 'from-the-env');
    const io = fakeIo({ cwd: dir });
    const running = main(['serve', '--db', 'api.db', '--port', '0', '--workers', '0'], io);
    await vi.waitFor(() => expect(io.err()).toMatch(/serving/), { timeout: 10_000 });
    const origin = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(io.err())?.[1];
    expect(io.err()).toMatch(/\(writes need the token\)\n$/);
    const payload = JSON.stringify({ articles: [{ text: '“It is done,” the mayor said.', outlet: 'Eastmere Gazette' }] });
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(`${origin}/ingest`, { method: 'POST', body: payload, headers })).status).toBe(401);
    const ingest = await fetch(`${origin}/ingest`, { method: 'POST', body: payload, headers: { ...headers, authorization: 'Bearer from-the-env' } });
    expect(await ingest.json()).toMatchObject({ added: 1 });
    const page = (await (await fetch(`${origin}/statements`)).json()) as { statements: { content: { text: string } }[] };
    expect(page.statements[0]?.content.text).toBe('It is done');
    process.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(io.err()).toMatch(/serve: stopping\n$/);
    await expect(fetch(`${origin}/counts`)).rejects.toThrow();
    // closed cleanly: the WAL was checkpointed away and the store opens again
    expect(existsSync(join(dir, 'api.db-wal'))).toBe(false);
    const store = new SqliteStore(join(dir, 'api.db'));
    expect(store.counts().articles).toBe(1);
    store.close();
  });

  it('refuses a missing or clashing questions file before it listens', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await main(['serve', '--db', 'q.db', '--questions', 'nowhere.yaml'], io)).toBe(ERROR_CODES.E_QUESTIONS.exitCode);
    expect(io.err()).toMatch(/nowhere\.yaml: no such file/);
    const twice = fakeIo({ cwd: process.cwd() });
    const file = 'examples/questions/footbridge.yaml';
    expect(await main(['serve', '--db', join(dir, 'q.db'), '--questions', file, '--questions', file], twice)).toBe(ERROR_CODES.E_QUESTIONS.exitCode);
    expect(twice.err()).toMatch(/id "footbridge" is already used in examples\/questions\/footbridge\.yaml/);
    expect(twice.err()).not.toMatch(/serving/);
  });

  it.each([
    [['serve', '--port', 'http'], /--port expects a port number/],
    [['serve', '--body-limit', 'lots'], /--body-limit: expected a byte count/],
    [['serve', 'extra'], /unexpected argument "extra"/],
  ])('%j is a usage error', async (args, message) => {
    const io = fakeIo({ cwd: dir });
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toMatch(message);
  });
});
