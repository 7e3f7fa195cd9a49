/**
 * `whosaid serve --processes N`: N server processes sharing one port (node:cluster). The store
 * is synchronous, so one process answers one query at a time; under concurrent reads more
 * processes, each with its own SQLite connection (WAL lets them read side by side), answer more.
 * The primary only starts the workers and stops them all on a signal or when one fails.
 */
import cluster from 'node:cluster';
import { once } from 'node:events';

/** @returns 0 when every worker stopped cleanly, else the first failing worker's exit code */
export async function servePrimary(processes: number): Promise<number> {
  let stopping = false;
  const workers = Array.from({ length: processes }, () => cluster.fork());
  const stopAll = () => {
    stopping = true;
    for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGTERM');
  };
  process.on('SIGINT', stopAll).on('SIGTERM', stopAll);
  try {
    const codes = await Promise.all(
      workers.map(async (worker) => {
        const [code] = (await once(worker, 'exit')) as [number | null];
        // a worker that fails on its own (a port in use) takes the others down with it
        if (!stopping) stopAll();
        return code ?? 0;
      }),
    );
    return codes.find((code) => code !== 0) ?? 0;
  } finally {
    process.off('SIGINT', stopAll).off('SIGTERM', stopAll);
  }
}
