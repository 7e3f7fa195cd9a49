/** Starts a bench child for one pass and reads back its result line. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PassResult } from './pass-child.js';
import type { PassName } from './passes.js';

// The child has this module's extension: .js from dist, .ts when run through tsx.
const here = fileURLToPath(import.meta.url);
const CHILD = path.join(path.dirname(here), `pass-child${path.extname(here)}`);

export function runChild(pass: PassName, corpusDir: string): PassResult {
  // execArgv carries --expose-gc (for the gc between warm-up and timing) and any tsx loader.
  const child = spawnSync(process.execPath, [...process.execArgv, CHILD, pass, corpusDir], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const line = child.stdout?.trim().split('\n').pop();
  if (child.status !== 0 || !line) {
    throw new Error(`bench child for ${pass} failed (exit ${String(child.status ?? child.signal)})`);
  }
  return JSON.parse(line) as PassResult;
}
