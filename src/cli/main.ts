/**
 * The CLI entry: dispatches a command and turns whatever escapes it into one line on stderr
 * and an exit code (docs/errors.md). Never throws, so bin/whosaid.js never prints a stack.
 */
import { ERROR_CODES, WhosaidError } from '../core/errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { processIo, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { MAIN_USAGE } from './usage.js';
import { packageVersion } from '../version.js';

/** @returns the process exit code */
export async function main(argv: string[], io?: CliIo): Promise<number> {
  if (io === undefined) ignoreClosedStdout();
  const cliIo = io ?? processIo();
  try {
    return await dispatch(argv, cliIo);
  } catch (error) {
    return reportError(error, cliIo);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest, io);
    // The other commands are loaded on demand: analyze does not pay for SQLite or the evaluation code.
    case 'eval':
      return (await import('./commands/eval.js')).evalCommand(rest, io);
    case 'ingest':
      return (await import('./commands/ingest.js')).ingestCommand(rest, io);
    case 'reanalyze':
      return (await import('./commands/reanalyze.js')).reanalyzeCommand(rest, io);
    case 'statements':
    case 'timeline':
    case 'sources':
    case 'clusters':
      return (await import('./commands/query.js')).queryCommand(command, rest, io);
    case 'search':
      return (await import('./commands/query.js')).searchCommand(rest, io);
    case 'actors':
      return (await import('./commands/actors.js')).actorsCommand(rest, io);
    case 'actor':
      return (await import('./commands/actors.js')).actorCommand(rest, io);
    case 'positions':
      return (await import('./commands/positions.js')).positionsCommand(rest, io);
    case 'export':
      return (await import('./commands/export.js')).exportCommand(rest, io);
    case 'serve':
      return (await import('./commands/serve.js')).serveCommand(rest, io);
    case '-h':
    case '--help':
    case 'help':
      io.stdout(MAIN_USAGE);
      return 0;
    case '-V':
    case '--version':
      io.stdout(`${packageVersion()}\n`);
      return 0;
    case undefined:
      io.stderr(MAIN_USAGE);
      return ERROR_CODES.E_USAGE.exitCode;
    default:
      throw new WhosaidError('E_USAGE', `unknown command "${command}"; see whosaid --help`);
  }
}

/**
 * `whosaid analyze a.txt | head` closes stdout early; the failed write must end quietly,
 * as with any Unix filter, rather than as an unhandled 'error' event with a stack trace.
 */
function ignoreClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
