/**
 * Input name → bytes, with the size limit enforced before a large file is read into memory.
 * Names are as the user gave them: a path (relative to `cwd`) or "-" for standard input.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WhosaidError } from '../core/errors.js';
import { tooLargeError } from './size-limit.js';

export const STDIN_NAME = '-';

export interface ReadInputOptions {
  readonly cwd: string;
  readonly maxBytes: number;
  readonly readStdin: (maxBytes: number) => Promise<Buffer>;
}

/**
 * @throws WhosaidError E_INPUT_NOT_FOUND, E_INPUT_IS_DIRECTORY, E_INPUT_UNREADABLE, E_INPUT_TOO_LARGE
 */
export async function readInput(name: string, options: ReadInputOptions): Promise<Buffer> {
  if (name === STDIN_NAME) return readStdin(options);
  const path = resolve(options.cwd, name);
  const info = await stat(path).catch((error: unknown) => {
    throw fsError(error, name);
  });
  if (info.isDirectory()) {
    throw new WhosaidError('E_INPUT_IS_DIRECTORY', `${name}: is a directory; name the files inside it instead`);
  }
  // stat sizes regular files exactly, so the common oversize case is refused without reading.
  if (info.size > options.maxBytes) throw tooLargeError(name, options.maxBytes, info.size);
  return readBounded(path, name, options.maxBytes);
}

async function readStdin(options: ReadInputOptions): Promise<Buffer> {
  const bytes = await options.readStdin(options.maxBytes).catch((error: unknown) => {
    throw fsError(error, 'standard input');
  });
  if (bytes.length > options.maxBytes) {
    // reading stopped at the limit, so the full size is unknown
    throw tooLargeError('standard input', options.maxBytes);
  }
  return bytes;
}

/**
 * Reads at most maxBytes + 1 bytes: pipes, devices and files that grew since stat have no
 * trustworthy size, and the extra byte is enough to tell that the limit was passed.
 */
async function readBounded(path: string, name: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of createReadStream(path, { start: 0, end: maxBytes })) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
    }
  } catch (error) {
    throw fsError(error, name);
  }
  if (total > maxBytes) throw tooLargeError(name, maxBytes);
  return Buffer.concat(chunks, total);
}

function fsError(error: unknown, name: string): WhosaidError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new WhosaidError('E_INPUT_NOT_FOUND', `${name}: no such file`, { cause: error });
  }
  if (code === 'EISDIR') {
    return new WhosaidError('E_INPUT_IS_DIRECTORY', `${name}: is a directory; name the files inside it instead`, {
      cause: error,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new WhosaidError('E_INPUT_UNREADABLE', `${name}: cannot be read (${reason})`, { cause: error });
}
