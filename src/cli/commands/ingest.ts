/**
 * `whosaid ingest <path|url|feed…|->`: reads every source, analyses each article on all cores
 * and stores it. Failures are one line each and the batch goes on; a summary ends the run.
 */
import { collectSources } from '../../ingest/collect.js';
import { MAX_BYTES_ENV, resolveMaxBytes } from '../../ingest/size-limit.js';
import { createAnalysisPool } from '../../jobs/analysis-pool.js';
import { ingestSources, type IngestSummary } from '../../jobs/ingest.js';
import { batchProgress, rate, thousands } from '../format/batch-progress.js';
import { count } from '../format/grid.js';
import type { CliIo } from '../io.js';
import { checkDay, parseCommandArgs, usageError, workerCount } from '../parse-command-args.js';
import { reportError } from '../report-error.js';
import { DB_HELP, DB_OPTION, HELP_OPTION, JSON_OPTION, openStore, withStore } from './store-options.js';

export const INGEST_USAGE = `Usage: whosaid ingest [options] <path|url|feed…|->

Reads articles and stores their analysis. Each argument may be a text, HTML, JSON or JSONL
file, an RSS or Atom feed, a directory (read recursively), a .gz file, an http(s) URL, or -
for standard input. The same text is stored once: ingesting again adds nothing.

Options:
${DB_HELP}
  --outlet NAME        outlet for articles whose source names none
  --published DATE     publication date (YYYY-MM-DD) for articles whose source gives none
  --language CODE      language for articles whose source gives none (default en)
  --follow-links       fetch each feed item's page instead of using the feed's summary
  --allow-private      allow URLs on private, loopback and link-local addresses
  --workers N          analysis threads (default: one per core)
  --max-bytes N        refuse files and responses above N bytes (default 10M, or WHOSAID_MAX_BYTES)
  --json               print the summary as JSON on stdout
  -h, --help           show this help

A failed item is reported on stderr and the others are still stored; the exit code is then
that of the first failure.
`;

const OPTIONS = {
  ...DB_OPTION,
  ...HELP_OPTION,
  ...JSON_OPTION,
  outlet: { type: 'string' },
  published: { type: 'string' },
  language: { type: 'string' },
  'follow-links': { type: 'boolean' },
  'allow-private': { type: 'boolean' },
  workers: { type: 'string' },
  'max-bytes': { type: 'string' },
} as const;

export async function ingestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('ingest', argv, OPTIONS);
  if (values.help) {
    io.stdout(INGEST_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw usageError('ingest', 'nothing to ingest; name files, directories, URLs or - for standard input');
  const language = values.language?.toLowerCase();
  if (language !== undefined && !/^[a-z]{2,3}$/.test(language)) {
    throw usageError('ingest', `--language expects a language code such as en or fr, got "${values.language}"`);
  }
  const sources = collectSources(positionals, {
    cwd: io.cwd,
    maxBytes: resolveMaxBytes(values['max-bytes'], process.env[MAX_BYTES_ENV]),
    readStdin: io.readStdin,
    allowPrivate: values['allow-private'] === true,
    followLinks: values['follow-links'] === true,
    defaults: {
      outlet: values.outlet ?? null,
      published: values.published === undefined ? null : checkDay('ingest', '--published', values.published),
      language: language ?? null,
    },
  });
  const pool = createAnalysisPool(workerCount('ingest', values.workers));
  const progress = batchProgress(io);
  const files = new Set<string>();
  const started = performance.now();
  let firstFailure = 0;
  const summary = await withStore(openStore(values, io), async (store) => {
    try {
      return await ingestSources(sources, store, {
        pool,
        onProgress: (p) => {
          files.add(sourceOf(p.origin));
          progress.show(
            () =>
              `ingest: ${thousands(files.size)} sources · ${thousands(p.items)} articles · ${thousands(p.added)} added · ` +
              `${thousands(p.unchanged)} unchanged · ${thousands(p.failed)} failed · ${thousands(p.statements)} statements · ` +
              `${rate(p.items, (performance.now() - started) / 1000)}/s`,
          );
        },
        onFailure: (failure) => {
          progress.clear();
          const code = reportError(failure.error, io, failure.origin);
          if (firstFailure === 0) firstFailure = code;
        },
      });
    } finally {
      await pool.close();
      progress.clear();
    }
  });
  if (values.json) io.stdout(`${JSON.stringify(jsonSummary(summary))}\n`);
  io.stderr(`${summaryLine(summary, values.db ?? 'whosaid.db')}\n`);
  return firstFailure;
}

/** The file or URL an item came from: "wire.jsonl:12 (id nw-1)" and "feed.xml#3" name items of one source. */
function sourceOf(origin: string): string {
  return origin.replace(/(#\d+|:\d+( \(id .*\))?)$/, '');
}

function jsonSummary(summary: IngestSummary) {
  return {
    ...summary,
    failures: summary.failures.map((f) => ({ origin: f.origin, code: f.error.code, message: f.error.message })),
  };
}

/** "whosaid: 12 items into whosaid.db: 10 added, 1 unchanged, 1 failed; 214 statements; 1.9 s (6.3 articles/s)" */
export function summaryLine(summary: IngestSummary, db: string): string {
  return (
    `whosaid: ${count(summary.items, 'item')} into ${db}: ${thousands(summary.added)} added, ` +
    `${thousands(summary.unchanged)} unchanged, ${thousands(summary.failed)} failed; ` +
    `${thousands(summary.statements)} statements; ${summary.seconds.toFixed(1)} s (${rate(summary.added, summary.seconds)} articles/s)` +
    unanalysedNote(summary.unanalysed)
  );
}

/** "; 3 articles kept unanalysed (no pipeline yet for fr)" */
function unanalysedNote(unanalysed: Readonly<Record<string, number>>): string {
  const languages = Object.keys(unanalysed).sort();
  if (languages.length === 0) return '';
  const total = languages.reduce((n, language) => n + (unanalysed[language] ?? 0), 0);
  return `; ${count(total, 'article')} kept unanalysed (no pipeline yet for ${languages.join(', ')})`;
}

