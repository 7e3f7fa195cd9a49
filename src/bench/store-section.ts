/**
 * Bench section "store": ingest rate of the PolNeAR train + dev texts into a fresh store on
 * every core, then query latency on a store of at least 100,000 statements (bench-store.ts).
 * Aims: ≥ 100 articles/s; p95 < 50 ms.
 */
import { benchFilters, buildBenchStore, searchWords, type BenchStore } from './bench-store.js';
import { latencyOf, type Latency } from './latency.js';

export const AIM_ARTICLES_PER_SECOND = 100;
export const AIM_P95_MS = 50;
const QUERIES_PER_KIND = 300;

export interface StoreBench {
  readonly bench: 'store';
  readonly ingest: BenchStore['ingest'];
  readonly store: BenchStore['built'];
  readonly statementsQuery: Latency;
  readonly search: Latency;
}

function measure(queries: readonly (() => unknown)[]): Latency {
  return latencyOf(
    queries.map((query) => {
      const start = performance.now();
      query();
      return performance.now() - start;
    }),
  );
}

export async function runStoreSection(corpusDir: string, log: (line: string) => void): Promise<StoreBench> {
  const bench = await buildBenchStore(corpusDir, log, 'store');
  try {
    const { store, ingest } = bench;
    log(`bench store: ingested ${ingest.articles} articles (${ingest.statements} statements) in ${ingest.seconds} s: ${ingest.articlesPerSecond} articles/s on ${ingest.workers} workers (aim ≥ ${AIM_ARTICLES_PER_SECOND})`);
    const words = searchWords(bench.articles);
    const statementsQuery = measure(benchFilters(store, words, QUERIES_PER_KIND).map((filter) => () => store.statements(filter)));
    const search = measure(Array.from({ length: QUERIES_PER_KIND }, (_, i) => () => store.search(words[i % words.length] ?? 'said', 20)));
    for (const [name, latency] of [['statements', statementsQuery], ['search', search]] as const) {
      const verdict = latency.p95Ms < AIM_P95_MS ? 'meets' : 'misses';
      log(`bench store: ${name.padEnd(10)} p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms over ${latency.queries} queries (${verdict} p95 < ${AIM_P95_MS} ms)`);
    }
    return { bench: 'store', ingest, store: bench.built, statementsQuery, search };
  } finally {
    bench.dispose();
  }
}
