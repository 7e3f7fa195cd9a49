/**
 * `whosaid eval polnear <dir>`: scores the extractor on a PolNeAR-format folder and prints the
 * exact and overlap figures. The work is in src/eval/polnear/; this file is the command line.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { WhosaidError } from '../../core/errors.js';
import { checkCorpusDir } from '../../eval/polnear/corpus.js';
import type { ArticleDiagnosis } from '../../eval/polnear/diagnose.js';
import { evalReport, formatJson, formatTable } from '../../eval/polnear/format-report.js';
import { evaluatePolnear, type EvalResult } from '../../eval/polnear/run-eval.js';
import type { CliIo } from '../io.js';
import { reportWarning } from '../report-error.js';
import { parseCommandArgs, usageError } from '../parse-command-args.js';

export const EVAL_USAGE = `Usage: whosaid eval polnear <dir> [options]

Analyses every article of a PolNeAR-format folder (<dir>/text/*.txt with brat annotations in
<dir>/attributions/) and scores the statements found against the annotated attributions:
exact match and character overlap for cue, source, content and the whole quote.

Options:
  --json             print the figures as one JSON object
  --errors FILE      write one JSON line per article: each gold attribution with the
                     nearest prediction, then the predictions that matched nothing
  --limit N          evaluate only the first N articles (in file-name order)
  -h, --help         show this help

Example: whosaid eval polnear ../shared/data/polnear/dev --errors dev-errors.jsonl
`;

interface EvalRequest {
  readonly dir: string;
  readonly json: boolean;
  readonly errorsFile: string | null;
  readonly limit: number | undefined;
}

const OPTIONS = {
  json: { type: 'boolean' },
  errors: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** @returns the exit code; failures are thrown as WhosaidError for main to report */
export async function evalCommand(argv: string[], io: CliIo): Promise<number> {
  const request = parseEvalArgs(argv, io.cwd);
  if (request === 'help') {
    io.stdout(EVAL_USAGE);
    return 0;
  }
  checkCorpusDir(request.dir);
  const result = withErrorsFile(request.errorsFile, (write) =>
    evaluatePolnear({
      dir: request.dir,
      ...(request.limit === undefined ? {} : { limit: request.limit }),
      ...(io.isTTY ? { onProgress: progressOn(io) } : {}),
      ...(write ? { onDiagnosis: (d: ArticleDiagnosis) => write(`${JSON.stringify(d)}\n`) } : {}),
    }),
  );
  warnAboutData(result, io);
  const report = evalReport(result, request.errorsFile);
  io.stdout(request.json ? formatJson(report) : formatTable(report));
  return 0;
}

function parseEvalArgs(argv: readonly string[], cwd: string): EvalRequest | 'help' {
  const { values, positionals } = parseCommandArgs('eval', argv, OPTIONS);
  if (values.help) return 'help';
  const [corpus, dir, ...extra] = positionals;
  if (corpus === undefined) throw usage('name a corpus format: whosaid eval polnear <dir>');
  if (corpus !== 'polnear') throw usage(`unknown corpus format "${corpus}"; only polnear is supported`);
  if (dir === undefined) throw usage('no folder; name a PolNeAR folder such as .../polnear/dev');
  if (extra.length > 0) throw usage(`unexpected argument "${extra[0]}"`);
  return {
    dir: path.resolve(cwd, dir),
    json: values.json === true,
    errorsFile: values.errors === undefined ? null : path.resolve(cwd, values.errors),
    limit: values.limit === undefined ? undefined : checkLimit(values.limit),
  };
}


function checkLimit(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usage(`--limit takes a positive whole number, not "${value}"`);
  return Number(value);
}

function usage(message: string): WhosaidError {
  return usageError('eval', message);
}

/**
 * Opens the --errors file before the run, so a bad path fails at once rather than after
 * minutes of analysis, and writes each article's line as it comes so a long run can be
 * watched with tail -f.
 */
function withErrorsFile<T>(file: string | null, run: (write: ((line: string) => void) | null) => T): T {
  if (file === null) return run(null);
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new WhosaidError('E_USAGE', `eval: cannot write --errors file ${file} (${reason})`, { cause: error });
  }
  try {
    return run((line) => writeSync(fd, line));
  } finally {
    closeSync(fd);
  }
}

/** Progress on one terminal line, redrawn in place and cleared at the end. */
function progressOn(io: CliIo): (done: number, total: number, article: string) => void {
  return (done, total, article) => {
    io.stderr(done === total ? '\r\x1b[K' : `\r\x1b[Keval ${done + 1}/${total} ${article.slice(0, 60)}`);
  };
}

function warnAboutData(result: EvalResult, io: CliIo): void {
  const { unannotated, spanMismatches } = result.counts;
  if (unannotated > 0) reportWarning(io, `${unannotated} articles have no annotation file and were left out`);
  if (spanMismatches > 0) {
    reportWarning(io, `${spanMismatches} annotation spans differ from the article text: offsets may be misread`);
  }
}
