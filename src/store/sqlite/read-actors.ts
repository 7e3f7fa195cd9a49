/**
 * Actor queries: the list with counts, and one actor's page — roles over time, name forms,
 * mentions, statements and the outlets that quoted them.
 */
import type { Database } from 'better-sqlite3';
import type { ActorKind, Role } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { ActorDetail, ActorFilter, ActorMention, ActorSummary, OutletCount, RoleSeen } from '../store.js';
import { actorId, findActorRowids } from './actor-lookup.js';
import { WhosaidError } from '../../core/errors.js';
import { parseJson } from './json.js';
import { readStatements } from './read-statements.js';

interface ActorRow {
  rowid: number;
  name: string;
  kind: ActorKind;
  articles: number;
  statements: number;
}

const ACTOR_COLUMNS = `x.rowid, x.name, x.kind,
  (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor = x.rowid) AS articles,
  (SELECT COUNT(*) FROM statements s WHERE s.speaker = x.rowid) AS statements`;

export function readActors(db: Database, filter: ActorFilter): ActorSummary[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.kind !== undefined) {
    clauses.push('x.kind = ?');
    params.push(filter.kind);
  }
  if (filter.name !== undefined) {
    const rowids = findActorRowids(db, filter.name);
    clauses.push('x.rowid IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(rowids));
  }
  const rows = db
    .prepare(
      `SELECT ${ACTOR_COLUMNS} FROM actors x ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
       ORDER BY statements DESC, articles DESC, x.name ${filter.limit === undefined ? '' : `LIMIT ${filter.limit}`}`,
    )
    .all(...params) as ActorRow[];
  return rows.map((row) => summary(db, row));
}

/** @returns null when nothing matches; throws E_AMBIGUOUS naming the candidates when several do */
export function readActor(db: Database, idOrName: string): ActorDetail | null {
  const rowid = uniqueActor(db, idOrName);
  if (rowid === null) return null;
  const row = db.prepare(`SELECT ${ACTOR_COLUMNS} FROM actors x WHERE x.rowid = ?`).get(rowid) as ActorRow;
  const id = actorId(rowid);
  const links = db
    .prepare(
      `SELECT aa.name, aa.mentions, a.id AS article_id FROM article_actors aa JOIN articles a ON a.rowid = aa.article
       WHERE aa.actor = ? ORDER BY a.published IS NULL, a.published, a.rowid`,
    )
    .all(rowid) as { name: string; mentions: string; article_id: string }[];
  const names = [...new Set(links.map((link) => link.name))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const mentions: ActorMention[] = links.flatMap((link) =>
    (parseJson<Span[]>(link.mentions, 'article_actors.mentions') ?? []).map((span) => ({ articleId: link.article_id, ...span })),
  );
  const outlets = db
    .prepare(
      `SELECT a.outlet, COUNT(*) AS statements, COUNT(DISTINCT a.rowid) AS articles
       FROM statements s JOIN articles a ON a.rowid = s.article WHERE s.speaker = ?
       GROUP BY a.outlet COLLATE NOCASE ORDER BY statements DESC, a.outlet`,
    )
    .all(rowid) as OutletCount[];
  return {
    actor: summary(db, row),
    names: names.length > 0 ? names : [row.name],
    mentions,
    statements: readStatements(db, { speaker: id }).statements,
    outlets,
  };
}

/** Exactly one actor for a name or id, as the commands that act on one actor need. */
export function uniqueActor(db: Database, idOrName: string): number | null {
  const rowids = findActorRowids(db, idOrName);
  if (rowids.length <= 1) return rowids[0] ?? null;
  const names = db
    .prepare(`SELECT rowid, name, kind FROM actors WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT 6`)
    .all(JSON.stringify(rowids)) as { rowid: number; name: string; kind: string }[];
  const listed = names.map((n) => `${actorId(n.rowid)} ${n.name} (${n.kind})`).join(', ');
  throw new WhosaidError('E_AMBIGUOUS', `"${idOrName}" names ${rowids.length} actors: ${listed}${rowids.length > 6 ? ', …' : ''}; give an id`);
}

function summary(db: Database, row: ActorRow): ActorSummary {
  return {
    id: actorId(row.rowid),
    name: row.name,
    kind: row.kind,
    roles: rolesOverTime(db, row.rowid),
    articles: row.articles,
    statements: row.statements,
  };
}

/** Each distinct role with the first and last publication date of the articles that gave it. */
function rolesOverTime(db: Database, rowid: number): RoleSeen[] {
  const links = db
    .prepare(
      `SELECT aa.roles, a.published FROM article_actors aa JOIN articles a ON a.rowid = aa.article
       WHERE aa.actor = ? AND aa.roles <> '[]'`,
    )
    .all(rowid) as { roles: string; published: string | null }[];
  const seen = new Map<string, { role: Role; first: string | null; last: string | null; articles: number }>();
  for (const link of links) {
    for (const role of parseJson<Role[]>(link.roles, 'article_actors.roles') ?? []) {
      const key = `${role.title ?? ''}\u0000${role.affiliation ?? ''}`;
      const entry = seen.get(key) ?? { role, first: null, last: null, articles: 0 };
      entry.articles++;
      if (link.published !== null) {
        if (entry.first === null || link.published < entry.first) entry.first = link.published;
        if (entry.last === null || link.published > entry.last) entry.last = link.published;
      }
      seen.set(key, entry);
    }
  }
  return [...seen.values()]
    .sort((a, b) => (b.last ?? '').localeCompare(a.last ?? '') || b.articles - a.articles)
    .map((entry) => ({
      title: entry.role.title,
      affiliation: entry.role.affiliation,
      firstSeen: entry.first,
      lastSeen: entry.last,
      articles: entry.articles,
    }));
}
