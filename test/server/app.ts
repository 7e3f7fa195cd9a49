/**
 * A server over a temporary store for the API tests: the example story (examples/) ingested,
 * analyses in process, called through Fastify's `inject`, no port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { rulesBackend } from '../../src/extract/stances/rules-backend.js';
import { createAnalysisPool } from '../../src/jobs/analysis-pool.js';
import { buildServer, type ServerOptions } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { addStory, readStory } from '../store/story.js';

export interface TestServer {
  readonly app: FastifyInstance;
  /** the store the server answers from, for comparing its answers with direct calls */
  readonly store: Store;
  readonly close: () => Promise<void>;
}

export const TOKEN = 'test-token-4f9c';

export async function testServer(options: Partial<ServerOptions> & { story?: boolean } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-server-'));
  const store = new SqliteStore(join(dir, 'whosaid.db'));
  if (options.story !== false) addStory(store, await readStory());
  const pool = createAnalysisPool(1);
  const app = await buildServer({
    store,
    pool,
    stanceBackend: rulesBackend(),
    allowPrivate: false,
    maxBytes: 1 << 20,
    token: TOKEN,
    bodyLimit: 256 * 1024,
    ...options,
  });
  return {
    app,
    store: options.store ?? store,
    close: async () => {
      await app.close();
      await pool.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const auth = { authorization: `Bearer ${TOKEN}` };
