/**
 * The statement queries: one page of statements, the timeline, per-outlet sourcing, quote
 * clusters and the actor–outlet network — all over the same filters (filter.ts).
 */
import type { Database } from 'better-sqlite3';
import type { ActorKind } from '../../core/analysis.js';
import type {
  NetworkEdge,
  OutletSourcing,
  QuoteCluster,
  StatementFilter,
  StatementPage,
  StoredStatement,
  TimelineDay,
} from '../store.js';
import { actorId } from './actor-lookup.js';
import { encodeCursor, listingOrder, STATEMENT_FROM, statementWhere } from './filter.js';
import { STATEMENT_COLUMNS, toStoredStatements, type StatementRow } from './statement-rows.js';

export function readStatements(db: Database, filter: StatementFilter): StatementPage {
  const where = statementWhere(db, filter);
  if (where.empty) return { statements: [], next: null };
  const limit = filter.limit;
  const listing = listingOrder(filter);
  const order = `ORDER BY ${listing.key} ${listing.direction}, s.rowid ${listing.direction}`;
  // One row more than asked tells whether there is a next page. A page's rows are chosen
  // before their columns are read: SQLite computes the selected columns (a speaker's roles are
  // a subquery) for every matching row before sorting, thousands where a page needs fifty.
  const selection =
    limit === undefined ? where.sql : `WHERE s.rowid IN (SELECT s.rowid ${STATEMENT_FROM} ${where.sql} ${order} LIMIT ${limit + 1})`;
  const rows = db
    .prepare(`SELECT ${STATEMENT_COLUMNS}, ${listing.key} AS order_key ${STATEMENT_FROM} ${selection} ${order}`)
    .all(...where.params) as (StatementRow & { order_key: string })[];
  const more = limit !== undefined && rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    statements: toStoredStatements(db, page),
    next: more && last ? encodeCursor({ key: last.order_key, rowid: last.rowid, order: listing.name }) : null,
  };
}

export function readTimeline(db: Database, filter: StatementFilter): TimelineDay[] {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return [];
  const rows = db
    .prepare(
      `SELECT s.day, s.speaker, sp.name AS speaker_name, COUNT(*) AS n ${STATEMENT_FROM} ${where.sql}
       GROUP BY s.day, s.speaker ORDER BY COALESCE(s.day, '~'), n DESC, sp.name`,
    )
    .all(...where.params) as { day: string | null; speaker: number | null; speaker_name: string | null; n: number }[];
  const days = new Map<string | null, { statements: number; speakers: TimelineDay['speakers'][number][] }>();
  for (const row of rows) {
    const day = days.get(row.day) ?? { statements: 0, speakers: [] };
    day.statements += row.n;
    day.speakers.push({ id: row.speaker === null ? null : actorId(row.speaker), name: row.speaker_name, statements: row.n });
    days.set(row.day, day);
  }
  return [...days].map(([day, value]) => ({ day, ...value }));
}

/**
 * Second-hand: the words reached the article through another outlet — an outlet is the speaker
 * ("according to Le Monde") or the channel ("told the BBC") and it is not the article's own.
 * An outlet is an actor of kind media, or any actor named like an outlet of the store's
 * articles: the store knows the Eastmere Gazette publishes even if the text did not say so.
 */
