/**
 * One way for every command to read its options, so a wrong command line gives the same
 * one-line usage error everywhere: "whosaid: <command>: <what is wrong>; see whosaid <command> --help".
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WhosaidError } from '../core/errors.js';
import { dayProblem, isCalendarDay } from '../store/filter-input.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export function usageError(command: string, message: string): WhosaidError {
  return new WhosaidError('E_USAGE', `${command}: ${message}; see whosaid ${command} --help`);
}

export function parseCommandArgs<const O extends Options>(command: string, argv: readonly string[], options: O): Parsed<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util errors add a sentence about "--"; the first sentence is the point.
    const first = (error instanceof Error ? error.message : String(error)).split(/\.\s/)[0] ?? '';
    throw usageError(command, first.replace(/\.$/, ''));
  }
}

/** A real calendar day in YYYY-MM-DD form, or a usage error naming the flag. */
export function checkDay(command: string, flag: string, value: string): string {
  if (!isCalendarDay(value)) throw usageError(command, `${flag} ${dayProblem(value)}`);
  return value;
}

/** --workers N: how many analysis threads (0 or 1 analyses in process). */
export function workerCount(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw usageError(command, `--workers expects a whole number, got "${value}"`);
  return Number(value);
}
