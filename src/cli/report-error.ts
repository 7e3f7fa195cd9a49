/**
 * The one place that turns a failure into a line on stderr and an exit code, so every command
 * and every item of a batch fails the same way: one line, no stack trace unless asked for.
 */
import { ERROR_CODES, WhosaidError } from '../core/errors.js';
import type { CliIo } from './io.js';

export const DEBUG_ENV = 'WHOSAID_DEBUG';

/**
 * Prints `whosaid: <message>` and returns the exit code that belongs to the error.
 * `input` names the batch item a bug struck; typed errors already name their input.
 */
export function reportError(error: unknown, io: CliIo, input?: string): number {
  if (error instanceof WhosaidError && error.code !== 'E_INTERNAL') {
    io.stderr(`whosaid: ${oneLine(error.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = input === undefined ? '' : `${input}: `;
  io.stderr(`whosaid: internal error: ${where}${oneLine(message)}\n`);
  if (process.env[DEBUG_ENV] === '1') io.stderr(stackTrace(error));
  return ERROR_CODES.E_INTERNAL.exitCode;
}

/** The stack of the error and of its causes: a wrapped bug is found where it was thrown. */
function stackTrace(error: unknown): string {
  if (!(error instanceof Error)) return '';
  const cause = error.cause === undefined ? '' : `Caused by: ${stackTrace(error.cause)}`;
  return `${error.stack ?? error.message}\n${cause}`;
}

/** Warnings go to stderr in every output mode: stdout stays machine-readable. */
export function reportWarning(io: CliIo, message: string): void {
  io.stderr(`whosaid: warning: ${oneLine(message)}\n`);
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
