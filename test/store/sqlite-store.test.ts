import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyze, ANALYZER_VERSION } from '../../src/analyze.js';
import { WhosaidError } from '../../src/core/errors.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { NetworkEdgeKind, NetworkGraph, Store, StoredStatement } from '../../src/store/store.js';
import { schemaErrors } from '../helpers/analysis-schema.js';
import { addStory, readStory, type StoryArticle } from './story.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-store-'));
let story: StoryArticle[];
let store: Store;
let n = 0;

beforeAll(async () => {
  story = await readStory();
});
beforeEach(() => {
  store = new SqliteStore(join(dir, `store-${n++}.db`));
  addStory(store, story);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const contents = (statements: readonly StoredStatement[]) => statements.map((s) => s.content.text);

describe('the story in the store', () => {
  it('holds every article once: adding them again changes nothing', () => {
    const before = store.counts();
    expect(before.articles).toBe(story.length);
    for (const { source, document } of story) {
      const outcome = store.addArticle(document, { authors: source.authors, origin: source.origin, analyzerVersion: ANALYZER_VERSION });
      expect(outcome.status).toBe('unchanged');
    }
    expect(store.counts()).toEqual(before);
  });

  it('makes one actor of Dariusz Bekele however an article names him, and keeps Anna Bekele apart', () => {
    const [dariusz, ...others] = store.actors({ name: 'Dariusz Bekele' });
    expect(others).toEqual([]);
    const detail = store.actor(dariusz?.id ?? '');
    expect(detail?.names).toEqual(expect.arrayContaining(['Dariusz Bekele', 'Bekele', 'D. Bekele']));
    expect(detail?.outlets.map((o) => o.outlet)).toEqual(expect.arrayContaining(['Alder Valley Herald', 'Eastmere Gazette', 'Northern Wire']));
    const anna = store.actors({ name: 'Anna Bekele' });
    expect(anna).toHaveLength(1);
    expect(anna[0]?.id).not.toBe(dariusz?.id);
    expect(store.actors({ name: 'Bekele' }).map((a) => a.name).sort()).toEqual(['Anna Bekele', 'Dariusz Bekele']);
  });

  it('records roles with the days they were seen', () => {
    const ostrova = store.actor('Ostrova');
    expect(ostrova?.actor.name).toBe('Helen Ostrova');
    expect(ostrova?.actor.roles[0]).toMatchObject({ title: 'Mayor', firstSeen: '2025-03-05' });
  });

  it('clusters the borrowing quote carried by four articles, first carried by the Gazette', () => {
    const [cluster] = store.clusters({ about: 'borrowing' });
    expect(cluster).toMatchObject({ carriers: 4, first: { outlet: 'Eastmere Gazette', published: '2025-03-05' } });
    // dated carriers in order of publication, the undated copy last
    const carriers = [...new Set(cluster?.statements.map((s) => s.article.id))];
    const outlet = (id: string) => cluster?.statements.find((s) => s.article.id === id)?.article.outlet;
    expect(carriers.map(outlet)).toEqual(['Eastmere Gazette', 'Alder Valley Herald', 'Northern Wire', null]);
    const [statement] = store.statements({ about: 'borrowing', outlet: 'Alder Valley Herald' }).statements;
    expect(statement?.cluster).toEqual(cluster && { id: cluster.id, carriers: 4, first: cluster.first });
  });

  it('keeps anonymous sources per article', () => {
    const anonymous = store.statements({ anonymous: true }).statements;
    expect(anonymous.length).toBeGreaterThan(0);
    expect(new Set(anonymous.map((s) => s.speaker)).size).toBe(new Set(anonymous.map((s) => s.article.id)).size);
    expect(anonymous.every((s) => s.speakerKind === 'anonymous')).toBe(true);
  });
});

describe('statement filters', () => {
  it.each([
    ['speaker by surname', { speaker: 'bekele' }, (s: StoredStatement) => /Bekele/.test(s.speakerName ?? '')],
    ['outlet, any case', { outlet: 'northern wire' }, (s: StoredStatement) => s.article.outlet === 'Northern Wire'],
    ['since', { since: '2025-04-01' }, (s: StoredStatement) => (s.date?.value ?? '') >= '2025-04-01'],
    ['until', { until: '2025-03-05' }, (s: StoredStatement) => (s.date?.value ?? s.article.published ?? '') <= '2025-03-05'],
    ['kind', { kind: 'direct' as const }, (s: StoredStatement) => s.kind === 'direct'],
    ['actor kind', { actorKind: 'person' as const }, (s: StoredStatement) => s.speakerKind === 'person'],
    ['about, accents and case ignored', { about: 'FOOTBRIDGE' }, (s: StoredStatement) => /footbridge/i.test(s.content.text)],
  ])('%s', (_, filter, holds) => {
    const { statements } = store.statements(filter);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every(holds)).toBe(true);
    expect(statements.length).toBeLessThan(store.counts().statements);
  });

  it('finds nothing for an unknown speaker or empty search words, rather than everything', () => {
    expect(store.statements({ speaker: 'Nobody Anywhere' }).statements).toEqual([]);
    expect(store.statements({ about: '—' }).statements).toEqual([]);
  });

  it('pages with a cursor through every statement exactly once, in order', () => {
    const all = store.statements({}).statements.map((s) => s.id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = store.statements({ limit: 3, ...(after ? { after } : {}) });
      seen.push(...page.statements.map((s) => s.id));
      if (page.next === null) break;
      after = page.next;
    }
    expect(seen).toEqual(all);
  });

  it('has a revision that moves on its own writes and on another connection\'s', () => {
    const file = join(dir, 'revision.db');
    const mine = new SqliteStore(file);
    const other = new SqliteStore(file);
    try {
      const start = mine.revision();
      expect(mine.revision()).toBe(start);
      const [first, second] = story;
      mine.addArticle(first!.document, { authors: [], origin: 'test', analyzerVersion: ANALYZER_VERSION });
      const afterMine = mine.revision();
      expect(afterMine).not.toBe(start);
      expect(mine.revision()).toBe(afterMine);
      other.addArticle(second!.document, { authors: [], origin: 'test', analyzerVersion: ANALYZER_VERSION });
      expect(mine.revision()).not.toBe(afterMine);
    } finally {
      other.close();
      mine.close();
    }
  });

  it('refuses a damaged cursor with a usage error', () => {
    expect(() => store.statements({ after: 'not-a-cursor' })).toThrow(WhosaidError);
  });

  it('lists newest first with undated statements last, and pages that order with its own cursor', () => {
    const key = (s: StoredStatement) => `${s.article.id}/${s.id}`;
    const day = (s: StoredStatement) => s.date?.value ?? s.article.published ?? null;
    const newest: StoredStatement[] = [];
    let after: string | undefined;
    for (;;) {
      const page = store.statements({ order: 'newest', limit: 4, ...(after ? { after } : {}) });
      newest.push(...page.statements);
      if (page.next === null) break;
      after = page.next;
    }
    const oldest = store.statements({}).statements;
    expect(newest.map(key).sort()).toEqual(oldest.map(key).sort());
    expect(new Set(newest.map(key)).size).toBe(newest.length);
    const days = newest.map(day);
    const dated = days.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(days.slice(0, dated.length)).toEqual(dated);
    expect(day(newest[0]!)).toBe(day(oldest.filter((s) => day(s) !== null).at(-1)!));

    const oldestCursor = store.statements({ limit: 2 }).next ?? '';
    expect(() => store.statements({ order: 'newest', after: oldestCursor })).toThrow(/cursor is of the oldest-first listing/);
  });
});

describe('timeline, sources, search, network', () => {
  it('counts statements by day, oldest first', () => {
    const days = store.timeline({});
    expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
    expect(days.reduce((sum, d) => sum + d.statements, 0)).toBe(store.counts().statements);
  });

  it('shows second-hand sourcing where an outlet cites another', () => {
    const wire = store.sources({}).find((o) => o.outlet === 'Northern Wire');
    expect(wire?.secondHandShare).toBeGreaterThan(0);
    expect(wire?.articles).toBe(2);
  });

  it('searches statements and articles', () => {
    const result = store.search('county');
    expect(result.articles.length).toBeGreaterThan(0);
    expect(result.articles[0]?.snippet).toMatch(/\[county\]/i);
    expect(store.search('"unbalanced OR (').statements).toBeDefined();
  });

  describe('network', () => {
    const idOf = (name: string) => store.actors({ name })[0]?.id ?? `no ${name}`;
    const weight = (graph: NetworkGraph, kind: NetworkEdgeKind, source: string, target: string) =>
      graph.edges.find((e) => e.kind === kind && e.source === source && e.target === target)?.weight;
    const gazette = 'outlet:eastmere gazette';

    it('quoted: an outlet carried an actor’s statements', () => {
      const graph = store.network({});
      const dariusz = idOf('Dariusz Bekele');
      // two articles of the Gazette quote him 3 and 2 times
      expect(weight(graph, 'quoted', gazette, dariusz)).toBe(5);
      expect(weight(graph, 'quoted', 'outlet:alder valley herald', dariusz)).toBe(2);
      // "according to the Eastmere Gazette" in the Northern Wire: one outlet quoting another
      expect(weight(graph, 'quoted', 'outlet:northern wire', gazette)).toBe(1);
      expect(graph.nodes.find((n) => n.id === dariusz)).toMatchObject({ kind: 'actor', label: 'Dariusz Bekele', actorKind: 'person', statements: 10 });
      expect(store.statements({ speaker: dariusz }).statements).toHaveLength(10);
      // the Gazette is an actor too ("according to …"): drawn as the outlet, linked to its actor
      expect(graph.nodes.find((n) => n.id === gazette)).toMatchObject({ kind: 'outlet', label: 'Eastmere Gazette', actorId: idOf('Eastmere Gazette'), actorKind: 'media' });
    });

    it('via: an actor spoke through an outlet', () => {
      const graph = store.network({});
      expect(graph.edges.filter((e) => e.kind === 'via')).toEqual([{ kind: 'via', source: idOf('Dariusz Bekele'), target: gazette, weight: 3 }]);
    });

    it('together: named speakers of the same article, once per pair, without anonymous or group sources', () => {
      const graph = store.network({});
      const [ostrova, dariusz] = [idOf('Helen Ostrova'), idOf('Dariusz Bekele')].sort();
      expect(weight(graph, 'together', ostrova ?? '', dariusz ?? '')).toBe(4);
      expect(weight(graph, 'together', dariusz ?? '', ostrova ?? '')).toBeUndefined();
      const together = graph.edges.filter((e) => e.kind === 'together');
      for (const edge of together) expect(edge.source < edge.target).toBe(true);
      const excluded = new Set([idOf('people familiar with the talks'), idOf('Residents')]);
      expect(together.some((e) => excluded.has(e.source) || excluded.has(e.target))).toBe(false);
    });

    it('takes the statement filters, and a limit per edge kind', () => {
      const wire = store.network({ outlet: 'Northern Wire' });
      expect(wire.edges.filter((e) => e.kind === 'quoted').every((e) => e.source === 'outlet:northern wire')).toBe(true);
      expect(weight(wire, 'via', idOf('Dariusz Bekele'), gazette)).toBe(1);
      expect(store.network({ since: '2030-01-01' })).toEqual({ nodes: [], edges: [] });
      const top = store.network({ limit: 1 });
      expect(top.edges.map((e) => [e.kind, e.weight])).toEqual([['quoted', 5], ['via', 3], ['together', 4]]);
      expect(top.nodes.map((n) => n.id).sort()).toEqual([gazette, idOf('Dariusz Bekele'), idOf('Helen Ostrova')].sort());
    });
  });

  it('rebuilds an article as a valid analysis document with the store’s actor ids', () => {
    const first = story[0]?.document;
    const article = store.article(first?.article.id.slice(0, 12) ?? '');
    expect(article?.document.statements).toHaveLength(first?.statements.length ?? -1);
    expect(schemaErrors(article?.document)).toEqual([]);
  });
});

describe('hand corrections outlive re-analysis', () => {
  /** What a new whosaid version would do: analyse every article again. */
  function reanalyseAll(): void {
    const stale = store.articlesToReanalyze('a-newer-version', false);
    expect(stale).toHaveLength(story.length);
    for (const article of stale) {
      store.replaceAnalysis(analyze(article.text, { ...article, language: article.language }), 'a-newer-version');
    }
    expect(store.articlesToReanalyze('a-newer-version', false)).toEqual([]);
  }

  it('merge', () => {
    const merged = store.mergeActors('Helen Ostrova', 'Marta Lindqvist');
    reanalyseAll();
    expect(store.actors({ name: 'Lindqvist' }).map((a) => a.id)).toEqual([merged.id]);
    expect(store.statements({ speaker: merged.id }).statements.length).toBeGreaterThan(store.statements({ speaker: 'Ostrova' }).statements.length - 1);
  });

  it('split by name form, then rename', () => {
    const split = store.splitActor('Dariusz Bekele', { name: 'D. Bekele' });
    expect(split.name).toBe('D. Bekele');
    const renamed = store.renameActor(split.id, 'Daniel Bekele');
    reanalyseAll();
    const daniel = store.actors({ name: 'Daniel Bekele' });
    expect(daniel.map((a) => a.id)).toEqual([renamed.id]);
    expect(contents(store.statements({ speaker: renamed.id }).statements).join(' ')).toMatch(/borrowing/);
    expect(store.actor('Dariusz Bekele')?.names).not.toContain('D. Bekele');
  });

  it('split by article', () => {
    const herald = story.find((a) => a.source.outlet === 'Alder Valley Herald');
    const split = store.splitActor('Dariusz Bekele', { articleId: herald?.document.article.id.slice(0, 10) ?? '' });
    reanalyseAll();
    const statements = store.statements({ speaker: split.id }).statements;
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.article.outlet === 'Alder Valley Herald')).toBe(true);
  });

  it('names an ambiguous or unknown actor in the error', () => {
    expect(() => store.renameActor('Bekele', 'X')).toThrow(/names 2 actors: .*Dariusz Bekele.*Anna Bekele|names 2 actors: .*Anna Bekele.*Dariusz Bekele/);
    expect(() => store.mergeActors('Nobody', 'Bekele')).toThrow(/no actor "Nobody"/);
  });
});

describe('opening a store', () => {
  it('refuses a file that is not a store with E_STORE', () => {
    const path = join(dir, 'not-a-store.db');
    writeFileSync(path, 'plain text, not SQLite');
    expect(() => new SqliteStore(path)).toThrow(expect.objectContaining({ code: 'E_STORE' }));
  });
});
