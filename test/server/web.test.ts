/**
 * The web app beside the API: `/` and client routes under `/app/` answer index.html, bundled
 * assets are served with their types, nothing outside the build folder is reachable, and the API
 * (its routes and its JSON 404) is unchanged. Runs on a small fake build, not the real one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './app.js';

const INDEX = '<!doctype html><title>whosaid</title><script type="module" src="/assets/app-1.js"></script>';
let dir: string;
let server: TestServer;
let bare: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  writeFileSync(join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'app-1.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  [server, bare] = await Promise.all([testServer({ webRoot: dir }), testServer({ webRoot: null, story: false })]);
});
afterAll(async () => {
  await Promise.all([server.close(), bare.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('the web app', () => {
  it('answers index.html at / and at every client route, with a strict CSP', async () => {
    for (const url of ['/', '/app', '/app/statements?speaker=Barrot', '/app/articles/abc?statement=S1']) {
      const response = await server.app.inject(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toBe(INDEX);
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
  });

  it('serves the bundled assets with their types and long caching', async () => {
    const js = await server.app.inject('/assets/app-1.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['cache-control']).toMatch(/immutable/);
    expect((await server.app.inject('/assets/app-1.css')).headers['content-type']).toMatch(/^text\/css/);
  });

  it('reaches no file outside assets/, and a missing asset is the API 404', async () => {
    for (const url of ['/assets/../secret.txt', '/assets/%2e%2e/secret.txt', '/assets/..%2fsecret.txt', '/assets/nope.js', '/assets/', '/secret.txt']) {
      const response = await server.app.inject(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('not for the web');
      expect(response.json(), url).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
    }
  });

  it('leaves the API alone: its routes answer JSON, unknown ones the JSON 404', async () => {
    const statements = await server.app.inject('/statements?limit=1');
    expect(statements.statusCode).toBe(200);
    expect(statements.json()).toHaveProperty('statements');
    const unknown = await server.app.inject('/nowhere');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
  });

  it('says the app is not built when there is no build', async () => {
    const response = await bare.app.inject('/');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'E_NOT_FOUND', message: expect.stringMatching(/npm run build/) } });
  });
});
