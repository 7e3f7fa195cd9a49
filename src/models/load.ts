/**
 * The shipped model files (`models/` at the package root): read and parsed once per process
 * (each worker thread is a process here), on first use. This is the only file reading below
 * analyze(): models are data, so they live in files rather than in source code.
 *
 * Training (scripts/train/) swaps a model in for cross-validation with `useModel`; nothing else
 * does, so an analysis always runs on the files the package ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../core/errors.js';

/** `models/`, two folders up from this file both in src/models/ and in dist/models/. */
export const MODELS_DIR: string = fileURLToPath(new URL('../../models/', import.meta.url));

const loaded = new Map<string, unknown>();

/**
 * The parsed contents of `models/<file>`, checked by `check` (which throws on a bad shape).
 * A missing or broken file is an installation error, reported in one line.
 */
export function loadModel<T>(file: string, check: (value: unknown) => T): T {
  const cached = loaded.get(file);
  if (cached !== undefined) return cached as T;
  let value: T;
  try {
    value = check(JSON.parse(readFileSync(new URL(file, `file://${MODELS_DIR}`), 'utf8')) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('E_INTERNAL', `the model file models/${file} could not be loaded (${reason}); reinstall whosaid or run npm run train`, { cause: error });
  }
  loaded.set(file, value);
  return value;
}

/** Makes `value` the model of `file` for this process (training only); `undefined` restores the file. */
export function useModel(file: string, value: unknown): void {
  if (value === undefined) loaded.delete(file);
  else loaded.set(file, value);
}
