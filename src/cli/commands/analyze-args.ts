/**
 * `whosaid analyze` command line → a checked request. Every mistake becomes E_USAGE with a
 * message that names the flag, so the user never sees a parser's stack trace.
 */
import type { AnalyzeOptions } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { checkDay, parseCommandArgs } from '../parse-command-args.js';
import { STDIN_NAME } from '../../ingest/read-input.js';
import { MAX_BYTES_ENV, resolveMaxBytes } from '../../ingest/size-limit.js';

export type OutputFormat = 'table' | 'json' | 'jsonl';

export interface AnalyzeRequest {
  readonly help: boolean;
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly maxBytes: number;
  readonly options: AnalyzeOptions;
}

const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  published: { type: 'string' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  url: { type: 'string' },
  'max-bytes': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseAnalyzeArgs(argv: readonly string[], env: NodeJS.ProcessEnv): AnalyzeRequest {
  const { values, positionals } = parseCommandArgs('analyze', argv, OPTIONS);
  if (values.help) {
    return { help: true, inputs: [], format: 'table', maxBytes: 0, options: {} };
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
  };
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
