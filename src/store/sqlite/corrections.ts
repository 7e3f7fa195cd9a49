/**
 * Hand corrections of actor identity. Each is filed as manual name keys (or a locked name) so
 * that linking, which consults those keys first, reproduces it after any re-analysis; and each
 * is logged in `corrections`.
 */
import type { Database } from 'better-sqlite3';
import type { ActorKind, Role } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { nameKey, surnameOf } from '../../resolve/across/actor-match.js';
import { normalizeName } from '../../resolve/across/name-key.js';
import { articleKey, mergeRoles } from './link-actors.js';
import { parseJson } from './json.js';
import { uniqueActor } from './read-actors.js';

interface Row {
  rowid: number;
  name: string;
  kind: ActorKind;
  roles: string;
}

function actorRow(db: Database, query: string): Row {
  const rowid = uniqueActor(db, query);
  if (rowid === null) throw new WhosaidError('E_NOT_FOUND', `no actor "${query}" in the store`);
  return db.prepare('SELECT rowid, name, kind, roles FROM actors WHERE rowid = ?').get(rowid) as Row;
}

function roles(row: { roles: string }): Role[] {
  return parseJson<Role[]>(row.roles, 'actors.roles') ?? [];
}

function log(db: Database, operation: string, detail: unknown): void {
  db.prepare('INSERT INTO corrections (at, operation, detail) VALUES (?, ?, ?)').run(
    new Date().toISOString(),
    operation,
    JSON.stringify(detail),
  );
}

function setManualKey(db: Database, key: string, actor: number): void {
  db.prepare('INSERT OR REPLACE INTO actor_keys (key, actor, manual) VALUES (?, ?, 1)').run(key, actor);
}

/** Statements follow their article actor's link. */
function relinkStatements(db: Database, articles: readonly number[]): void {
  const relink = db.prepare(`UPDATE statements SET
      speaker = (SELECT actor FROM article_actors aa WHERE aa.article = statements.article AND aa.local_id = statements.speaker_local),
      via = (SELECT actor FROM article_actors aa WHERE aa.article = statements.article AND aa.local_id = statements.via_local)
    WHERE article = ?`);
  for (const article of new Set(articles)) relink.run(article);
}

/** @returns the kept actor's rowid */
export function mergeActors(db: Database, keptQuery: string, absorbedQuery: string): number {
  return db.transaction(() => {
    const kept = actorRow(db, keptQuery);
    const absorbed = actorRow(db, absorbedQuery);
    if (kept.rowid === absorbed.rowid) {
      throw new WhosaidError('E_USAGE', `actors merge: "${keptQuery}" and "${absorbedQuery}" are the same actor`);
    }
    const articles = db.prepare('SELECT article FROM article_actors WHERE actor = ?').pluck().all(absorbed.rowid) as number[];
    db.prepare('UPDATE article_actors SET actor = ? WHERE actor = ?').run(kept.rowid, absorbed.rowid);
    relinkStatements(db, articles);
    // every way the absorbed actor was found now finds the kept one, for good
    db.prepare('UPDATE actor_keys SET actor = ?, manual = 1 WHERE actor = ?').run(kept.rowid, absorbed.rowid);
    setManualKey(db, nameKey(absorbed.kind, absorbed.name), kept.rowid);
    db.prepare('UPDATE actors SET roles = ? WHERE rowid = ?').run(
      JSON.stringify(mergeRoles(roles(kept), roles(absorbed))),
      kept.rowid,
    );
    db.prepare('DELETE FROM actors WHERE rowid = ?').run(absorbed.rowid);
    log(db, 'merge', { kept: kept.name, absorbed: absorbed.name });
    return kept.rowid;
  })();
}

/** @returns the new actor's rowid */
export function splitActor(db: Database, query: string, by: { readonly name?: string; readonly articleId?: string }): number {
  return db.transaction(() => {
    const actor = actorRow(db, query);
    const name = by.name === undefined ? null : normalizeName(by.name);
    const moved = (
      db
        .prepare(
          `SELECT aa.article, aa.local_id, aa.name, aa.roles, a.id AS article_id
           FROM article_actors aa JOIN articles a ON a.rowid = aa.article WHERE aa.actor = ?`,
        )
        .all(actor.rowid) as { article: number; local_id: string; name: string; roles: string; article_id: string }[]
    ).filter(
      (row) =>
        (name === null || normalizeName(row.name) === name) &&
        (by.articleId === undefined || row.article_id.startsWith(by.articleId)),
    );
    if (moved.length === 0) {
      throw new WhosaidError('E_NOT_FOUND', `actors split: nothing of ${actor.name} matches ${describe(by)}`);
    }
    const newName = by.name ?? actor.name;
    const movedRoles = moved.reduce<Role[]>((all, row) => mergeRoles(all, roles(row)), []);
    const created = Number(
      db
        .prepare('INSERT INTO actors (name, search_name, kind, surname, roles) VALUES (?, ?, ?, ?, ?)')
        .run(newName, normalizeName(newName), actor.kind, surnameOf({ name: newName, kind: actor.kind, roles: [] }), JSON.stringify(movedRoles))
        .lastInsertRowid,
    );
    const move = db.prepare('UPDATE article_actors SET actor = ? WHERE article = ? AND local_id = ?');
    for (const row of moved) {
      move.run(created, row.article, row.local_id);
      const key = nameKey(actor.kind, row.name);
      setManualKey(db, by.articleId === undefined ? key : articleKey(key, row.article_id), created);
    }
    relinkStatements(db, moved.map((row) => row.article));
    const remaining = db.prepare('SELECT roles FROM article_actors WHERE actor = ?').all(actor.rowid) as { roles: string }[];
    db.prepare('UPDATE actors SET roles = ? WHERE rowid = ?').run(
      JSON.stringify(remaining.reduce<Role[]>((all, row) => mergeRoles(all, roles(row)), [])),
      actor.rowid,
    );
    log(db, 'split', { actor: actor.name, ...by });
    return created;
  })();
}

export function renameActor(db: Database, query: string, name: string): number {
  const trimmed = name.trim();
  if (trimmed === '') throw new WhosaidError('E_USAGE', 'actors rename: the new name is empty');
  return db.transaction(() => {
    const actor = actorRow(db, query);
    db.prepare('UPDATE actors SET name = ?, search_name = ?, surname = ?, name_locked = 1 WHERE rowid = ?').run(
      trimmed,
      normalizeName(trimmed),
      surnameOf({ name: trimmed, kind: actor.kind, roles: [] }),
      actor.rowid,
    );
    setManualKey(db, nameKey(actor.kind, trimmed), actor.rowid);
    log(db, 'rename', { from: actor.name, to: trimmed });
    return actor.rowid;
  })();
}

function describe(by: { readonly name?: string; readonly articleId?: string }): string {
  return [by.name === undefined ? '' : `the name "${by.name}"`, by.articleId === undefined ? '' : `article ${by.articleId}`]
    .filter(Boolean)
    .join(' in ');
}
