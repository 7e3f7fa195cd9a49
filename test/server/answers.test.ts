/**
 * The answers' schemas lose nothing and say what comes back. Fastify serialises each answer by
 * its route's response schema, which writes only declared properties (and coerces types): so
 * every JSON answer over the example story must equal what the same store call returns, and
 * that value must be valid under the schema the OpenAPI document declares for the route, whose
 * objects are closed — a field the schema lacks fails here, whether or not the serialiser drops it.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Question } from '../../src/core/stance.js';
import { parseQuestions } from '../../src/extract/stances/questions.js';
import { rulesBackend } from '../../src/extract/stances/rules-backend.js';
import { stancesFor } from '../../src/extract/stances/stances-for.js';
import { judgeStoredStatements } from '../../src/positions/judge-store.js';
import { changes, positions } from '../../src/positions/positions.js';
import type { Store } from '../../src/store/store.js';
import { auth, testServer, type TestServer } from './app.js';

interface Operation {
  readonly responses: Record<string, { readonly content?: Record<string, { readonly schema: object }> }>;
}

let questions: Question[];
let server: TestServer;
let blank: TestServer;
let document: { readonly paths: Record<string, Record<string, Operation>>; readonly components: { readonly schemas: Record<string, object> } };
let ajv: Ajv;
beforeAll(async () => {
  questions = parseQuestions(readFileSync('examples/questions/footbridge.yaml', 'utf8'), 'footbridge.yaml');
  [server, blank] = await Promise.all([testServer({ questions }), testServer({ story: false })]);
  document = (await server.app.inject('/openapi.json')).json();
  // the document's components as one JSON Schema; Ajv reads OpenAPI 3.0's `nullable` itself
  const components = JSON.parse(JSON.stringify(document.components.schemas).replaceAll('#/components/schemas/', 'api#/$defs/')) as object;
  ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addSchema({ $id: 'api', $defs: components });
});
afterAll(async () => {
  await Promise.all([server.close(), blank.close()]);
});

/** The validator of the JSON answer the document declares for a status of an operation. */
function declared(method: string, path: string, status = '200'): ValidateFunction {
  const schema = document.paths[path]?.[method]?.responses[status]?.content?.['application/json']?.schema;
  expect(schema, `${method} ${path} ${status}`).toBeDefined();
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/', 'api#/$defs/')) as object);
}

function expectValid(validate: ValidateFunction, value: unknown, label: string): void {
  validate(value);
  expect(validate.errors ?? [], label).toEqual([]);
}

/** Every JSON GET over the story: the URL, its path in the document, the store's own answer. */
async function reads(store: Store): Promise<[url: string, path: string, direct: unknown][]> {
  const { statements } = store.statements({ limit: 1000 });
  const articleIds = [...new Set(statements.map((s) => s.article.id))];
  const all = positions(await judgeStoredStatements(store, questions, rulesBackend()));
  return [
    ['/statements?limit=1000', '/statements', store.statements({ limit: 1000 })],
    ['/statements?limit=1000&order=newest', '/statements', store.statements({ limit: 1000, order: 'newest' })],
    ['/statements?limit=2', '/statements', store.statements({ limit: 2 })],
    ['/actors', '/actors', store.actors({})],
    ...store.actors({}).map((actor): [string, string, unknown] => [`/actors/${actor.id}`, '/actors/{id}', store.actor(actor.id)]),
    ...articleIds.map((id): [string, string, unknown] => {
      const { text: _text, ...article } = store.article(id) ?? { text: '' };
      return [`/articles/${id}`, '/articles/{id}', article];
    }),
    ['/timeline', '/timeline', store.timeline({})],
    ['/sources', '/sources', store.sources({})],
    ['/network', '/network', store.network({})],
    ['/network?limit=2', '/network', store.network({ limit: 2 })],
    ['/clusters?minCarriers=1', '/clusters', store.clusters({ minCarriers: 1 })],
    ['/search?q=county%20share', '/search', store.search('county share')],
    ['/counts', '/counts', store.counts()],
    ['/questions', '/questions', questions],
    ['/positions', '/positions', all],
    ['/positions?changes=true', '/positions', changes(all)],
  ];
}

