/** The SQLite implementation of the store contract (better-sqlite3: synchronous, one file). */
import type { Database } from 'better-sqlite3';
import type { AnalysisDocument, Diagnostic, Language, PublishedRange, TimeMention } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import { SCHEMA_VERSION as DOCUMENT_SCHEMA } from '../../core/analysis.js';
import type {
  ActorDetail,
  ActorFilter,
  ActorSummary,
  AddOutcome,
  ArticleExtras,
  ArticleText,
  NetworkGraph,
  OutletSourcing,
  QuoteCluster,
  SearchResult,
  StatementFilter,
  StatementPage,
  Store,
  StoreCounts,
  StoredArticle,
  TimelineDay,
} from '../store.js';
import { mergeActors, renameActor, splitActor } from './corrections.js';
import { parseJson } from './json.js';
import { openDatabase } from './open.js';
import { readActor, readActors } from './read-actors.js';
import { readClusters, readNetwork, readSources, readStatements, readTimeline } from './read-statements.js';
import { prefixQuery } from './fts.js';
import { search } from './search.js';
import { actorId } from './actor-lookup.js';
import { prepared } from './prepared.js';
import { ArticleWriter } from './write-article.js';

const DEFAULT_SEARCH_LIMIT = 50;

interface ArticleRow {
  rowid: number;
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  language: string;
  authors: string;
  origin: string;
  text: string;
  published_range: string | null;
  times: string;
  diagnostics: string;
  analyzer_version: string;
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database;
  private readonly writer: ArticleWriter;

  constructor(path: string) {
    this.location = path;
    this.db = openDatabase(path);
    this.writer = new ArticleWriter(this.db);
  }

  hasArticle(id: string): boolean {
    return this.writer.hasArticle(id);
  }

  addArticle(document: AnalysisDocument, extras: ArticleExtras): AddOutcome {
    return this.writer.add(document, extras);
  }

  replaceAnalysis(document: AnalysisDocument, analyzerVersion: string): void {
    this.writer.replace(document, analyzerVersion);
  }

  articlesToReanalyze(analyzerVersion: string, all: boolean): StoredArticle[] {
    const rows = this.db
      .prepare(`SELECT * FROM articles ${all ? '' : 'WHERE analyzer_version <> ?'} ORDER BY rowid`)
      .all(...(all ? [] : [analyzerVersion])) as ArticleRow[];
    return rows.map(storedArticle);
  }

  article(id: string): (StoredArticle & { readonly document: AnalysisDocument }) | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ? OR id LIKE ? || \'%\' LIMIT 2').all(id, id) as ArticleRow[];
    const found = row.length === 1 ? row[0] : row.find((r) => r.id === id);
    if (found === undefined) return null;
    return { ...storedArticle(found), document: this.rebuildDocument(found) };
  }

  /** The article's analysis document, with the store's actor ids so it matches the statements. */
  private rebuildDocument(row: ArticleRow): AnalysisDocument {
    const actors = this.db
      .prepare('SELECT actor, name, kind, roles, mentions FROM article_actors WHERE article = ? ORDER BY CAST(substr(local_id, 2) AS INTEGER)')
      .all(row.rowid) as { actor: number; name: string; kind: AnalysisDocument['actors'][number]['kind']; roles: string; mentions: string }[];
    const byActor = new Map<string, AnalysisDocument['actors'][number]>();
    for (const a of actors) {
      const id = actorId(a.actor);
      const previous = byActor.get(id);
      const mentions = [...(previous?.mentions ?? []), ...(parseJson<Span[]>(a.mentions, 'article_actors.mentions') ?? [])];
      byActor.set(id, {
        id,
        name: previous?.name ?? a.name,
        kind: a.kind,
        roles: previous?.roles ?? parseJson(a.roles, 'article_actors.roles') ?? [],
        mentions: mentions.sort((x, y) => x.start - y.start),
      });
    }
    const statements = readStatements(this.db, { articleId: row.id }).statements.map(
      ({ speakerName: _n, speakerKind: _k, speakerRoles: _r, viaName: _v, article: _a, cluster: _c, ...statement }) => statement,
    );
    return {
      schema: DOCUMENT_SCHEMA,
      article: {
        id: row.id,
        text: row.text,
        title: row.title,
        outlet: row.outlet,
        url: row.url,
        language: row.language as Language,
        published: row.published,
        publishedRange: parseJson<PublishedRange>(row.published_range, 'articles.published_range'),
      },
      actors: [...byActor.values()],
      statements: statements.sort((x, y) => x.content.start - y.content.start),
      times: parseJson<TimeMention[]>(row.times, 'articles.times') ?? [],
      diagnostics: parseJson<Diagnostic[]>(row.diagnostics, 'articles.diagnostics') ?? [],
    };
  }

  articlesWithWords(groups: readonly (readonly string[])[]): ArticleText[] {
    const query = prefixQuery(groups);
    if (query === null) return [];
    return this.db
      .prepare('SELECT a.id, a.text, a.language FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY a.rowid')
      .all(query) as ArticleText[];
  }

  revision(): string {
    // data_version moves on another connection's commit, total_changes() on this one's writes
    const other = this.db.pragma('data_version', { simple: true }) as number;
    const own = prepared(this.db, 'SELECT total_changes()').pluck().get() as number;
    return `${other}.${own}`;
  }

  counts(): StoreCounts {
    const count = (table: string) => this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return { articles: count('articles'), statements: count('statements'), actors: count('actors') };
  }

  statements(filter: StatementFilter): StatementPage {
    return readStatements(this.db, filter);
  }

  actors(filter: ActorFilter): ActorSummary[] {
    return readActors(this.db, filter);
  }

  actor(idOrName: string): ActorDetail | null {
    return readActor(this.db, idOrName);
  }

  timeline(filter: StatementFilter): TimelineDay[] {
    return readTimeline(this.db, filter);
  }

  sources(filter: StatementFilter): OutletSourcing[] {
    return readSources(this.db, filter);
  }

  search(text: string, limit = DEFAULT_SEARCH_LIMIT): SearchResult {
    return search(this.db, text, limit);
  }

  clusters(filter: StatementFilter & { readonly minCarriers?: number }): QuoteCluster[] {
    return readClusters(this.db, filter);
  }

  network(filter: StatementFilter): NetworkGraph {
    return readNetwork(this.db, filter);
  }

  mergeActors(kept: string, absorbed: string): ActorSummary {
    return this.summaryOf(mergeActors(this.db, kept, absorbed));
  }

  splitActor(actor: string, by: { readonly name?: string; readonly articleId?: string }): ActorSummary {
    return this.summaryOf(splitActor(this.db, actor, by));
  }

  renameActor(actor: string, name: string): ActorSummary {
    return this.summaryOf(renameActor(this.db, actor, name));
  }

  private summaryOf(rowid: number): ActorSummary {
    const [summary] = readActors(this.db, { name: actorId(rowid) });
    if (summary === undefined) throw new Error(`actor ${actorId(rowid)} vanished`);
    return summary;
  }

  close(): void {
    this.db.close();
  }
}

function storedArticle(row: ArticleRow): StoredArticle {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    language: row.language,
    authors: parseJson<string[]>(row.authors, 'articles.authors') ?? [],
    origin: row.origin,
    text: row.text,
    analyzerVersion: row.analyzer_version,
  };
}
