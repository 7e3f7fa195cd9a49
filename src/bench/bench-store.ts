/**
 * The store the query benches run on: the PolNeAR train + dev texts ingested on every core into
 * a fresh store, then again under other outlets and dates until it holds 100,000 statements;
 * and the statement filters an analyst combines, cycling through its own speakers, outlets,
 * days and words. The "store" section queries it in process, the "api" section over HTTP.
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

const TARGET_STATEMENTS = 100_000;
const PAGE = 50;

export interface BenchStore {
  readonly store: Store;
  /** the store's file */
  readonly file: string;
  readonly articles: readonly BenchArticle[];
  /** the first pass: the corpus into an empty store */
  readonly ingest: { readonly articles: number; readonly statements: number; readonly seconds: number; readonly articlesPerSecond: number; readonly workers: number };
  readonly built: { readonly articles: number; readonly statements: number; readonly actors: number; readonly buildSeconds: number };
  /** closes the store and deletes its folder */
  readonly dispose: () => void;
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

export async function buildBenchStore(corpusDir: string, log: (line: string) => void, section: string): Promise<BenchStore> {
  const dev = path.join(path.dirname(corpusDir), 'dev');
  const articles = [...loadCorpus(corpusDir), ...(corpusExists(dev) && dev !== corpusDir ? loadCorpus(dev) : [])];
  const dir = mkdtempSync(path.join(tmpdir(), 'whosaid-bench-'));
  const file = path.join(dir, 'bench.db');
  const store = new SqliteStore(file);
  const dispose = () => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  };
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
    const buildStart = performance.now();
    for (let copy = 1; store.counts().statements < TARGET_STATEMENTS; copy++) {
      await ingestSources(editions(articles, copy), store, { pool });
    }
    const counts = store.counts();
    const built = { ...counts, buildSeconds: Number(((performance.now() - buildStart) / 1000 + first.seconds).toFixed(1)) };
    log(`bench ${section}: ${counts.statements.toLocaleString('en')} statements, ${counts.articles.toLocaleString('en')} articles, ${counts.actors.toLocaleString('en')} actors`);
    return { store, file, articles, ingest, built, dispose };
  } catch (error) {
    dispose();
    throw error;
  } finally {
    await pool.close();
  }
}

/** Filters as an analyst combines them, cycling through the store's own speakers, outlets, days and words. */
export function benchFilters(store: Store, words: readonly string[], count: number): StatementFilter[] {
  const speakers = store.actors({ kind: 'person', limit: 60 }).map((a) => a.name);
  const filters: StatementFilter[] = [];
  for (let i = 0; filters.length < count; i++) {
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
  return filters;
}

/** Frequent longer words of the corpus: searches that match many rows, the slow case. */
export function searchWords(articles: readonly BenchArticle[]): string[] {
  const counts = new Map<string, number>();
  for (const article of articles.slice(0, 200)) {
    for (const word of article.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 100).map(([word]) => word);
}
