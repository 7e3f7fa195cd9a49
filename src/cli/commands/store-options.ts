/**
 * What every store command shares: `--db`, the statement filters, `--limit`, and opening the
 * store. One definition, so `statements`, `timeline`, `sources`, `clusters` and `export` read
 * their filters alike and fail alike.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ActorKind, StatementKind } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { DEFAULT_STORE_PATH } from '../../store/sqlite/open.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { StatementFilter, Store } from '../../store/store.js';
import type { CliIo } from '../io.js';
import { checkDay, usageError } from '../parse-command-args.js';

export const DB_OPTION = { db: { type: 'string' } } as const;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
export const JSON_OPTION = { json: { type: 'boolean' } } as const;
export const LIMIT_OPTION = { limit: { type: 'string' } } as const;

export const FILTER_OPTIONS = {
  speaker: { type: 'string' },
  'actor-kind': { type: 'string' },
  outlet: { type: 'string' },
  about: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  kind: { type: 'string' },
  anonymous: { type: 'boolean' },
  article: { type: 'string' },
  ...LIMIT_OPTION,
} as const;

export const DB_HELP = `  --db FILE            the store (default ./${DEFAULT_STORE_PATH})`;

export const FILTER_HELP = `Filters (all must hold):
  --speaker NAME|ID    statements by this actor ("Barrot", "Jean-Noel Barrot", A12)
  --actor-kind KIND    speaker kind: person, organization, country, media, anonymous, group
  --outlet NAME        statements in articles of this outlet
  --about TEXT         statements whose content matches these words (full text; word* for prefixes)
  --since DATE         on or after this day, YYYY-MM-DD (the statement's date, else its article's)
  --until DATE         on or before this day
  --kind KIND          direct, indirect or mixed
  --anonymous          only statements from anonymous sources
  --article ID         statements of one article (its id)
  --limit N            at most N rows (default: all)`;

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'media', 'anonymous', 'group'];
const STATEMENT_KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];

type FilterValues = { readonly [K in keyof typeof FILTER_OPTIONS]?: string | boolean };

export function statementFilter(command: string, values: FilterValues): StatementFilter {
  const text = (name: keyof typeof FILTER_OPTIONS) => {
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const filter: Record<string, unknown> = {
    speaker: text('speaker'),
    actorKind: oneOf(command, '--actor-kind', text('actor-kind'), ACTOR_KINDS),
    outlet: text('outlet'),
    about: text('about'),
    since: day(command, '--since', text('since')),
    until: day(command, '--until', text('until')),
    kind: oneOf(command, '--kind', text('kind'), STATEMENT_KINDS),
    anonymous: values.anonymous === true ? true : undefined,
    articleId: text('article'),
    limit: limitOf(command, text('limit')),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as StatementFilter;
}

export function limitOf(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usageError(command, `--limit expects a positive whole number, got "${value}"`);
  return Number(value);
}

function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw usageError(command, `${flag} expects one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function day(command: string, flag: string, value: string | undefined): string | undefined {
  return value === undefined ? undefined : checkDay(command, flag, value);
}

export function storePath(values: { readonly db?: string | undefined }, io: CliIo): string {
  return resolve(io.cwd, values.db ?? DEFAULT_STORE_PATH);
}

/** Reading commands never create a store: a mistyped --db is an error, not an empty answer. */
export function openExistingStore(values: { readonly db?: string | undefined }, io: CliIo): Store {
  const path = storePath(values, io);
  if (!existsSync(path)) {
    throw new WhosaidError('E_STORE', `${values.db ?? DEFAULT_STORE_PATH}: no store there; create one with whosaid ingest`);
  }
  return new SqliteStore(path);
}

export function openStore(values: { readonly db?: string | undefined }, io: CliIo): Store {
  return new SqliteStore(storePath(values, io));
}

/** Runs `work` with the store and closes it whatever happens. */
export async function withStore<T>(store: Store, work: (store: Store) => T | Promise<T>): Promise<T> {
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
