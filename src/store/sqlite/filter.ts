/**
 * StatementFilter → SQL WHERE over `statements s JOIN articles a LEFT JOIN actors sp` (the
 * speaker). One translation serves every query that takes the filters, so `statements`,
 * `timeline`, `sources`, `export` and the API agree on what a filter means.
 */
import type { Database } from 'better-sqlite3';
import { WhosaidError } from '../../core/errors.js';
import type { StatementFilter } from '../store.js';
import { findActorRowids } from './actor-lookup.js';
import { ftsQuery } from './fts.js';

export const STATEMENT_FROM = `
  FROM statements s
  JOIN articles a ON a.rowid = s.article
  LEFT JOIN actors sp ON sp.rowid = s.speaker
  LEFT JOIN actors v ON v.rowid = s.via`;

/** The listing order, matching the statements_order index. */
export const ORDER_KEY = "COALESCE(s.day, '~')";

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
    clauses.push(`s.speaker IN (${rowids.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...rowids);
  }
  if (filter.actorKind !== undefined) {
    clauses.push('sp.kind = ?');
    params.push(filter.actorKind);
  }
  if (filter.anonymous) clauses.push("sp.kind = 'anonymous'");
  if (filter.outlet !== undefined) {
    clauses.push('a.outlet = ? COLLATE NOCASE');
    params.push(filter.outlet);
  }
  if (filter.kind !== undefined) {
    clauses.push('s.kind = ?');
    params.push(filter.kind);
  }
  if (filter.since !== undefined) {
    clauses.push('s.day >= ?');
    params.push(filter.since);
  }
  if (filter.until !== undefined) {
    // a month-precision day ("2024-11") sorts before its days, so compare against the day's end
    clauses.push('s.day <= ?');
    params.push(`${filter.until}\uffff`);
  }
  if (filter.articleId !== undefined) {
    clauses.push('a.id = ?');
    params.push(filter.articleId);
  }
  if (filter.about !== undefined) {
    const match = ftsQuery(filter.about);
    if (match === null) empty = true;
    clauses.push('s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)');
    params.push(match ?? '""');
  }
  if (filter.after !== undefined) {
    const cursor = decodeCursor(filter.after);
    clauses.push(`(${ORDER_KEY} > ? OR (${ORDER_KEY} = ? AND s.rowid > ?))`);
    params.push(cursor.key, cursor.key, cursor.rowid);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params, empty };
}

interface Cursor {
  readonly key: string;
  readonly rowid: number;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.rowid])).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const [key, rowid] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && Number.isInteger(rowid)) return { key, rowid: rowid as number };
  } catch {
    // reported below
  }
  throw new WhosaidError('E_USAGE', `not a statements cursor: "${value}"`);
}
