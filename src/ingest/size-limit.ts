/**
 * The input size limit. It protects against mistakes (a log file, a disk image, `/dev/zero`)
 * rather than against text that is merely long, so it is generous and easy to raise.
 */
import { WhosaidError } from '../core/errors.js';

const MIB = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 10 * MIB;
export const MAX_BYTES_ENV = 'WHOSAID_MAX_BYTES';

const UNIT: Readonly<Record<string, number>> = { '': 1, k: 1024, m: MIB, g: 1024 * MIB };

/**
 * Reads a byte count such as `5000`, `512k`, `64M` or `1G` (binary units, case-insensitive).
 * @throws WhosaidError E_USAGE naming `origin` (the flag or variable it came from)
 */
export function parseByteSize(value: string, origin: string): number {
  const match = /^\s*(\d+)\s*([kmg]?)i?b?\s*$/i.exec(value);
  const bytes = match ? Number(match[1]) * (UNIT[(match[2] ?? '').toLowerCase()] ?? 1) : NaN;
  if (!Number.isSafeInteger(bytes)) {
    throw new WhosaidError('E_USAGE', `${origin}: expected a byte count such as 5000, 512k or 64M, got "${value}"`);
  }
  return bytes;
}

/** The flag wins over the environment, which wins over the default. */
export function resolveMaxBytes(flag: string | undefined, env: string | undefined): number {
  if (flag !== undefined) return parseByteSize(flag, '--max-bytes');
  if (env !== undefined && env !== '') return parseByteSize(env, MAX_BYTES_ENV);
  return DEFAULT_MAX_BYTES;
}

/** The refusal, with the way out in the same line; `size` is omitted when it is unknown (a pipe). */
export function tooLargeError(name: string, maxBytes: number, size?: number): WhosaidError {
  const what = size === undefined ? 'input' : `input of ${formatBytes(size)}`;
  return new WhosaidError(
    'E_INPUT_TOO_LARGE',
    `${name}: ${what} is above the size limit of ${formatBytes(maxBytes)}; ` +
      `raise it with --max-bytes N or ${MAX_BYTES_ENV}=N (e.g. 64M)`,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MIB) return `${trimDecimal(bytes / 1024)} KiB`;
  return `${trimDecimal(bytes / MIB)} MiB`;
}

function trimDecimal(n: number): string {
  return n.toFixed(1).replace(/\.0$/, '');
}
