/**
 * Bench section "store": ingest rate of the PolNeAR train + dev texts into a fresh store on
 * every core, then query latency on a store of at least 100,000 statements, built by ingesting
 * the corpus again under other outlets and dates. Aims: ≥ 100 articles/s; p95 < 50 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SourceItem } from '../ingest/source-document.js';
import { createAnalysisPool } from '../jobs/analysis-pool.js';
import { ingestSources } from '../jobs/ingest.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { StatementFilter, Store } from '../store/store.js';
import { corpusExists, loadCorpus, type BenchArticle } from './corpus.js';

export const AIM_ARTICLES_PER_SECOND = 100;
export const AIM_P95_MS = 50;
const TARGET_STATEMENTS = 100_000;
const QUERIES_PER_KIND = 300;
const PAGE = 50;

export interface Latency {
  readonly queries: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface StoreBench {
  readonly bench: 'store';
  readonly ingest: { readonly articles: number; readonly statements: number; readonly seconds: number; readonly articlesPerSecond: number; readonly workers: number };
  readonly store: { readonly articles: number; readonly statements: number; readonly actors: number; readonly buildSeconds: number };
  readonly statementsQuery: Latency;
  readonly search: Latency;
}

const OUTLETS = ['Northern Wire', 'Alder Valley Herald', 'Eastmere Gazette', 'The Daily Ledger', 'Harbour Times', 'Civic Post'];

/** The corpus as sources; copy n > 0 is another outlet's edition, days later, with a text of its own. */
async function* editions(articles: readonly BenchArticle[], copy: number): AsyncIterable<SourceItem> {
  for (const article of articles) {
    const published = article.published === null ? null : shiftDays(article.published, copy);
    yield {
      ok: true,
      document: {
        text: copy === 0 ? article.text : `${article.text}\n\n(${OUTLETS[copy % OUTLETS.length]} edition ${copy}.)`,
        title: article.id,
        outlet: copy === 0 ? (article.id.split('_')[0] ?? null) : (OUTLETS[copy % OUTLETS.length] ?? null),
        url: `https://bench.example/${copy}/${article.id}`,
        published,
        language: 'en',
        authors: [],
        origin: `${article.id}#${copy}`,
      },
    };
  }
}

function shiftDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function measure(queries: readonly (() => unknown)[]): Latency {
  const times = queries.map((query) => {
    const start = performance.now();
    query();
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const round = (ms: number) => Number(ms.toFixed(2));
  return { queries: times.length, p50Ms: round(percentile(times, 0.5)), p95Ms: round(percentile(times, 0.95)), maxMs: round(times.at(-1) ?? 0) };
}

/** Filters as an analyst combines them, cycling through the store's own speakers, outlets, days and words. */
function statementQueries(store: Store, words: readonly string[]): (() => unknown)[] {
  const speakers = store.actors({ kind: 'person', limit: 60 }).map((a) => a.name);
  const filters: StatementFilter[] = [];
  for (let i = 0; filters.length < QUERIES_PER_KIND; i++) {
    const speaker = speakers[i % speakers.length] ?? 'Trump';
    const outlet = OUTLETS[i % OUTLETS.length] ?? 'Northern Wire';
    const word = words[i % words.length] ?? 'said';
    const since = `2016-0${1 + (i % 9)}-01`;
    filters.push(
      [
        { speaker, limit: PAGE },
        { outlet, since, limit: PAGE },
        { about: word, kind: 'direct' as const, limit: PAGE },
        { speaker, since, until: '2016-12-31', limit: PAGE },
        { anonymous: true, outlet, limit: PAGE },
      ][i % 5] as StatementFilter,
    );
  }
  return filters.map((filter) => () => store.statements(filter));
}

/** Frequent longer words of the corpus: searches that match many rows, the slow case. */
function searchWords(articles: readonly BenchArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const article of articles.slice(0, 200)) {
    for (const word of article.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 100).map(([word]) => word);
}

export async function runStoreSection(corpusDir: string, log: (line: string) => void): Promise<StoreBench> {
  const dev = path.join(path.dirname(corpusDir), 'dev');
  const articles = [...loadCorpus(corpusDir), ...(corpusExists(dev) && dev !== corpusDir ? loadCorpus(dev) : [])];
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-bench-'));
  const store = new SqliteStore(path.join(dir, 'bench.db'));
  const pool = createAnalysisPool();
  try {
    const first = await ingestSources(editions(articles, 0), store, { pool });
    const ingest = {
      articles: first.added,
      statements: first.statements,
      seconds: Number(first.seconds.toFixed(3)),
      articlesPerSecond: Number((first.added / first.seconds).toFixed(1)),
      workers: pool.parallelism,
    };
    log(`bench store: ingested ${ingest.articles} articles (${ingest.statements} statements) in ${ingest.seconds} s: ${ingest.articlesPerSecond} articles/s on ${ingest.workers} workers (aim ≥ ${AIM_ARTICLES_PER_SECOND})`);
    const buildStart = performance.now();
    for (let copy = 1; store.counts().statements < TARGET_STATEMENTS; copy++) {
      await ingestSources(editions(articles, copy), store, { pool });
    }
    const counts = store.counts();
    const built = { ...counts, buildSeconds: Number(((performance.now() - buildStart) / 1000 + first.seconds).toFixed(1)) };
    log(`bench store: ${counts.statements.toLocaleString('en')} statements, ${counts.articles.toLocaleString('en')} articles, ${counts.actors.toLocaleString('en')} actors`);
    const words = searchWords(articles);
    const statementsQuery = measure(statementQueries(store, words));
    const search = measure(Array.from({ length: QUERIES_PER_KIND }, (_, i) => () => store.search(words[i % words.length] ?? 'said', 20)));
    for (const [name, latency] of [['statements', statementsQuery], ['search', search]] as const) {
      const verdict = latency.p95Ms < AIM_P95_MS ? 'meets' : 'misses';
      log(`bench store: ${name.padEnd(10)} p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms over ${latency.queries} queries (${verdict} p95 < ${AIM_P95_MS} ms)`);
    }
    return { bench: 'store', ingest, store: built, statementsQuery, search };
  } finally {
    await pool.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
