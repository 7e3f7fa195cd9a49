/**
 * The statement queries: one page of statements, the timeline, per-outlet sourcing, quote
 * clusters and the network of outlets and actors — all over the same filters (filter.ts).
 */
import type { Database } from 'better-sqlite3';
import type { ActorKind } from '../../core/analysis.js';
import {
  NETWORK_EDGE_KINDS,
  type NetworkEdge,
  type NetworkEdgeKind,
  type NetworkGraph,
  type NetworkNode,
  type OutletSourcing,
  type QuoteCluster,
  type StatementFilter,
  type StatementPage,
  type StoredStatement,
  type TimelineDay,
} from '../store.js';
import { actorId } from './actor-lookup.js';
import { encodeCursor, listingOrder, STATEMENT_FROM, statementWhere } from './filter.js';
import { prepared } from './prepared.js';
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
  const rows = prepared(db, `SELECT ${STATEMENT_COLUMNS}, ${listing.key} AS order_key ${STATEMENT_FROM} ${selection} ${order}`)
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
 * An outlet is an actor of kind media, or any actor named like an outlet of the store's
 * articles: the store knows the Eastmere Gazette publishes even if the text did not say so.
 */
const isOutlet = (actor: string): string =>
  `(${actor}.kind = 'media' OR lower(${actor}.name) IN (SELECT lower(outlet) FROM articles WHERE outlet IS NOT NULL))`;

/**
 * Second-hand: the words reached the article through another outlet — an outlet is the speaker
 * ("according to Le Monde") or the channel ("told the BBC") and it is not the article's own.
 */
export function readSources(db: Database, filter: StatementFilter): OutletSourcing[] {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return [];
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

/**
 * The network of the matching statements (NetworkGraph in store.ts): three grouped queries, one
 * per edge kind, the first also giving every node's statement count. Edges that land on the same
 * pair of nodes (two actors drawn as one outlet) are added up; an outlet quoting itself or an
 * actor speaking via itself is no tie between two nodes and is dropped.
 */
export function readNetwork(db: Database, filter: StatementFilter): NetworkGraph {
  const where = statementWhere(db, { ...filter, after: undefined, limit: undefined });
  if (where.empty) return { nodes: [], edges: [] };
  const and = where.sql === '' ? 'WHERE' : `${where.sql} AND`;
  const graph = new GraphBuilder();

  const pairs = db
    .prepare(
      `SELECT a.outlet, s.speaker AS actor, sp.name, sp.kind, ${isOutlet('sp')} AS is_outlet, COUNT(*) AS n
       ${STATEMENT_FROM} ${where.sql} GROUP BY a.outlet COLLATE NOCASE, s.speaker`,
    )
    .all(...where.params) as (ActorColumns & { outlet: string | null; actor: number | null; n: number })[];
  for (const row of pairs) {
    const outlet = row.outlet === null ? null : graph.outlet(row.outlet);
    const speaker = row.actor === null ? null : graph.actor(row.actor, row);
    graph.count(outlet, row.n);
    if (speaker !== outlet) graph.count(speaker, row.n);
    if (outlet !== null && speaker !== null) graph.edge('quoted', outlet, speaker, row.n);
  }

  const vias = db
    .prepare(
      `SELECT s.speaker, s.via, v.name, v.kind, ${isOutlet('v')} AS is_outlet, COUNT(*) AS n
       ${STATEMENT_FROM} ${and} s.speaker IS NOT NULL AND s.via IS NOT NULL GROUP BY s.speaker, s.via`,
    )
    .all(...where.params) as (ActorColumns & { speaker: number; via: number; n: number })[];
  for (const row of vias) graph.edge('via', graph.speaker(row.speaker), graph.actor(row.via, row), row.n);

  // each article's distinct named speakers, paired with themselves: k speakers give k(k-1)/2 pairs
  const together = db
    .prepare(
      `WITH spoke AS (SELECT DISTINCT s.article, s.speaker ${STATEMENT_FROM}
                      ${and} s.speaker IS NOT NULL AND sp.kind NOT IN ('anonymous', 'group'))
       SELECT x.speaker AS one, y.speaker AS other, COUNT(*) AS n
       FROM spoke x JOIN spoke y ON y.article = x.article AND y.speaker > x.speaker
       GROUP BY x.speaker, y.speaker`,
    )
    .all(...where.params) as { one: number; other: number; n: number }[];
  for (const row of together) graph.edge('together', graph.speaker(row.one), graph.speaker(row.other), row.n);

  return graph.build(filter.limit);
}

interface ActorColumns {
  name: string | null;
  kind: ActorKind | null;
  is_outlet: 0 | 1 | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class GraphBuilder {
  private readonly nodes = new Map<string, Mutable<NetworkNode>>();
  private readonly speakers = new Map<number, string>();
  private readonly edges = new Map<string, Mutable<NetworkEdge>>();

  outlet(name: string): string {
    const id = `outlet:${name.toLowerCase()}`;
    if (!this.nodes.has(id)) this.nodes.set(id, { id, kind: 'outlet', label: name, actorId: null, actorKind: null, statements: 0 });
    return id;
  }

  /** an actor's node: its own, or its outlet's */
  actor(rowid: number, row: ActorColumns): string {
    const known = this.speakers.get(rowid);
    if (known !== undefined) return known;
    const name = row.name ?? actorId(rowid);
    const id = row.is_outlet ? this.outlet(name) : actorId(rowid);
    const node = this.nodes.get(id) ?? { id, kind: 'actor', label: name, actorId: null, actorKind: null, statements: 0 };
    node.actorId ??= actorId(rowid);
    node.actorKind ??= row.kind;
    this.nodes.set(id, node);
    this.speakers.set(rowid, id);
    return id;
  }

  /** the node of a speaker the first query has seen (the same filter gave both) */
  speaker(rowid: number): string {
    return this.speakers.get(rowid) ?? actorId(rowid);
  }

  count(id: string | null, statements: number): void {
    const node = id === null ? undefined : this.nodes.get(id);
    if (node) node.statements += statements;
  }

  edge(kind: NetworkEdgeKind, from: string, to: string, weight: number): void {
    if (from === to) return;
    // together is undirected: one order for the pair, so both ways add up
    const [source, target] = kind === 'together' && to < from ? [to, from] : [from, to];
    const key = `${kind} ${source} ${target}`;
    const edge = this.edges.get(key) ?? { kind, source, target, weight: 0 };
    edge.weight += weight;
    this.edges.set(key, edge);
  }

  build(limit: number | undefined): NetworkGraph {
    const edges = NETWORK_EDGE_KINDS.flatMap((kind) =>
      [...this.edges.values()]
        .filter((edge) => edge.kind === kind)
        .sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
        .slice(0, limit),
    );
    const used = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    const nodes = [...this.nodes.values()]
      .filter((node) => used.has(node.id))
      .sort((a, b) => b.statements - a.statements || a.label.localeCompare(b.label));
    return { nodes, edges };
  }
}
