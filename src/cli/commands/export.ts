/**
 * `whosaid export`: the matching statements as CSV or JSONL, or the network of outlets and
 * actors as GraphML, to a file or stdout. Statements are read a page at a time, so a large store is
 * exported in constant memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { WhosaidError } from '../../core/errors.js';
import { networkGraphml } from '../../export/graphml.js';
import { STATEMENT_FORMATS, statementChunks } from '../../export/statement-stream.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, usageError } from '../parse-command-args.js';
import { DB_HELP, DB_OPTION, FILTER_HELP, FILTER_OPTIONS, HELP_OPTION, openExistingStore, statementFilter, withStore } from './store-options.js';

export const EXPORT_USAGE = `Usage: whosaid export [--format csv|jsonl|graphml] [--out FILE] [filters]

Writes the matching statements as CSV (one row per statement: speaker, role, outlet, date,
kind, content, article URL, offsets …) or JSONL (one statement per line, in the analysis
document's shape with its article), or the network of outlets and actors as GraphML
(edges: outlet quoted actor, actor spoke via actor or outlet, actors spoke together).

${FILTER_HELP}

Options:
${DB_HELP}
  --format FORMAT      csv (default), jsonl or graphml
  --out FILE           write to FILE instead of standard output
  -h, --help           show this help
`;

const FORMATS = [...STATEMENT_FORMATS, 'graphml'] as const;
type Format = (typeof FORMATS)[number];

export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('export', argv, {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    ...HELP_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
  });
  if (values.help) {
    io.stdout(EXPORT_USAGE);
    return 0;
  }
  const format = (values.format ?? 'csv') as Format;
  if (!FORMATS.includes(format)) throw usageError('export', `--format expects csv, jsonl or graphml, got "${values.format}"`);
  const filter = statementFilter('export', values);
  return withStore(openExistingStore(values, io), (store) => {
    const sink = outputSink(values.out, io);
    try {
      if (format === 'graphml') sink.write(networkGraphml(store.network(filter)));
      else for (const chunk of statementChunks(store, filter, format)) sink.write(chunk);
    } finally {
      sink.close();
    }
    return 0;
  });
}

interface Sink {
  write(chunk: string): void;
  close(): void;
}

function outputSink(out: string | undefined, io: CliIo): Sink {
  if (out === undefined || out === '-') return { write: io.stdout, close: () => {} };
  const path = resolve(io.cwd, out);
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new WhosaidError('E_OUTPUT', `${out}: cannot be written (${(error as Error).message})`, { cause: error });
  }
  return { write: (chunk) => void writeSync(fd, chunk), close: () => closeSync(fd) };
}
