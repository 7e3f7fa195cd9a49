/**
 * StatementFilter → SQL WHERE over `statements s JOIN articles a LEFT JOIN actors sp` (the
 * speaker). One translation serves every query that takes the filters, so `statements`,
 * `timeline`, `sources`, `export` and the API agree on what a filter means.
 */
import type { Database } from 'better-sqlite3';
import { WhosaidError } from '../../core/errors.js';
import type { StatementFilter, StatementOrder } from '../store.js';
import { findActorRowids } from './actor-lookup.js';
import { ftsQuery } from './fts.js';

export const STATEMENT_FROM = `
  FROM statements s
  JOIN articles a ON a.rowid = s.article
  LEFT JOIN actors sp ON sp.rowid = s.speaker
  LEFT JOIN actors v ON v.rowid = s.via`;

export interface ListingOrder {
  readonly name: StatementOrder;
  /** the sort key, the expression of an index (statements_order, statements_newest) */
  readonly key: string;
  readonly direction: 'ASC' | 'DESC';
  /** how a later row compares with the cursor */
  readonly beyond: '>' | '<';
}

/** Undated statements come last in both orders: '~' sorts after every day, '' before every day. */
const ORDERS: Readonly<Record<StatementOrder, ListingOrder>> = {
  oldest: { name: 'oldest', key: "COALESCE(s.day, '~')", direction: 'ASC', beyond: '>' },
  newest: { name: 'newest', key: "COALESCE(s.day, '')", direction: 'DESC', beyond: '<' },
};

export const listingOrder = (filter: StatementFilter): ListingOrder => ORDERS[filter.order ?? 'oldest'];

export interface Where {
  readonly sql: string;
  readonly params: unknown[];
  /** true when the filter can match nothing (an unknown speaker, an empty search) */
  readonly empty: boolean;
}

export function statementWhere(db: Database, filter: StatementFilter): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  let empty = false;
  if (filter.speaker !== undefined) {
    const rowids = findActorRowids(db, filter.speaker);
    if (rowids.length === 0) empty = true;
    // as one JSON array, so any number of actors is the same SQL (and the same prepared statement)
    clauses.push('s.speaker IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(rowids));
  }
  if (filter.actorKind !== undefined) {
    clauses.push('sp.kind = ?');
    params.push(filter.actorKind);
  }
  if (filter.anonymous) clauses.push("sp.kind = 'anonymous'");
  if (filter.outlet !== undefined) {
    // the statement's copy of its article's outlet: indexed with the listing orders
    clauses.push('s.outlet = ? COLLATE NOCASE');
    params.push(filter.outlet);
  }
  if (filter.kind !== undefined) {
    clauses.push('s.kind = ?');
    params.push(filter.kind);
  }
  // The days again as a range of the listing order's key (equal to s.day on dated rows, and the
  // bounds exclude undated ones anyway): an index on that key is then read from the first day.
  const key = listingOrder(filter).key;
  if (filter.since !== undefined) {
    clauses.push(`s.day >= ? AND ${key} >= ?`);
    params.push(filter.since, filter.since);
  }
  if (filter.until !== undefined) {
    // a month-precision day ("2024-11") sorts before its days, so compare against the day's end
    clauses.push(`s.day <= ? AND ${key} <= ?`);
    params.push(`${filter.until}\uffff`, `${filter.until}\uffff`);
  }
  if (filter.articleId !== undefined) {
    clauses.push('a.id = ?');
    params.push(filter.articleId);
  }
  if (filter.articleIds !== undefined) {
    clauses.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.articleIds));
  }
  if (filter.about !== undefined) {
    const match = ftsQuery(filter.about);
    if (match === null) empty = true;
    clauses.push('s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)');
    params.push(match ?? '""');
  }
  if (filter.after !== undefined) {
    const order = listingOrder(filter);
    const cursor = decodeCursor(filter.after, order.name);
    clauses.push(`(${order.key} ${order.beyond} ? OR (${order.key} = ? AND s.rowid ${order.beyond} ?))`);
    params.push(cursor.key, cursor.key, cursor.rowid);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params, empty };
}

interface Cursor {
  readonly key: string;
  readonly rowid: number;
  readonly order: StatementOrder;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.rowid, cursor.order])).toString('base64url');
}

/** A cursor of the listing in `order`; one without an order is of the oldest-first listing, the only one there was. */
function decodeCursor(value: string, order: StatementOrder): Cursor {
  let cursor: Cursor | null = null;
  try {
    const [key, rowid, made = 'oldest'] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && Number.isInteger(rowid) && (made === 'oldest' || made === 'newest')) cursor = { key, rowid: rowid as number, order: made };
  } catch {
    // reported below
  }
  if (cursor === null) throw new WhosaidError('E_USAGE', `not a statements cursor: "${value}"`);
  if (cursor.order !== order) throw new WhosaidError('E_USAGE', `the cursor is of the ${cursor.order}-first listing, not the ${order}-first one`);
  return cursor;
}
