/**
 * The model backend's settings from flags and environment (flags win), or null when no model
 * is configured: the rules stay the default and nothing goes over the network unless asked.
 */
import { WhosaidError } from '../core/errors.js';
import type { StanceBackend } from '../core/stance.js';
import { defaultCacheFile, fileCache, memoryCache } from './cache.js';
import { modelBackend } from './model-backend.js';

export const STANCE_ENV = {
  url: 'WHOSAID_STANCE_URL',
  model: 'WHOSAID_STANCE_MODEL',
  key: 'WHOSAID_STANCE_KEY',
  cache: 'WHOSAID_STANCE_CACHE',
} as const;

export interface StanceModelFlags {
  readonly url?: string;
  readonly model?: string;
  /** a cache file, or "off" */
  readonly cache?: string;
  readonly timeoutMs?: number;
}

const DEFAULTS = { timeoutMs: 30_000, retries: 2, backoffMs: 500 };

export function stanceModelFromConfig(flags: StanceModelFlags, env: NodeJS.ProcessEnv): StanceBackend | null {
  const url = flags.url ?? env[STANCE_ENV.url];
  const model = flags.model ?? env[STANCE_ENV.model];
  if (!url && !model) return null;
  if (!url || !model) {
    throw new WhosaidError('E_USAGE', `a stance model needs both a URL (--stance-url or ${STANCE_ENV.url}) and a model name (--stance-model or ${STANCE_ENV.model})`);
  }
  const cache = flags.cache ?? env[STANCE_ENV.cache];
  const key = env[STANCE_ENV.key];
  return modelBackend({
    ...DEFAULTS,
    ...(flags.timeoutMs === undefined ? {} : { timeoutMs: flags.timeoutMs }),
    endpoint: chatEndpoint(url),
    model,
    ...(key ? { key } : {}),
    cache: cache === 'off' ? memoryCache() : fileCache(cache || defaultCacheFile(env)),
  });
}

/** A base URL ("http://host/v1") gets the chat-completions path; a full endpoint stays as given. */
export function chatEndpoint(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WhosaidError('E_USAGE', `the stance model URL "${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new WhosaidError('E_USAGE', `the stance model URL must be http or https, got "${url}"`);
  }
  return /\/chat\/completions\/?$/.test(parsed.pathname) ? url : `${url.replace(/\/+$/, '')}/chat/completions`;
}