describe('the JSON answers', () => {
  it('are the store’s own values, every field kept, and valid under their declared schemas', async () => {
    const cases = await reads(server.store);
    expect(cases.length).toBeGreaterThan(20);
    for (const [url, path, direct] of cases) {
      const response = await server.app.inject(url);
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
      const expected = JSON.parse(JSON.stringify(direct)) as unknown;
      expect(response.json(), url).toEqual(expected);
      expectValid(declared('get', path), expected, url);
    }
  });

  it('cover the fields the story lacks: stances and a document analysed by request', async () => {
    const text = '“We will not pay for a bridge to nowhere,” Councillor Dariusz Bekele told the Herald on Tuesday, when asked whether Eastmere should build the footbridge.';
    const metadata = { outlet: 'Alder Valley Herald', published: '2025-03-06', title: 'Bridge' };
    const response = await blank.app.inject({ method: 'POST', url: '/analyze', payload: { text, ...metadata, questions } });
    expect(response.statusCode, response.body).toBe(200);
    const judged = await stancesFor(analyze(text, { ...metadata, url: null, language: 'en' }), questions, { backend: rulesBackend() });
    expect(judged.statements.some((s) => (s.stances ?? []).length > 0)).toBe(true);
    const expected = JSON.parse(JSON.stringify({ documents: [judged], failures: [] })) as unknown;
    expect(response.json()).toEqual(expected);
    expectValid(declared('post', '/analyze'), expected, 'POST /analyze');
  });

  it('of the writes are described too: ingest and the corrections', async () => {
    const payload = { articles: [{ text: '“The bridge will be built,” Mayor Ilse Varga told the Eastmere Gazette.', outlet: 'Eastmere Gazette' }, { title: 'no text' }] };
    const ingest = await blank.app.inject({ method: 'POST', url: '/ingest', payload, headers: auth });
    expect(ingest.statusCode, ingest.body).toBe(200);
    const summary = ingest.json<{ articles: { id: string }[] }>();
    expect(summary).toEqual({
      items: 2,
      added: 1,
      unchanged: 0,
      failed: 1,
      statements: 1,
      articles: [{ origin: 'request#1', id: summary.articles[0]?.id }],
      unanalysed: {},
      failures: [{ origin: 'request#2', code: 'E_INPUT_FORMAT', message: expect.stringMatching(/no text/) }],
    });
    expectValid(declared('post', '/ingest'), summary, 'POST /ingest');
    const [varga] = blank.store.actors({ name: 'Varga' });
    const renamed = await blank.app.inject({ method: 'POST', url: `/actors/${varga?.id}/rename`, payload: { name: 'Ilse Varga-Kohn' }, headers: auth });
    expect(renamed.json()).toEqual(JSON.parse(JSON.stringify(blank.store.actors({ name: varga?.id ?? '' })[0])));
    expectValid(declared('post', '/actors/{id}/rename'), renamed.json(), 'POST /actors/{id}/rename');
  });

  it('of failures are the Error schema, whatever failed', async () => {
    const failures: [method: 'GET' | 'POST', url: string, path: string, status: number][] = [
      ['GET', '/statements?kind=quoted', '/statements', 400],
      ['GET', '/actors/Nobody', '/actors/{id}', 404],
      ['GET', '/actors/Bekele', '/actors/{id}', 409],
      ['GET', '/positions?question=Why%3F', '/positions', 400],
      ['POST', '/actors/merge', '/actors/merge', 401],
    ];
    for (const [method, url, path, status] of failures) {
      const response = await server.app.inject({ method, url, payload: method === 'POST' ? { kept: 'a', absorbed: 'b' } : undefined });
      expect(response.statusCode, url).toBe(status);
      expect(response.json(), url).toEqual({ error: { code: expect.stringMatching(/^E_/), message: expect.any(String) } });
      expectValid(declared(method.toLowerCase(), path, status >= 500 ? '5XX' : '4XX'), response.json(), url);
    }
  });
});
