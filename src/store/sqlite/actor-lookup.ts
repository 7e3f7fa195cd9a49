/**
 * A name or id as a user types it → the store's actors. "A12" is an id; otherwise the name is
 * compared normalised (accents and case ignored): an exact name first, then a surname, then
 * any actor whose name contains the words, so "Barrot", "Jean-Noel Barrot" and "barrot"
 * all find Jean-Noël Barrot.
 */
import type { Database } from 'better-sqlite3';
import { normalizeName } from '../../resolve/across/name-key.js';
import { prepared } from './prepared.js';

export const ACTOR_ID_PREFIX = 'A';

export function actorId(rowid: number): string {
  return `${ACTOR_ID_PREFIX}${rowid}`;
}

export function actorRowid(id: string): number | null {
  const match = /^A(\d+)$/.exec(id);
  return match ? Number(match[1]) : null;
}

export function findActorRowids(db: Database, query: string): number[] {
  const rowid = actorRowid(query.trim());
  if (rowid !== null) {
    return prepared(db, 'SELECT rowid FROM actors WHERE rowid = ?').pluck().all(rowid) as number[];
  }
  const name = normalizeName(query);
  if (name === '') return [];
  const tiers = [
    'SELECT rowid FROM actors WHERE search_name = @name',
    "SELECT DISTINCT actor FROM actor_keys WHERE substr(key, instr(key, ':') + 1) = @name",
    'SELECT rowid FROM actors WHERE surname = @name',
    "SELECT rowid FROM actors WHERE (' ' || search_name || ' ') LIKE ('% ' || @name || ' %')",
  ];
  for (const sql of tiers) {
    const found = prepared(db, `${sql} ORDER BY 1`).pluck().all({ name }) as number[];
    if (found.length > 0) return found;
  }
  return [];
}
