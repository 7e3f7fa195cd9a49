/**
 * POST /analyze: a text with its metadata, or a page fetched from a local HTTP server — refused
 * on a loopback address unless the server was started with --allow-private — never stored.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { startServer, type LocalServer } from '../ingest/local-server.js';
import { testServer, type TestServer } from './app.js';

const HTML = readFileSync(fileURLToPath(new URL('../../examples/story/herald-2025-03-06.html', import.meta.url)));
const TEXT = 'EASTMERE — “We will not pay for a bridge to nowhere,” Councillor Dariusz Bekele told the Herald on Tuesday.';

let strict: TestServer;
let open: TestServer;
let pages: LocalServer;
beforeAll(async () => {
  [strict, open] = await Promise.all([testServer({ story: false }), testServer({ story: false, allowPrivate: true })]);
  pages = await startServer({
    '/herald.html': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML),
    '/image.png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10)),
  });
});
afterAll(async () => {
  await Promise.all([strict.close(), open.close(), pages.close()]);
});

const analyse = (server: TestServer, payload: object) => server.app.inject({ method: 'POST', url: '/analyze', payload });

describe('POST /analyze', () => {
  it('analyses a text with its metadata and stores nothing', async () => {
    const response = await analyse(strict, { text: TEXT, outlet: 'Alder Valley Herald', published: '2025-03-06', title: 'Bridge' });
    expect(response.statusCode, response.body).toBe(200);
    const { documents, failures } = response.json<{ documents: AnalysisDocument[]; failures: unknown[] }>();
    expect(failures).toEqual([]);
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document?.article).toMatchObject({ outlet: 'Alder Valley Herald', published: '2025-03-06', title: 'Bridge', text: TEXT });
    expect(document?.statements[0]).toMatchObject({ kind: 'direct', content: { text: expect.stringContaining('bridge to nowhere') } });
    expect((await strict.app.inject('/counts')).json()).toMatchObject({ articles: 0 });
  });

  it('judges the statements on questions given as a list or a sentence', async () => {
    const questions = [{ id: 'bridge', target: 'Should Eastmere build the bridge?', descriptors: ['bridge'] }];
    const response = await analyse(strict, { text: TEXT, questions, question: 'Should Eastmere build the bridge?' });
    expect(response.statusCode, response.body).toBe(200);
    const [document] = response.json<{ documents: AnalysisDocument[] }>().documents;
    const stances = document?.statements[0]?.stances ?? [];
    expect(stances.map((s) => s.question).sort()).toEqual(['bridge', 'build-bridge'].sort());
  });

  it('refuses a body with neither text nor URL, an empty text, or unknown fields', async () => {
    for (const payload of [{}, { title: 'x' }, { text: '' }, { text: 'x', author: 'me' }]) {
      const response = await analyse(strict, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'E_USAGE', message: expect.stringMatching(/^body/) } });
    }
    const badQuestion = await analyse(strict, { text: TEXT, question: 'Why?' });
    expect(badQuestion.json()).toMatchObject({ error: { code: 'E_QUESTIONS' } });
  });

  it('refuses a URL on a private address unless the server allows it', async () => {
    const refused = await analyse(strict, { url: `${pages.origin}/herald.html` });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({
      error: { code: 'E_FETCH_REFUSED', message: `${pages.origin}/herald.html: refused: 127.0.0.1 is a private or local address; pass --allow-private to fetch it` },
    });
  });

  it('fetches and reads the page when private addresses are allowed', async () => {
    const response = await analyse(open, { url: `${pages.origin}/herald.html` });
    expect(response.statusCode, response.body).toBe(200);
    const [document] = response.json<{ documents: AnalysisDocument[] }>().documents;
    expect(document?.article).toMatchObject({ outlet: 'Alder Valley Herald' });
    expect(document?.statements.length).toBeGreaterThan(0);
    expect((await open.app.inject('/counts')).json()).toMatchObject({ articles: 0 });
  });

  it('answers fetch failures with their own status', async () => {
    expect((await analyse(open, { url: `${pages.origin}/missing.html` })).json()).toMatchObject({ error: { code: 'E_FETCH', message: expect.stringMatching(/HTTP 404/) } });
    expect((await analyse(open, { url: `${pages.origin}/missing.html` })).statusCode).toBe(502);
    expect((await analyse(open, { url: `${pages.origin}/image.png` })).statusCode).toBe(422);
    expect((await analyse(open, { url: 'ftp://example.org/a.txt' })).statusCode).toBe(403);
  });
});
