/**
 * The read endpoints over the example story: statements with every filter and the cursor,
 * actors, articles, timeline, sources, clusters, network, search, counts, export — and the
 * 4xx answers to bad requests.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseQuestions } from '../../src/extract/stances/questions.js';
import type { ActorDetail, ActorSummary, NetworkGraph, QuoteCluster, StatementPage, Store, StoredStatement } from '../../src/store/store.js';
import { auth, testServer, type TestServer } from './app.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

async function get<T>(url: string, status = 200): Promise<T> {
  const response = await server.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(status);
  return response.json<T>();
}

const errorOf = (code: string, message: RegExp | string) => ({ error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message) } });

describe('GET /statements', () => {
  it('lists newest first with order=newest and refuses an unknown order', async () => {
    const oldest = await get<StatementPage>('/statements?limit=1000');
    const newest = await get<StatementPage>('/statements?limit=1000&order=newest');
    expect(newest.statements).toHaveLength(oldest.statements.length);
    expect(newest.statements[0]?.article.published! >= oldest.statements[0]?.article.published!).toBe(true);
    const page = await get<StatementPage>('/statements?limit=2&order=newest');
    const next = await get<StatementPage>(`/statements?limit=2&order=newest&after=${encodeURIComponent(page.next ?? '')}`);
    expect([...page.statements, ...next.statements]).toEqual(newest.statements.slice(0, 4));
    expect(await get('/statements?order=random', 400)).toMatchObject({ error: { code: 'E_USAGE' } });
    expect(await get(`/statements?after=${encodeURIComponent(page.next ?? '')}`, 400)).toEqual(errorOf('E_USAGE', /newest-first listing/));
  });

  it('pages through every statement exactly once with the cursor', async () => {
    const { statements: all } = await get<StatementPage>('/statements?limit=1000');
    expect(all.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let url = '/statements?limit=3';
    for (;;) {
      const page = await get<StatementPage>(url);
      expect(page.statements.length).toBeLessThanOrEqual(3);
      seen.push(...page.statements.map((s) => s.id));
      if (page.next === null) break;
      url = `/statements?limit=3&after=${encodeURIComponent(page.next)}`;
    }
    expect(seen).toEqual(all.map((s) => s.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('applies every filter of the CLI', async () => {
    const bekele = await get<StatementPage>('/statements?speaker=Dariusz%20Bekele&outlet=Alder%20Valley%20Herald&limit=100');
    expect(bekele.statements.length).toBeGreaterThan(0);
    for (const s of bekele.statements) expect(s).toMatchObject({ speakerName: 'Dariusz Bekele', article: { outlet: 'Alder Valley Herald' } });
    const direct = await get<StatementPage>('/statements?kind=direct&since=2025-03-06&until=2025-12-31&actorKind=person');
    for (const s of direct.statements) {
      expect(s).toMatchObject({ kind: 'direct', speakerKind: 'person' });
      expect((s.date?.value ?? s.article.published ?? '') >= '2025-03-06').toBe(true);
    }
    const anonymous = await get<StatementPage>('/statements?anonymous=true');
    expect(anonymous.statements.length).toBeGreaterThan(0);
    for (const s of anonymous.statements) expect(s.speakerKind).toBe('anonymous');
    const articleId = bekele.statements[0]?.article.id ?? '';
    const ofArticle = await get<StatementPage>(`/statements?article=${articleId}&about=county`);
    for (const s of ofArticle.statements) expect(s.article.id).toBe(articleId);
  });

  it.each([
    ['/statements?kind=quoted', /^querystring\/kind must be equal to one of the allowed values: direct, indirect, mixed$/],
    ['/statements?actorKind=robot', /allowed values: person, organization/],
    ['/statements?since=2025-02-30', /^querystring\/since must match format "date"$/],
    ['/statements?limit=0', /^querystring\/limit must be >= 1$/],
    ['/statements?limit=5000', /^querystring\/limit must be <= 1000$/],
    ['/statements?speakr=Bekele', /^querystring must NOT have additional properties: "speakr"$/],
    ['/statements?after=garbage', /^not a statements cursor/],
    ['/search', /must have required property 'q'/],
    ['/clusters?minCarriers=zero', /minCarriers must be integer/],
  ])('%s is a 400 with a clear message', async (url, message) => {
    expect(await get(url, 400)).toEqual(errorOf('E_USAGE', message));
  });
});

describe('GET /network', () => {
  it('gives outlets and actors with quoted, via and together edges', async () => {
    const graph = await get<NetworkGraph>('/network');
    const node = (label: string) => graph.nodes.find((n) => n.label === label);
    const dariusz = node('Dariusz Bekele');
    expect(dariusz).toEqual({ id: expect.stringMatching(/^A\d+$/), kind: 'actor', label: 'Dariusz Bekele', actorId: dariusz?.id, actorKind: 'person', statements: 10 });
    // an outlet that never spoke has no actor: the nulls are written, not dropped
    expect(node('Alder Valley Herald')).toEqual({ id: 'outlet:alder valley herald', kind: 'outlet', label: 'Alder Valley Herald', actorId: null, actorKind: null, statements: 5 });
    expect(graph.edges).toContainEqual({ kind: 'quoted', source: 'outlet:eastmere gazette', target: dariusz?.id, weight: 5 });
    expect(graph.edges).toContainEqual({ kind: 'via', source: dariusz?.id, target: 'outlet:eastmere gazette', weight: 3 });
    const [one, other] = [dariusz?.id ?? '', node('Helen Ostrova')?.id ?? ''].sort();
    expect(graph.edges).toContainEqual({ kind: 'together', source: one, target: other, weight: 4 });
    expect(new Set(graph.edges.map((e) => e.kind))).toEqual(new Set(['quoted', 'via', 'together']));
  });

  it('takes the filters and a limit per edge kind', async () => {
    const wire = await get<NetworkGraph>('/network?outlet=Northern%20Wire&since=2025-03-01');
    expect(wire.edges.filter((e) => e.kind === 'quoted').every((e) => e.source === 'outlet:northern wire')).toBe(true);
    expect(wire.edges.length).toBeGreaterThan(0);
    const top = await get<NetworkGraph>('/network?limit=1');
    expect(top.edges.map((e) => e.kind)).toEqual(['quoted', 'via', 'together']);
    expect(await get<NetworkGraph>('/network?until=2000-01-01')).toEqual({ nodes: [], edges: [] });
    expect(await get('/network?limit=0', 400)).toEqual(errorOf('E_USAGE', /^querystring\/limit must be >= 1$/));
  });
});

describe('actors', () => {
  it('lists actors by kind and name, and shows one with roles over time, outlets and statements', async () => {
    const people = await get<ActorSummary[]>('/actors?kind=person&limit=50');
    expect(people.every((a) => a.kind === 'person')).toBe(true);
    expect(await get<ActorSummary[]>('/actors?name=Lindqvist')).toEqual([expect.objectContaining({ name: 'Marta Lindqvist' })]);
    const bekele = people.find((a) => a.name === 'Dariusz Bekele');
    const detail = await get<ActorDetail>(`/actors/${bekele?.id}`);
    expect(detail.actor.roles.some((r) => r.firstSeen !== null && /Councillor/i.test(r.title ?? ''))).toBe(true);
    expect(detail.outlets.map((o) => o.outlet)).toContain('Eastmere Gazette');
    expect(detail.statements.length).toBe(bekele?.statements);
    expect((await get<ActorDetail>('/actors/Dariusz%20Bekele')).actor.id).toBe(bekele?.id);
  });

  it('answers 404 for an unknown actor and 409 for a name several actors share', async () => {
    expect(await get('/actors/Nobody%20Known', 404)).toEqual(errorOf('E_NOT_FOUND', 'no actor "Nobody Known" in the store'));
    expect(await get('/actors/Bekele', 409)).toEqual(errorOf('E_AMBIGUOUS', /^"Bekele" names 2 actors: .*; give an id$/));
    expect(await get('/actors?kind=robot', 400)).toMatchObject({ error: { code: 'E_USAGE' } });
  });
});

describe('GET /articles/:id', () => {
  it('gives the analysis document with the text, every span pointing into it', async () => {
    const [statement] = (await get<StatementPage>('/statements?speaker=Dariusz%20Bekele&limit=1')).statements;
    const article = await get<{ id: string; outlet: string; document: { article: { text: string }; statements: StoredStatement[] } }>(`/articles/${statement?.article.id}`);
    const { text } = article.document.article;
    expect(article.id).toBe(statement?.article.id);
    const same = article.document.statements.find((s) => s.id === statement?.id);
    expect(same?.speaker).toBe(statement?.speaker);
    for (const s of article.document.statements) expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
  });

  it('answers 404 for an unknown article', async () => {
    expect(await get('/articles/ffff0000', 404)).toEqual(errorOf('E_NOT_FOUND', 'no article "ffff0000" in the store'));
  });
});

describe('views', () => {
  it('timeline, sources, clusters, counts and search', async () => {
    const timeline = await get<{ day: string; statements: number }[]>('/timeline?speaker=Dariusz%20Bekele');
    expect(timeline[0]?.day).toMatch(/^2025-03-0\d$/);
    const sources = await get<{ outlet: string; anonymousShare: number }[]>('/sources');
    expect(sources.map((o) => o.outlet)).toContain('Northern Wire');
    const clusters = await get<QuoteCluster[]>('/clusters?minCarriers=2');
    expect(clusters[0]).toMatchObject({ carriers: 4, first: { outlet: 'Eastmere Gazette', published: '2025-03-05' } });
    expect(await get<unknown[]>('/clusters?minCarriers=5')).toEqual([]);
    const counts = await get<{ articles: number; statements: number; actors: number }>('/counts');
    expect(counts.articles).toBe(7);
    const search = await get<{ statements: StoredStatement[]; articles: { snippet: string }[] }>('/search?q=county%20share&limit=5');
    expect(search.articles[0]?.snippet).toMatch(/\[county\]/);
    expect(search.statements.length).toBeLessThanOrEqual(5);
  });

  it('answers 404 for an unknown route, in the same error shape', async () => {
    expect(await get('/nowhere', 404)).toEqual(errorOf('E_NOT_FOUND', 'no route GET /nowhere; see /openapi.json'));
  });
});

describe('GET /export', () => {
  it('streams CSV with the columns of whosaid export, and JSON Lines', async () => {
    const { statements } = await get<StatementPage>('/statements?limit=1000');
    const csv = await server.app.inject('/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\n')[0]).toMatch(/^statement_id,article_id,article_url,outlet,article_title,published,date,/);
    expect(csv.body).toContain('We are borrowing against our children’s future');
    const jsonl = await server.app.inject('/export?format=jsonl&speaker=Ostrova');
    expect(jsonl.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const rows = jsonl.body.trimEnd().split('\n').map((line) => JSON.parse(line) as StoredStatement);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(statements.length);
    const all = (await server.app.inject('/export?format=jsonl')).body.trimEnd().split('\n');
    expect(all).toHaveLength(statements.length);
    expect((await server.app.inject('/export?format=xlsx')).statusCode).toBe(400);
  });
});

describe('positions', () => {
  it('takes the questions as a JSON body or one sentence in the query', async () => {
    const questions = [{ id: 'footbridge', target: 'Should Eastmere build the footbridge over the Alder River?', descriptors: ['footbridge', 'bridge'] }];
    const posted = await server.app.inject({ method: 'POST', url: '/positions?outlet=Eastmere%20Gazette', payload: { questions } });
    expect(posted.statusCode, posted.body).toBe(200);
    const matrix = posted.json<{ question: string; actor: { name: string }; stance: string }[]>();
    expect(matrix.length).toBeGreaterThan(0);
    expect(matrix.every((p) => p.question === 'footbridge')).toBe(true);
    const shifts = await server.app.inject({ method: 'POST', url: '/positions', payload: { questions, changes: true } });
    expect(shifts.json<{ from: unknown; to: unknown }[]>().every((c) => c.from !== undefined && c.to !== undefined)).toBe(true);
    const bySentence = await get<{ question: string }[]>(`/positions?question=${encodeURIComponent('Should Eastmere build the footbridge?')}`);
    expect(bySentence.length).toBeGreaterThan(0);
  });

  it("answers the server's own questions (serve --questions) when a GET names none, or one of them by id", async () => {
    const questions = parseQuestions(readFileSync('examples/questions/footbridge.yaml', 'utf8'), 'footbridge.yaml');
    const own = await testServer({ questions });
    try {
      const listed = await own.app.inject('/questions');
      expect(listed.json()).toEqual(questions.map((q) => expect.objectContaining({ id: q.id, target: q.target })));
      const all = (await own.app.inject('/positions')).json<{ question: string; level: string; actor: { name: string }; stance: string; day: string }[]>();
      const bekele = all.find((p) => p.actor.name === 'Dariusz Bekele' && p.level === 'actor');
      expect(bekele).toMatchObject({ question: 'footbridge', stance: 'conditional', day: '2025-04-07' });
      expect((await own.app.inject('/positions?question=footbridge')).json()).toEqual(all);
      // limit keeps the most-quoted actors (and bodies), whole
      const one = (await own.app.inject('/positions?limit=1')).json<typeof all>();
      expect(one.filter((p) => p.level === 'actor')).toEqual([bekele]);
      expect((await own.app.inject('/positions?limit=0')).statusCode).toBe(400);
      // answers are kept while the store is unchanged, and not a moment longer
      const text = 'Councillor Petra Sandvik said she opposed the footbridge and would vote against it.';
      const ingest = await own.app.inject({ method: 'POST', url: '/ingest', headers: auth, payload: { articles: [{ text, outlet: 'Eastmere Gazette', published: '2025-05-02' }] } });
      expect(ingest.json()).toMatchObject({ added: 1 });
      const after = (await own.app.inject('/positions')).json<typeof all>();
      expect(after.find((p) => p.actor.name === 'Petra Sandvik')).toMatchObject({ stance: 'oppose', day: '2025-05-02' });
      // a question that is not one of its ids is read as a sentence
      const sentence = await own.app.inject(`/positions?question=${encodeURIComponent('Should Eastmere build the footbridge?')}`);
      expect(sentence.statusCode, sentence.body).toBe(200);
      expect(sentence.json<{ question: string }[]>().every((p) => p.question !== 'footbridge')).toBe(true);
    } finally {
      await own.close();
    }
    expect(await get('/questions')).toEqual([]);
  });

  it('refuses missing or malformed questions', async () => {
    expect(await get('/positions', 400)).toEqual(errorOf('E_USAGE', /this server has no questions of its own/));
    const bad = await server.app.inject({ method: 'POST', url: '/positions', payload: { questions: [{ id: 'x y', target: 'Why?' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual(errorOf('E_QUESTIONS', /^questions: questions\[0\]: "id" must be/));
  });
});

describe('a bug', () => {
  it('is a 500 with one line, no stack trace, and a line on the server’s stderr', async () => {
    const store = { counts: () => { throw new TypeError('boom\n    at somewhere.js:1:1'); } } as unknown as Store;
    const buggy = await testServer({ story: false, store });
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const response = await buggy.app.inject('/counts');
      expect(stderr.mock.calls.map(([chunk]) => String(chunk))).toEqual(['whosaid: serve: internal error on GET /counts: boom\n']);
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({ error: { code: 'E_INTERNAL', message: 'internal error: boom' } });
    } finally {
      stderr.mockRestore();
      await buggy.close();
    }
  });
});
