/**
 * Links the actors of one article to the store's actors: exact name keys first (manual ones
 * from merge and split included), then the person rules of src/resolve/across/actor-match.ts,
 * else a new actor. Anonymous and group sources stay per article.
 */
import type { Database, Statement as Prepared } from 'better-sqlite3';
import type { Actor, Role } from '../../core/analysis.js';
import {
  ARTICLE_SCOPED_KINDS,
  fullerName,
  matchPerson,
  nameKey,
  surnameOf,
  type StoredCandidate,
} from '../../resolve/across/actor-match.js';
import { normalizeName, personName } from '../../resolve/across/name-key.js';
import { parseJson } from './json.js';

/** Enough roles to match on; a long-serving politician's list must not grow without end. */
const MAX_ROLES_KEPT = 24;

interface ActorRow {
  rowid: number;
  name: string;
  kind: string;
  roles: string;
  name_locked: number;
}

/** A key scoped to one article: how anonymous sources and `split --article` are filed. */
export function articleKey(key: string, articleId: string): string {
  return `${key}@${articleId}`;
}

export class ActorLinker {
  private readonly byKey: Prepared<[string], { actor: number }>;
  private readonly bySurname: Prepared<[string], ActorRow & { articles: number }>;
  private readonly byRowid: Prepared<[number], ActorRow>;
  private readonly insertActor: Prepared<[string, string, string, string | null, string]>;
  private readonly insertKey: Prepared<[string, number]>;
  private readonly updateActor: Prepared<[string, string, string, number]>;

  constructor(db: Database) {
    this.byKey = db.prepare('SELECT actor FROM actor_keys WHERE key = ?');
    // only actors that are not article-scoped have a surname, so namesakes are stored people
    this.bySurname = db.prepare(`
      SELECT a.rowid, a.name, a.kind, a.roles, a.name_locked,
             (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor = a.rowid) AS articles
      FROM actors a WHERE a.surname = ? ORDER BY a.rowid`);
    this.byRowid = db.prepare('SELECT rowid, name, kind, roles, name_locked FROM actors WHERE rowid = ?');
    this.insertActor = db.prepare('INSERT INTO actors (name, search_name, kind, surname, roles) VALUES (?, ?, ?, ?, ?)');
    this.insertKey = db.prepare('INSERT OR IGNORE INTO actor_keys (key, actor, manual) VALUES (?, ?, 0)');
    this.updateActor = db.prepare('UPDATE actors SET name = ?, search_name = ?, roles = ? WHERE rowid = ?');
  }

  /** @returns the store's rowid for the actor */
  link(actor: Actor, articleId: string): number {
    const key = nameKey(actor.kind, actor.name);
    if (ARTICLE_SCOPED_KINDS.has(actor.kind)) {
      const scoped = articleKey(key, articleId);
      const found = this.byKey.get(scoped)?.actor;
      if (found !== undefined) return found;
      const created = this.create(actor, null);
      this.insertKey.run(scoped, created);
      return created;
    }
    const byKey = this.byKey.get(articleKey(key, articleId))?.actor ?? this.byKey.get(key)?.actor;
    const found = byKey ?? this.matchByPerson(actor);
    const rowid = found ?? this.create(actor, surnameOf(actor));
    if (found !== null) this.absorb(rowid, actor);
    // A bare surname names too many people to be a key: it is matched by the person rules each time.
    const keyable = actor.kind !== 'person' || (personName(actor.name)?.given.length ?? 0) > 0;
    if (byKey === undefined && keyable) this.insertKey.run(key, rowid);
    return rowid;
  }

  private matchByPerson(actor: Actor): number | null {
    const surname = surnameOf(actor);
    if (surname === null) return null;
    const candidates: StoredCandidate[] = this.bySurname.all(surname).map((row) => ({
      ref: row.rowid,
      name: row.name,
      kind: 'person',
      roles: parseJson<Role[]>(row.roles, 'actors.roles') ?? [],
      articles: row.articles,
    }));
    return matchPerson(actor, candidates)?.ref ?? null;
  }

  private create(actor: Actor, surname: string | null): number {
    const roles = JSON.stringify(actor.roles.slice(0, MAX_ROLES_KEPT));
    return Number(this.insertActor.run(actor.name, normalizeName(actor.name), actor.kind, surname, roles).lastInsertRowid);
  }

  /** The stored actor learns the fuller name (unless renamed by hand) and the new roles. */
  private absorb(rowid: number, actor: Actor): void {
    const row = this.byRowid.get(rowid);
    if (row === undefined) return;
    const name = row.name_locked ? row.name : fullerName(row.name, actor.name);
    const roles = JSON.stringify(mergeRoles(parseJson<Role[]>(row.roles, 'actors.roles') ?? [], actor.roles));
    if (name !== row.name || roles !== row.roles) this.updateActor.run(name, normalizeName(name), roles, rowid);
  }
}

export function mergeRoles(kept: readonly Role[], added: readonly Role[]): Role[] {
  const seen = new Set(kept.map(roleKey));
  const merged = [...kept];
  for (const role of added) {
    if (merged.length >= MAX_ROLES_KEPT) break;
    if (!seen.has(roleKey(role))) merged.push({ title: role.title, affiliation: role.affiliation });
    seen.add(roleKey(role));
  }
  return merged;
}

function roleKey(role: Role): string {
  return `${role.title ?? ''}\u0000${role.affiliation ?? ''}`;
}
