/**
 * `whosaid analyze` command line → a checked request. Every mistake becomes E_USAGE with a
 * message that names the flag, so the user never sees a parser's stack trace.
 */
import type { AnalyzeOptions } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { checkDay, parseCommandArgs, usageError } from '../parse-command-args.js';
import type { StanceModelFlags } from '../../stance-model/config.js';
import { STDIN_NAME } from '../../ingest/read-input.js';
import { MAX_BYTES_ENV, resolveMaxBytes } from '../../ingest/size-limit.js';

export type OutputFormat = 'table' | 'json' | 'jsonl';

export interface AnalyzeRequest {
  readonly help: boolean;
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly maxBytes: number;
  readonly options: AnalyzeOptions;
  readonly stances: StanceRequest | null;
}

/** Questions to judge each statement on, and the model to judge with when one is named. */
export interface StanceRequest {
  /** a questions file, as named */
  readonly questionsFile: string | null;
  /** a question given as a sentence */
  readonly question: string | null;
  readonly model: StanceModelFlags;
}

/** The options that select a stance model instead of the rules (`analyze` and `positions`). */
export const STANCE_MODEL_OPTIONS = {
  'stance-model': { type: 'string' },
  'stance-url': { type: 'string' },
  'stance-cache': { type: 'string' },
} as const;

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  published: { type: 'string' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  url: { type: 'string' },
  'max-bytes': { type: 'string' },
  questions: { type: 'string' },
  question: { type: 'string' },
  ...STANCE_MODEL_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseAnalyzeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): AnalyzeRequest {
  const { values, positionals } = parseCommandArgs('analyze', argv, OPTIONS);
  if (values.help) {
    return { help: true, inputs: [], format: 'table', maxBytes: 0, options: {}, stances: null };
  }
  const format = outputFormat(values.json, values.jsonl, positionals.length);
  checkInputs(positionals);
  return {
    help: false,
    inputs: positionals,
    format,
    maxBytes: resolveMaxBytes(values['max-bytes'], env[MAX_BYTES_ENV]),
    options: {
      title: values.title || null,
      outlet: values.outlet || null,
      url: values.url || null,
      published: values.published === undefined ? null : checkDay('analyze', '--published', values.published),
    },
    stances: stanceRequest(values),
  };
}

export function stanceModelFlags(values: {
  'stance-model'?: string | undefined;
  'stance-url'?: string | undefined;
  'stance-cache'?: string | undefined;
}): StanceModelFlags {
  return {
    ...(values['stance-model'] === undefined ? {} : { model: values['stance-model'] }),
    ...(values['stance-url'] === undefined ? {} : { url: values['stance-url'] }),
    ...(values['stance-cache'] === undefined ? {} : { cache: values['stance-cache'] }),
  };
}

function stanceRequest(values: {
  questions?: string | undefined;
  question?: string | undefined;
  'stance-model'?: string | undefined;
  'stance-url'?: string | undefined;
  'stance-cache'?: string | undefined;
}): StanceRequest | null {
  const model = stanceModelFlags(values);
  if (values.questions === undefined && values.question === undefined) {
    if (Object.keys(model).length > 0) throw usageError('analyze', '--stance-model, --stance-url and --stance-cache need --questions FILE or --question TEXT');
    return null;
  }
  if (values.question !== undefined && values.question.trim() === '') throw usageError('analyze', '--question needs the question as a sentence');
  return { questionsFile: values.questions ?? null, question: values.question ?? null, model };
}


function outputFormat(json: boolean | undefined, jsonl: boolean | undefined, inputs: number): OutputFormat {
  if (json && jsonl) throw new WhosaidError('E_USAGE', 'analyze: choose one of --json and --jsonl');
  // One JSON document per invocation keeps --json output a single value a tool can parse.
  if (json && inputs > 1) {
    throw new WhosaidError('E_USAGE', 'analyze: --json takes one input; use --jsonl for several');
  }
  if (json) return 'json';
  return jsonl ? 'jsonl' : 'table';
}

function checkInputs(inputs: readonly string[]): void {
  if (inputs.length === 0) {
    throw new WhosaidError('E_USAGE', 'analyze: no input; name one or more files, or - for standard input');
  }
  if (inputs.filter((name) => name === STDIN_NAME).length > 1) {
    throw new WhosaidError('E_USAGE', 'analyze: standard input (-) can be read only once');
  }
}
