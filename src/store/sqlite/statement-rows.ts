/**
 * Statement rows → the analysis document's statement shape plus the store's additions
 * (speaker and via names, article reference, quote cluster).
 */
import type { Database } from 'better-sqlite3';
import type { ActorKind, Role, StatementDate, StatementKind } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { ClusterInfo, StoredStatement } from '../store.js';
import { actorId } from './actor-lookup.js';
import { parseJson } from './json.js';
import { prepared } from './prepared.js';

export const STATEMENT_COLUMNS = `
  s.rowid, s.local_id, s.kind, s.source, s.cue, s.content_start, s.content_end, s.content,
  s.content_parts, s.date, s.day, s.rule, s.cluster, s.speaker, s.via,
  sp.name AS speaker_name, sp.kind AS speaker_kind, v.name AS via_name,
  (SELECT aa.roles FROM article_actors aa WHERE aa.article = s.article AND aa.local_id = s.speaker_local) AS speaker_roles,
  a.id AS article_id, a.url, a.outlet, a.title, a.published`;

export interface StatementRow {
  rowid: number;
  local_id: string;
  kind: StatementKind;
  source: string | null;
  cue: string | null;
  content_start: number;
  content_end: number;
  content: string;
  content_parts: string;
  date: string | null;
  day: string | null;
  rule: string;
  cluster: number;
  speaker: number | null;
  via: number | null;
  speaker_name: string | null;
  speaker_kind: ActorKind | null;
  via_name: string | null;
  speaker_roles: string | null;
  article_id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

/** Statement ids name their article, so they stay meaningful outside the store. */
export function statementId(articleId: string, localId: string): string {
  return `${articleId.slice(0, 16)}:${localId}`;
}

export function toStoredStatements(db: Database, rows: readonly StatementRow[]): StoredStatement[] {
  const clusters = clusterInfo(db, rows.map((row) => row.cluster));
  return rows.map((row) => ({
    id: statementId(row.article_id, row.local_id),
    kind: row.kind,
    speaker: row.speaker === null ? null : actorId(row.speaker),
    source: parseJson<Span>(row.source, 'statements.source'),
    cue: parseJson<Span>(row.cue, 'statements.cue'),
    content: { start: row.content_start, end: row.content_end, text: row.content },
    contentParts: parseJson<Span[]>(row.content_parts, 'statements.content_parts') ?? [],
    via: row.via === null ? null : actorId(row.via),
    date: parseJson<StatementDate>(row.date, 'statements.date'),
    rule: row.rule,
    speakerName: row.speaker_name,
    speakerKind: row.speaker_kind,
    speakerRoles: parseJson<Role[]>(row.speaker_roles, 'article_actors.roles') ?? [],
    viaName: row.via_name,
    article: { id: row.article_id, url: row.url, outlet: row.outlet, title: row.title, published: row.published },
    cluster: clusters.get(row.cluster) ?? null,
  }));
}

/** Carriers and first carrier of the given clusters; a quote carried by one article has none. */
function clusterInfo(db: Database, clusterIds: readonly number[]): Map<number, ClusterInfo> {
  const ids = [...new Set(clusterIds)];
  const info = new Map<number, ClusterInfo>();
  if (ids.length === 0) return info;
  const rows = prepared(
    db,
    `SELECT s.cluster, a.id AS article_id, a.outlet, a.published
     FROM statements s JOIN articles a ON a.rowid = s.article
     WHERE s.cluster IN (SELECT value FROM json_each(?))
     ORDER BY s.cluster, a.published IS NULL, a.published, a.rowid`,
  ).all(JSON.stringify(ids)) as { cluster: number; article_id: string; outlet: string | null; published: string | null }[];
  const articles = new Map<number, Set<string>>();
  for (const row of rows) {
    const seen = articles.get(row.cluster) ?? new Set<string>();
    if (seen.size === 0) {
      info.set(row.cluster, {
        id: `Q${row.cluster}`,
        carriers: 0,
        first: { articleId: row.article_id, outlet: row.outlet, published: row.published },
      });
    }
    seen.add(row.article_id);
    articles.set(row.cluster, seen);
  }
  for (const [cluster, seen] of articles) {
    const entry = info.get(cluster);
    if (entry === undefined) continue;
    if (seen.size < 2) info.delete(cluster);
    else info.set(cluster, { ...entry, carriers: seen.size });
  }
  return info;
}
