/**
 * Gzip with the size limit applied to what comes out: a few kilobytes can inflate to
 * gigabytes, so decompression stops at the limit instead of filling memory.
 */
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { WhosaidError } from '../core/errors.js';
import { tooLargeError } from './size-limit.js';

const gunzipAsync = promisify(gunzip);

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * @throws WhosaidError E_INPUT_TOO_LARGE past maxBytes decompressed, E_INPUT_FORMAT for data that is not gzip
 */
export async function gunzipBounded(bytes: Uint8Array, name: string, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: Math.max(maxBytes, 1) });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLargeError(`${name} (decompressed)`, maxBytes);
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new WhosaidError('E_INPUT_FORMAT', `${name}: not valid gzip data (${reason})`, { cause });
  }
}
