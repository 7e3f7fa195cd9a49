/**
 * A live counter line for long store jobs, on a terminal only and at most a few times a second,
 * so a fast batch is not slowed by drawing and pipes get no escape codes.
 */
import type { CliIo } from '../io.js';

const ERASE_LINE = '\r\u001b[K';
const REDRAW_MS = 100;

export interface BatchProgress {
  readonly show: (line: () => string) => void;
  readonly clear: () => void;
}

export function batchProgress(io: CliIo): BatchProgress {
  if (!io.isTTY) return { show: () => {}, clear: () => {} };
  let last = 0;
  let drawn = false;
  return {
    show: (line) => {
      const now = performance.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      io.stderr(`${ERASE_LINE}${line()}`);
      drawn = true;
    },
    clear: () => {
      if (drawn) io.stderr(ERASE_LINE);
      drawn = false;
    },
  };
}

/** 12345 → "12,345": counts people read at a glance. */
export function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

export function rate(items: number, seconds: number): string {
  return seconds > 0 ? (items / seconds).toFixed(1) : '0.0';
}
