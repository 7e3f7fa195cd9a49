/**
 * What every store command shares: `--db`, the statement filters, `--limit`, and opening the
 * store. One definition, so `statements`, `timeline`, `sources`, `clusters` and `export` read
 * their filters alike and fail alike.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { WhosaidError } from '../../core/errors.js';
import { DEFAULT_STORE_PATH } from '../../store/sqlite/open.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { StatementFilter, Store } from '../../store/store.js';
import type { CliIo } from '../io.js';
import { usageError } from '../parse-command-args.js';
import { checkedFilter, positiveInteger, type FilterField } from '../../store/filter-input.js';

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

/** The filters without --limit, for commands whose limit counts something else than statements. */
export const CHOOSING_FILTERS_HELP = `Filters (all must hold):
  --speaker NAME|ID    statements by this actor ("Barrot", "Jean-Noel Barrot", A12)
  --actor-kind KIND    speaker kind: person, organization, country, media, anonymous, group
  --outlet NAME        statements in articles of this outlet
  --about TEXT         statements whose content matches these words (full text; word* for prefixes)
  --since DATE         on or after this day, YYYY-MM-DD (the statement's date, else its article's)
  --until DATE         on or before this day
  --kind KIND          direct, indirect or mixed
  --anonymous          only statements from anonymous sources
  --article ID         statements of one article (its id)`;

export const FILTER_HELP = `${CHOOSING_FILTERS_HELP}
  --limit N            at most N rows (default: all)`;

/** `order` is an option of listings only (`statements --order`), so not among FILTER_OPTIONS. */
type FilterValues = { readonly [K in keyof typeof FILTER_OPTIONS | 'order']?: string | boolean };

/** The flag each filter field is given by. */
const FLAGS: Readonly<Record<FilterField, string>> = {
  speaker: '--speaker',
  actorKind: '--actor-kind',
  outlet: '--outlet',
  about: '--about',
  since: '--since',
  until: '--until',
  kind: '--kind',
  anonymous: '--anonymous',
  article: '--article',
  limit: '--limit',
  order: '--order',
};

export function statementFilter(command: string, values: FilterValues): StatementFilter {
  const text = (name: keyof FilterValues) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return checkedFilter(
    {
      speaker: text('speaker'),
      actorKind: text('actor-kind'),
      outlet: text('outlet'),
      about: text('about'),
      since: text('since'),
      until: text('until'),
      kind: text('kind'),
      anonymous: values.anonymous === true,
      article: text('article'),
      limit: text('limit'),
      order: text('order'),
    },
    (field, problem) => usageError(command, `${FLAGS[field]} ${problem}`),
  );
}

export function limitOf(command: string, value: string | undefined): number | undefined {
  return positiveInteger(value, (problem) => usageError(command, `--limit ${problem}`));
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
