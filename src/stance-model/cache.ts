/**
 * Answers kept on disk, keyed by model, question and statement, so a rerun asks the model
 * nothing it has asked before. One JSON file: small, readable, and written whole through a
 * temporary file so an interrupted run never leaves it half written. A missing or unreadable
 * file is an empty cache: the cache saves calls, it is never needed for a correct answer.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StanceInput } from '../core/stance.js';
import type { ModelAnswer } from './answer.js';

const VERSION = 1;

export interface AnswerCache {
  get(key: string): ModelAnswer | undefined;
  set(key: string, answer: ModelAnswer): void;
  /** writes the file when something was added */
  save(): void;
}

export function cacheKey(model: string, item: StanceInput): string {
  const { question } = item;
  const paragraph = item.paragraph ? item.text.slice(item.paragraph.start, item.paragraph.end) : '';
  const parts = [model, question.id, question.target, question.descriptors, item.content.text, paragraph, item.speaker ?? ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** $XDG_CACHE_HOME/whosaid/stances.json, else ~/.cache/whosaid/stances.json */
export function defaultCacheFile(env: NodeJS.ProcessEnv): string {
  return join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'whosaid', 'stances.json');
}

export function fileCache(file: string): AnswerCache {
  const entries = readEntries(file);
  let dirty = false;
  return {
    get: (key) => entries[key],
    set: (key, answer) => {
      entries[key] = answer;
      dirty = true;
    },
    save: () => {
      if (!dirty) return;
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ version: VERSION, entries })}\n`);
      renameSync(temporary, file);
      dirty = false;
    },
  };
}

export function memoryCache(): AnswerCache {
  const entries = new Map<string, ModelAnswer>();
  return { get: (key) => entries.get(key), set: (key, answer) => void entries.set(key, answer), save: () => undefined };
}

function readEntries(file: string): Record<string, ModelAnswer> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; entries?: unknown };
    return data.version === VERSION && typeof data.entries === 'object' && data.entries !== null
      ? (data.entries as Record<string, ModelAnswer>)
      : {};
  } catch {
    return {};
  }
}
