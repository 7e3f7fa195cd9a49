/**
 * `whosaid analyze <file…|->`: each input is read, decoded, analysed and printed on its own,
 * so one bad file costs one line on stderr and the rest of the batch still runs.
 */
import type { AnalysisDocument } from '../../core/analysis.js';
import type { Question, StanceBackend } from '../../core/stance.js';
import { analyze } from '../../analyze.js';
import { stancesFor } from '../../extract/stances/stances-for.js';
import { rulesBackend } from '../../extract/stances/rules-backend.js';
import { stanceModelFromConfig } from '../../stance-model/config.js';
import { loadInput } from '../../ingest/load-input.js';
import { progressOn } from '../format/progress.js';
import { formatStatementTable } from '../format/table.js';
import type { CliIo } from '../io.js';
import { reportError, reportWarning } from '../report-error.js';
import { ANALYZE_USAGE } from '../usage.js';
import { parseAnalyzeArgs, type AnalyzeRequest, type OutputFormat } from './analyze-args.js';
import { loadQuestions } from './load-questions.js';

/** The questions and the backend that judges them; null when no question was given. */
interface Stances {
  readonly questions: readonly Question[];
  readonly backend: StanceBackend;
}

interface Outcome {
  readonly exitCode: number;
  readonly statements: number;
}

/** @returns 0 when every input was analysed, else the exit code of the first failure */
export async function analyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseAnalyzeArgs(argv, process.env);
  if (request.help) {
    io.stdout(ANALYZE_USAGE);
    return 0;
  }
  const stances: Stances | null = request.stances && {
    questions: loadQuestions(request.stances, io.cwd),
    backend: stanceModelFromConfig(request.stances.model, process.env) ?? rulesBackend(),
  };
  const progress = progressOn(io, request.inputs.length);
  const outcomes: Outcome[] = [];
  for (const [i, name] of request.inputs.entries()) {
    progress.show(i + 1, name);
    outcomes.push(await runOne(name, request, stances, io, progress.clear));
  }
  if (outcomes.length > 1) io.stderr(`${summary(outcomes)}\n`);
  return outcomes.find((o) => o.exitCode !== 0)?.exitCode ?? 0;
}

/** The closing line of a batch: "whosaid: 3 inputs, 2 analysed, 1 failed, 14 statements". */
function summary(outcomes: readonly Outcome[]): string {
  const failed = outcomes.filter((o) => o.exitCode !== 0).length;
  const statements = outcomes.reduce((n, o) => n + o.statements, 0);
  return `whosaid: ${outcomes.length} inputs, ${outcomes.length - failed} analysed, ${failed} failed, ${statements} statements`;
}

/** Failures are reported here and not thrown, which is what lets the batch go on. */
async function runOne(name: string, request: AnalyzeRequest, stances: Stances | null, io: CliIo, clearProgress: () => void): Promise<Outcome> {
  try {
    const analysed = await analyzeOne(name, request, io);
    const document = stances ? await stancesFor(analysed, stances.questions, { backend: stances.backend }) : analysed;
    clearProgress();
    emit(document, name, request.format, io);
    return { exitCode: 0, statements: document.statements.length };
  } catch (error) {
    clearProgress();
    return { exitCode: reportError(error, io, name), statements: 0 };
  }
}

async function analyzeOne(name: string, request: AnalyzeRequest, io: CliIo): Promise<AnalysisDocument> {
  const { text, encoding } = await loadInput(name, { cwd: io.cwd, maxBytes: request.maxBytes, readStdin: io.readStdin });
  const { schema, ...analysed } = analyze(text, request.options);
  // input and encoding go right after schema so a reader of --jsonl sees which file a line is.
  return { schema, input: name, encoding, ...analysed };
}

function emit(document: AnalysisDocument, name: string, format: OutputFormat, io: CliIo): void {
  for (const diagnostic of document.diagnostics) {
    if (diagnostic.severity === 'warning') reportWarning(io, `${name}: ${diagnostic.message}`);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(document, null, 2)}\n`);
  else if (format === 'jsonl') io.stdout(`${JSON.stringify(document)}\n`);
  else io.stdout(`${formatStatementTable(document, name)}\n`);
}
