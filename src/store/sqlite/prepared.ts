/**
 * Prepared statements kept by their SQL, per connection. A listing's SQL depends on which
 * filters are set, so it is built per call; preparing it costs about what running a short
 * query does, and the same few shapes come back request after request. Only for statements
 * run to completion (`all`, `get`, `run`), never `iterate`: a cached statement is not reentrant.
 */
import type { Database, Statement } from 'better-sqlite3';

/** More than the filter combinations in use; a name lookup's IN list of any length is one shape. */
const CAPACITY = 256;

const caches = new WeakMap<Database, Map<string, Statement>>();

export function prepared(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
    cache.set(sql, statement);
  }
  return statement;
}
