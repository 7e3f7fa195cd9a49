/**
 * `whosaid reanalyze`: re-runs the analysis of stored articles made by another analyser version
 * (after an upgrade), or of all with --all. Manual actor corrections are applied again.
 */
import { createAnalysisPool } from '../../jobs/analysis-pool.js';
import { reanalyzeStore } from '../../jobs/reanalyze.js';
import { batchProgress, rate, thousands } from '../format/batch-progress.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { reportError } from '../report-error.js';
import { DB_HELP, DB_OPTION, HELP_OPTION, JSON_OPTION, openExistingStore, withStore } from './store-options.js';

export const REANALYZE_USAGE = `Usage: whosaid reanalyze [options]

Analyses again the stored articles that an earlier version of whosaid analysed, and replaces
their statements and actor links. Hand corrections of actors (merge, split, rename) are kept.

Options:
${DB_HELP}
  --all                re-analyse every article, not only stale ones
  --json               print the summary as JSON on stdout
  -h, --help           show this help
`;

export async function reanalyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('reanalyze', argv, { ...DB_OPTION, ...HELP_OPTION, ...JSON_OPTION, all: { type: 'boolean' } });
  if (values.help) {
    io.stdout(REANALYZE_USAGE);
    return 0;
  }
  const pool = createAnalysisPool();
  const progress = batchProgress(io);
  let firstFailure = 0;
  const summary = await withStore(openExistingStore(values, io), async (store) => {
    try {
      return await reanalyzeStore(store, {
        pool,
        all: values.all === true,
        onProgress: (done, total) => progress.show(() => `reanalyze: ${thousands(done)}/${thousands(total)} articles`),
      });
    } finally {
      await pool.close();
      progress.clear();
    }
  });
  for (const failure of summary.failures) {
    const code = reportError(failure.error, io, failure.origin);
    if (firstFailure === 0) firstFailure = code;
  }
  if (values.json) {
    io.stdout(`${JSON.stringify({ ...summary, failures: summary.failures.map((f) => ({ origin: f.origin, message: f.error.message })) })}\n`);
  }
  io.stderr(
    `whosaid: ${thousands(summary.articles)} articles to re-analyse: ${thousands(summary.reanalysed)} re-analysed, ` +
      `${thousands(summary.failed)} failed; ${summary.seconds.toFixed(1)} s (${rate(summary.reanalysed, summary.seconds)} articles/s)\n`,
  );
  return firstFailure;
}
