/**
 * Bench section "api": requests/s and latency of GET /statements over HTTP on loopback, on the
 * 100,000-statement store of the "store" section, with 32 connections for 20 seconds
 * (autocannon), against `whosaid serve` with one process and with one per core
 * (`--processes`). The server runs apart from the load generator, so they share no event loop.
 * Aim: p95 < 100 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { StatementFilter } from '../store/store.js';
import { benchFilters, buildBenchStore, searchWords, type BenchStore } from './bench-store.js';
import { latencyOf, type Latency } from './latency.js';

export const AIM_P95_MS = 100;
const CONNECTIONS = 32;
const SECONDS = 20;
const DISTINCT_REQUESTS = 500;

const BIN = fileURLToPath(new URL('../../bin/whosaid.js', import.meta.url));

export interface ApiBench {
  readonly bench: 'api';
  readonly store: BenchStore['built'];
  readonly runs: readonly ApiRun[];
}

export interface ApiRun {
  readonly processes: number;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly latency: Latency;
}

/** A filter as the query string of GET /statements (the store's names are the API's, but for the article id). */
function statementsPath(filter: StatementFilter): string {
  const { articleId, ...rest } = filter;
  const query = new URLSearchParams(Object.entries({ ...rest, ...(articleId === undefined ? {} : { article: articleId }) }).map(([k, v]) => [k, String(v)]));
  return `/statements?${query}`;
}

/**
 * Starts `whosaid serve` on a free port; resolves with its address once it listens. Its stderr
 * is read to the end: a closed pipe would kill the worker that writes to it next.
 */
function startServer(db: string, processes: number): Promise<{ child: ChildProcess; origin: string }> {
  const args = [BIN, 'serve', '--db', db, '--port', '0', '--workers', '0', '--processes', String(processes)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += String(chunk);
      const origin = /serving .* on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (origin !== undefined) resolve({ child, origin });
    });
    child.once('exit', () => reject(new Error(`whosaid serve did not start: ${stderr.trim()}`)));
  });
}

export async function runApiSection(corpusDir: string, log: (line: string) => void): Promise<ApiBench> {
  const bench = await buildBenchStore(corpusDir, log, 'api');
  try {
    const paths = benchFilters(bench.store, searchWords(bench.articles), DISTINCT_REQUESTS).map(statementsPath);
    const runs: ApiRun[] = [];
    for (const processes of [...new Set([1, availableParallelism()])]) runs.push(await load(bench.file, processes, paths, log));
    return { bench: 'api', store: bench.built, runs };
  } finally {
    bench.dispose();
  }
}

async function load(db: string, processes: number, paths: readonly string[], log: (line: string) => void): Promise<ApiRun> {
  const { child, origin } = await startServer(db, processes);
  try {
    // one pass first, so the figures are those of a warm server, not of its first page faults
    for (const path of paths) await (await fetch(`${origin}${path}`)).arrayBuffer();
    const times: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const options = { url: origin, connections: CONNECTIONS, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET' as const, path })) };
      const instance = autocannon(options, (error, done) => (error ? reject(error as Error) : resolve(done)));
      // autocannon reports fixed percentiles without p95; each response's time gives it exactly
      instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    });
    const latency = latencyOf(times);
    const requestsPerSecond = Number((times.length / SECONDS).toFixed(1));
    const verdict = latency.p95Ms < AIM_P95_MS && result.errors === 0 && result.non2xx === 0 ? 'meets' : 'misses';
    log(
      `bench api: GET /statements, ${processes} process${processes === 1 ? '' : 'es'}, ${CONNECTIONS} connections for ${SECONDS} s: ${requestsPerSecond} requests/s, ` +
        `p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, p99 ${latency.p99Ms} ms, max ${latency.maxMs} ms; ${result.errors} errors, ${result.non2xx} non-2xx (${verdict} p95 < ${AIM_P95_MS} ms)`,
    );
    return { processes, connections: CONNECTIONS, seconds: SECONDS, requests: times.length, requestsPerSecond, errors: result.errors, non2xx: result.non2xx, latency };
  } finally {
    // a server that failed has exited already, and would never say so again
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
}
