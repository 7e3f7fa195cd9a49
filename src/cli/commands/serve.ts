/**
 * `whosaid serve`: the HTTP API over one store (docs/api.md) until SIGINT or SIGTERM, when it
 * stops taking requests, lets the running ones finish, then closes the analysis pool and the store.
 */
import cluster from 'node:cluster';
import { once } from 'node:events';
import { rulesBackend } from '../../extract/stances/rules-backend.js';
import { MAX_BYTES_ENV, parseByteSize, resolveMaxBytes } from '../../ingest/size-limit.js';
import { createAnalysisPool } from '../../jobs/analysis-pool.js';
import { buildServer } from '../../server/app.js';
import { TOKEN_ENV } from '../../server/auth.js';
import { stanceModelFromConfig } from '../../stance-model/config.js';
import { WhosaidError } from '../../core/errors.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, usageError, workerCount } from '../parse-command-args.js';
import { positiveInteger } from '../../store/filter-input.js';
import { loadQuestionFiles } from './load-questions.js';
import { servePrimary } from './serve-cluster.js';
import { DB_HELP, DB_OPTION, HELP_OPTION, openStore, storePath } from './store-options.js';

export const SERVE_USAGE = `Usage: whosaid serve [options]

Serves the store as a JSON API (docs/api.md; the OpenAPI document at /openapi.json): analyse
text or a URL, ingest, statements with every filter and a cursor, actors, articles, timeline,
positions, sources, clusters, search, CSV/JSONL export, and corrections. Reads are open;
with a token, every write (ingest, corrections) needs "Authorization: Bearer <token>".

Options:
${DB_HELP}; created when missing
  --host HOST          the address to listen on (default 127.0.0.1)
  --port N             the port (default 8080; 0 for any free port)
  --token TOKEN        the bearer token writes need (or the ${TOKEN_ENV} environment variable)
  --questions FILE     questions (YAML or JSON, as for whosaid positions) that /positions and the
                       web app's position matrix answer by default; repeat for several files
  --allow-private      let analyse and ingest fetch URLs on private, loopback and link-local addresses
  --body-limit N       refuse request bodies above N bytes (512k, 64M, …; default 10M)
  --max-bytes N        refuse fetched pages above N bytes (default 10M, or WHOSAID_MAX_BYTES)
  --workers N          analysis threads per process (default: one per core)
  --processes N        server processes sharing the port, for many concurrent reads (default 1)
  -h, --help           show this help
`;

const OPTIONS = {
  ...DB_OPTION,
  ...HELP_OPTION,
  host: { type: 'string' },
  port: { type: 'string' },
  token: { type: 'string' },
  questions: { type: 'string', multiple: true },
  'allow-private': { type: 'boolean' },
  'body-limit': { type: 'string' },
  'max-bytes': { type: 'string' },
  workers: { type: 'string' },
  processes: { type: 'string' },
} as const;

const DEFAULT_PORT = 8080;
const DEFAULT_BODY_LIMIT = '10M';

export async function serveCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('serve', argv, OPTIONS);
  if (values.help) {
    io.stdout(SERVE_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw usageError('serve', `unexpected argument "${positionals[0]}"`);
  const port = portOf(values.port);
  const host = values.host ?? '127.0.0.1';
  const token = values.token ?? (process.env[TOKEN_ENV] || null);
  if (token !== null && token.trim() === '') throw usageError('serve', '--token is empty');
  const bodyLimit = parseByteSize(values['body-limit'] ?? DEFAULT_BODY_LIMIT, '--body-limit');
  const maxBytes = resolveMaxBytes(values['max-bytes'], process.env[MAX_BYTES_ENV]);
  const processes = positiveInteger(values.processes, (problem) => usageError('serve', `--processes ${problem}`)) ?? 1;
  // read before anything starts: a bad questions file is a one-line error, not a half-started server
  const questions = loadQuestionFiles(values.questions ?? [], io.cwd);
  if (processes > 1 && cluster.isPrimary) return servePrimary(processes);
  const pool = createAnalysisPool(workerCount('serve', values.workers));
  const store = openStore(values, io);
  const app = await buildServer({
    store,
    pool,
    stanceBackend: stanceModelFromConfig({}, process.env) ?? rulesBackend(),
    questions,
    allowPrivate: values['allow-private'] === true,
    maxBytes,
    token,
    bodyLimit,
  });
  let stopping = false;
  // the handler stays until the store is closed: a second signal (a terminal's Ctrl-C reaches
  // every process of a cluster, and the primary passes it on) must not kill a closing server
  const stop = () => {
    if (stopping) return;
    stopping = true;
    io.stderr('whosaid: serve: stopping\n');
    void app.close();
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
  try {
    const address = await app.listen({ host, port }).catch(async (error: NodeJS.ErrnoException) => {
      await app.close();
      throw new WhosaidError('E_USAGE', `serve: cannot listen on ${host}:${port} (${error.code ?? error.message})`);
    });
    io.stderr(`whosaid: serving ${storePath(values, io)} on ${address}${token === null ? '' : ' (writes need the token)'}\n`);
    await once(app.server, 'close');
    return 0;
  } finally {
    await pool.close();
    store.close();
    process.off('SIGINT', stop).off('SIGTERM', stop);
    // a cluster worker's channel to the primary would keep it alive
    if (cluster.isWorker) process.disconnect?.();
  }
}

function portOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw usageError('serve', `--port expects a port number (0 to 65535), got "${value}"`);
  return Number(value);
}
