/**
 * The writes — ingest and corrections — with and without the token, and the limits on what a
 * request may send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorSummary, StatementPage } from '../../src/store/store.js';
import { auth, testServer, TOKEN, type TestServer } from './app.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ story: false });
});
afterAll(() => server.close());

const article = {
  text: '“The bridge will be built,” Mayor Ilse Varga told the Eastmere Gazette on Monday. Her deputy, Tom Reyes, said the county would pay half.',
  title: 'Bridge plan',
  outlet: 'Eastmere Gazette',
  published: '2025-04-07',
};

const post = (url: string, payload: unknown, headers: Record<string, string> = auth) => server.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('POST /ingest', () => {
  it('refuses a write without the token, or with a wrong one, before storing anything', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: TOKEN }] as Record<string, string>[]) {
      const response = await post('/ingest', { articles: [article] }, headers);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json()).toMatchObject({ error: { code: 'E_UNAUTHORIZED' } });
    }
    expect((await server.app.inject('/counts')).json()).toEqual({ articles: 0, statements: 0, actors: 0 });
  });

  it('stores records and leaves the same text unchanged the second time', async () => {
    const first = await post('/ingest', { articles: [article, { maintext: 'Officials said the plan was dead.', date_publish: '2025-04-08 10:00:00', source_domain: 'wire.example' }] });
    expect(first.statusCode, first.body).toBe(200);
    const summary = first.json<{ added: number; unchanged: number; statements: number; articles: { origin: string; id: string }[] }>();
    expect(summary).toMatchObject({ added: 2, unchanged: 0, failed: 0 });
    expect(summary.articles.map((a) => a.origin)).toEqual(['request#1', 'request#2']);
    const before = (await server.app.inject('/statements?limit=1000')).body;
    const again = await post('/ingest', { articles: [article] });
    expect(again.json()).toMatchObject({ added: 0, unchanged: 1, statements: 0 });
    expect((await server.app.inject('/statements?limit=1000')).body).toBe(before);
    const stored = await server.app.inject(`/articles/${summary.articles[0]?.id}`);
    expect(stored.json()).toMatchObject({ outlet: 'Eastmere Gazette', published: '2025-04-07', title: 'Bridge plan' });
    const wire = (await server.app.inject('/statements?outlet=wire.example')).json<StatementPage>();
    expect(wire.statements[0]?.article.published).toBe('2025-04-08');
  });

  it('reports a bad record among good ones, and fails when every item does', async () => {
    const mixed = await post('/ingest', { articles: [{ title: 'no text' }, { text: 'Ms Varga said the vote was close.' }] });
    expect(mixed.statusCode).toBe(200);
    expect(mixed.json()).toMatchObject({ added: 1, failed: 1, failures: [{ origin: 'request#1', code: 'E_INPUT_FORMAT' }] });
    const none = await post('/ingest', { articles: [{ title: 'no text' }] });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toEqual({ error: { code: 'E_INPUT_FORMAT', message: 'request#1: record has no text (expected a non-empty "text", "maintext" or "raw_text" field)' } });
  });

  it('refuses private URLs unless the server allows them, and other schemes always', async () => {
    const refused = await post('/ingest', { urls: ['http://127.0.0.1:9/story.html'] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'E_FETCH_REFUSED', message: expect.stringMatching(/private or local address/) } });
    const file = await post('/ingest', { urls: ['file:///etc/passwd'] });
    expect(file.statusCode).toBe(403);
    expect(file.json()).toMatchObject({ error: { code: 'E_FETCH_REFUSED', message: expect.stringMatching(/only http and https/) } });
  });

  it.each([
    [{}, /must NOT have fewer than 1 properties/],
    [{ articles: 'text' }, /^body\/articles\/0 must be object$/],
    [{ files: ['/etc/passwd'] }, /must NOT have additional properties: "files"/],
  ])('refuses the body %j with a 400', async (payload, message) => {
    const response = await post('/ingest', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'E_USAGE', message: expect.stringMatching(message) } });
  });

  it('refuses a body above the limit with a 413, and bad JSON with a 400', async () => {
    const big = await post('/ingest', { articles: [{ text: 'x'.repeat(300 * 1024) }] });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ error: { code: 'E_INPUT_TOO_LARGE' } });
    const broken = await server.app.inject({ method: 'POST', url: '/ingest', payload: '{"articles": [', headers: { ...auth, 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'E_USAGE' } });
    const text = await server.app.inject({ method: 'POST', url: '/ingest', payload: 'hello', headers: { ...auth, 'content-type': 'application/xml' } });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ error: { code: 'E_INPUT_FORMAT' } });
  });
});

describe('corrections', () => {
  const actor = async (name: string) => (await server.app.inject(`/actors?name=${encodeURIComponent(name)}`)).json<ActorSummary[]>()[0];

  it('rename, split and merge need the token and answer with the actor', async () => {
    const varga = await actor('Ilse Varga');
    expect(varga).toBeDefined();
    expect((await post(`/actors/${varga?.id}/rename`, { name: 'Ilse Varga-Kohn' }, {})).statusCode).toBe(401);
    const renamed = await post(`/actors/${varga?.id}/rename`, { name: 'Ilse Varga-Kohn' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: varga?.id, name: 'Ilse Varga-Kohn' });
    const { mentions } = (await server.app.inject(`/actors/${varga?.id}`)).json<{ mentions: { articleId: string }[] }>();
    const split = await post(`/actors/${varga?.id}/split`, { article: mentions[0]?.articleId });
    expect(split.statusCode, split.body).toBe(200);
    const splitOff = split.json<ActorSummary>();
    expect(splitOff.id).not.toBe(varga?.id);
    const merged = await post('/actors/merge', { kept: varga?.id, absorbed: splitOff.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ id: varga?.id, name: 'Ilse Varga-Kohn' });
  });

  it('answers 404 for an unknown actor and 400 for a bad correction', async () => {
    expect((await post('/actors/Nobody%20Known/rename', { name: 'X' })).json()).toEqual({ error: { code: 'E_NOT_FOUND', message: 'no actor "Nobody Known" in the store' } });
    const varga = await actor('Varga');
    const same = await post('/actors/merge', { kept: varga?.id, absorbed: varga?.id });
    expect(same.statusCode).toBe(400);
    expect((await post(`/actors/${varga?.id}/split`, {})).statusCode).toBe(400);
    expect((await post(`/actors/${varga?.id}/rename`, { name: '   ' })).statusCode).toBe(400);
  });
});
