/**
 * The founding article through the API: ingested with POST /ingest, Barrot's "We do not rule
 * out any option." is found through GET /statements, via the BBC on 23 November 2024, and its
 * span is right in GET /articles/:id. Skipped without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import type { StatementPage } from '../../src/store/store.js';
import { auth, testServer, type TestServer } from './app.js';

const ARTICLE = fileURLToPath(new URL('../../../shared/seed/european-troops-ukraine.txt', import.meta.url));
const present = existsSync(ARTICLE);

describe.skipIf(!present)(`the founding article through the API${present ? '' : ' (skipped: ../shared/seed is absent)'}`, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer({ story: false, bodyLimit: 1 << 20 });
    const response = await server.app.inject({ method: 'POST', url: '/ingest', headers: auth, payload: { articles: [{ text: readFileSync(ARTICLE, 'utf8'), outlet: 'Le Monde' }] } });
    expect(response.json()).toMatchObject({ added: 1, failed: 0 });
  });
  afterAll(() => server.close());

  it('finds Barrot’s “We do not rule out any option.” via the BBC on 23 November 2024', async () => {
    const { statements } = (await server.app.inject('/statements?speaker=Jean-Noel%20Barrot&kind=direct&since=2024-11-23&until=2024-11-23')).json<StatementPage>();
    const barrot = statements.find((s) => s.content.text === 'We do not rule out any option.');
    expect(barrot).toMatchObject({ speakerName: 'Jean-Noël Barrot', viaName: 'BBC', date: { value: '2024-11-23' }, article: { outlet: 'Le Monde' } });
    const { document } = (await server.app.inject(`/articles/${barrot?.article.id}`)).json<{ document: AnalysisDocument }>();
    const { start, end } = barrot?.content ?? { start: 0, end: 0 };
    expect(document.article.text.slice(start, end)).toBe('We do not rule out any option.');
  });
});
