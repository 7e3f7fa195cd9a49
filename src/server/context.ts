/** What every route may use: the store, the analysis pool and the server's policies. */
import type { Question, StanceBackend } from '../core/stance.js';
import type { FetchTimeouts } from '../ingest/fetch-url.js';
import type { AnalysisPool } from '../jobs/analysis-pool.js';
import type { Store } from '../store/store.js';

export interface ServerContext {
  readonly store: Store;
  /** analyses run here, off the event loop when the pool has workers */
  readonly pool: AnalysisPool;
  /** judges statements on questions (the rules, or a configured model) */
  readonly stanceBackend: StanceBackend;
  /** the questions of `serve --questions`: what `/positions` answers when a request names none */
  readonly questions?: readonly Question[];
  /** --allow-private: fetch URLs on private, loopback and other local addresses */
  readonly allowPrivate: boolean;
  /** the size limit of a fetched page */
  readonly maxBytes: number;
  readonly fetchTimeouts?: FetchTimeouts;
}
