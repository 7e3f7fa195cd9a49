/**
 * Batch progress on stderr, drawn only on a terminal: pipes and CI logs get no escape codes,
 * and a single input gets no progress line at all.
 */
import type { CliIo } from '../io.js';

export interface Progress {
  /** shows "[n/total] name" while item n is being worked on */
  readonly show: (n: number, name: string) => void;
  /** erases the line; called before anything else is written so output never interleaves */
  readonly clear: () => void;
}

const ERASE_LINE = '\r\u001b[K';

export function progressOn(io: CliIo, total: number): Progress {
  if (!io.isTTY || total < 2) return { show: () => {}, clear: () => {} };
  let drawn = false;
  return {
    show: (n, name) => {
      io.stderr(`${ERASE_LINE}[${n}/${total}] ${name}`);
      drawn = true;
    },
    clear: () => {
      if (drawn) io.stderr(ERASE_LINE);
      drawn = false;
    },
  };
}
