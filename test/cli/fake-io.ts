/**
 * An in-memory CliIo: commands run in process, and tests read back what they printed.
 */
import type { CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function fakeIo(options: { cwd: string; stdin?: string | Buffer; isTTY?: boolean }): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (chunk) => out.push(chunk),
    stderr: (chunk) => err.push(chunk),
    readStdin: () => Promise.resolve(Buffer.from(options.stdin ?? '')),
    isTTY: options.isTTY ?? false,
    cwd: options.cwd,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