export function readSources(db: Database, filter: StatementFilter): OutletSourcing[] {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return [];
  const isOutlet = (actor: string) =>
    `(${actor}.kind = 'media' OR lower(${actor}.name) IN (SELECT lower(outlet) FROM articles WHERE outlet IS NOT NULL))`;
  const secondHand = `((${isOutlet('sp')} AND sp.name <> COALESCE(a.outlet, '') COLLATE NOCASE)
                    OR (${isOutlet('v')} AND v.name <> COALESCE(a.outlet, '') COLLATE NOCASE))`;
  const rows = db
    .prepare(
      `SELECT a.outlet, COUNT(DISTINCT a.rowid) AS articles, COUNT(*) AS statements,
              SUM(sp.kind = 'anonymous') AS anonymous, SUM(${secondHand}) AS second_hand
       ${STATEMENT_FROM} ${where.sql}
       GROUP BY a.outlet COLLATE NOCASE ORDER BY statements DESC, a.outlet`,
    )
    .all(...where.params) as { outlet: string | null; articles: number; statements: number; anonymous: number; second_hand: number }[];
  const articlesWithout = articlesWithoutStatements(db, filter);
  return rows.map((row) => ({
    outlet: row.outlet,
    articles: row.articles + (articlesWithout.get(row.outlet?.toLowerCase() ?? null) ?? 0),
    statements: row.statements,
    anonymousShare: share(row.anonymous, row.statements),
    secondHandShare: share(row.second_hand, row.statements),
  }));
}

/** An outlet's article count includes articles in which nothing was attributed. */
function articlesWithoutStatements(db: Database, filter: StatementFilter): Map<string | null, number> {
  if (Object.values(filter).some((value) => value !== undefined)) return new Map();
  const rows = db
    .prepare(
      `SELECT lower(outlet) AS outlet, COUNT(*) AS n FROM articles a
       WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.article = a.rowid) GROUP BY lower(outlet)`,
    )
    .all() as { outlet: string | null; n: number }[];
  return new Map(rows.map((row) => [row.outlet, row.n]));
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

export function readClusters(db: Database, filter: StatementFilter & { readonly minCarriers?: number }): QuoteCluster[] {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return [];
  const minCarriers = filter.minCarriers ?? 2;
  const ids = db
    .prepare(
      `SELECT s.cluster FROM statements s WHERE s.cluster IN (SELECT s.cluster ${STATEMENT_FROM} ${where.sql})
       GROUP BY s.cluster HAVING COUNT(DISTINCT s.article) >= ? ORDER BY COUNT(DISTINCT s.article) DESC, s.cluster
       ${filter.limit === undefined ? '' : `LIMIT ${filter.limit}`}`,
    )
    .pluck()
    .all(...where.params, minCarriers) as number[];
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${STATEMENT_COLUMNS} ${STATEMENT_FROM} WHERE s.cluster IN (SELECT value FROM json_each(?))
       ORDER BY s.cluster, a.published IS NULL, a.published, a.rowid, s.rowid`,
    )
    .all(JSON.stringify(ids)) as StatementRow[];
  const statements = toStoredStatements(db, rows);
  const byCluster = new Map<number, StoredStatement[]>();
  rows.forEach((row, i) => {
    const list = byCluster.get(row.cluster) ?? [];
    list.push(statements[i] as StoredStatement);
    byCluster.set(row.cluster, list);
  });
  return ids.flatMap((id) => {
    const members = byCluster.get(id) ?? [];
    const first = members[0];
    if (first?.cluster == null) return [];
    return [{ ...first.cluster, content: first.content.text, speakerName: first.speakerName, statements: members }];
  });
}

/** Outlet → actor edges: who each outlet quoted, weighted by statements. */
export function readNetwork(db: Database, filter: StatementFilter): NetworkEdge[] {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return [];
  const rows = db
    .prepare(
      `SELECT a.outlet, s.speaker, sp.name, sp.kind, COUNT(*) AS n ${STATEMENT_FROM} ${where.sql}
       ${where.sql === '' ? 'WHERE' : 'AND'} a.outlet IS NOT NULL AND s.speaker IS NOT NULL
       GROUP BY a.outlet COLLATE NOCASE, s.speaker ORDER BY a.outlet, n DESC`,
    )
    .all(...where.params) as { outlet: string; speaker: number; name: string; kind: ActorKind; n: number }[];
  return rows.map((row) => ({
    outlet: row.outlet,
    actorId: actorId(row.speaker),
    actorName: row.name,
    actorKind: row.kind,
    statements: row.n,
  }));
}
