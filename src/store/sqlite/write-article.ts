/**
 * The write path: one article's analysis into the tables, in one transaction — article row,
 * linked actors, statements with their day and quote cluster, content fingerprints.
 */
import type { Database, Statement as Prepared } from 'better-sqlite3';
import type { AnalysisDocument, Statement } from '../../core/analysis.js';
import { carriedWords, quoteFingerprint, sameQuote } from '../../resolve/across/quote-fingerprint.js';
import type { AddOutcome, ArticleExtras } from '../store.js';
import { ActorLinker } from './link-actors.js';
import { toJson } from './json.js';

/** Enough earlier statements sharing a fingerprint to find the cluster; a common phrase must not fan out. */
const MAX_CLUSTER_CANDIDATES = 64;

interface ClusterCandidate {
  rowid: number;
  kind: string;
  content: string;
  cluster: number;
  speaker: number | null;
  speaker_kind: string | null;
}

export class ArticleWriter {
  private readonly linker: ActorLinker;
  private readonly articleRowid: Prepared<[string], { rowid: number }>;
  private readonly insertArticle: Prepared<unknown[]>;
  private readonly updateAnalysis: Prepared<unknown[]>;
  private readonly insertArticleActor: Prepared<unknown[]>;
  private readonly insertStatement: Prepared<unknown[]>;
  private readonly setCluster: Prepared<[number, number]>;
  private readonly insertHash: Prepared<[number, number]>;
  private readonly actorKind: Prepared<[number], { kind: string }>;
  private readonly candidatesByHash: Prepared<[string, number], ClusterCandidate>;
  private readonly db: Database;

  constructor(db: Database) {
    this.db = db;
    this.linker = new ActorLinker(db);
    this.articleRowid = db.prepare('SELECT rowid FROM articles WHERE id = ?');
    this.insertArticle = db.prepare(`
      INSERT INTO articles (id, url, outlet, title, published, language, authors, origin, text,
                            published_range, times, diagnostics, analyzer_version, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.updateAnalysis = db.prepare(`
      UPDATE articles SET published_range = ?, times = ?, diagnostics = ?, analyzer_version = ? WHERE rowid = ?`);
    this.insertArticleActor = db.prepare(`
      INSERT INTO article_actors (article, local_id, actor, name, kind, roles, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.insertStatement = db.prepare(`
      INSERT INTO statements (article, local_id, kind, speaker_local, via_local, speaker, via, source, cue,
                              content_start, content_end, content, content_parts, date, day, rule, cluster, outlet)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, (SELECT outlet FROM articles WHERE rowid = ?))`);
    this.setCluster = db.prepare('UPDATE statements SET cluster = ? WHERE rowid = ?');
    this.insertHash = db.prepare('INSERT OR IGNORE INTO quote_hashes (hash, statement) VALUES (?, ?)');
    this.actorKind = db.prepare('SELECT kind FROM actors WHERE rowid = ?');
    // the hashes come as a JSON array, so one prepared statement serves any number of them
    this.candidatesByHash = db.prepare(`
      SELECT s.rowid, s.kind, s.content, s.cluster, s.speaker, a.kind AS speaker_kind
      FROM statements s LEFT JOIN actors a ON a.rowid = s.speaker
      WHERE s.rowid IN (SELECT DISTINCT statement FROM quote_hashes WHERE hash IN (SELECT value FROM json_each(?)))
        AND s.article <> ?
      ORDER BY s.cluster, s.rowid LIMIT ${MAX_CLUSTER_CANDIDATES}`);
  }

  hasArticle(id: string): boolean {
    return this.articleRowid.get(id) !== undefined;
  }

  add(document: AnalysisDocument, extras: ArticleExtras): AddOutcome {
    const { article } = document;
    return this.db.transaction((): AddOutcome => {
      if (this.hasArticle(article.id)) return { status: 'unchanged', articleId: article.id, statements: 0 };
      const rowid = Number(
        this.insertArticle.run(
          article.id,
          article.url,
          article.outlet,
          article.title,
          article.published,
          article.language,
          JSON.stringify(extras.authors),
          extras.origin,
          article.text,
          toJson(article.publishedRange),
          JSON.stringify(document.times),
          JSON.stringify(document.diagnostics),
          extras.analyzerVersion,
          new Date().toISOString(),
        ).lastInsertRowid,
      );
      this.writeAnalysis(rowid, document);
      return { status: 'added', articleId: article.id, statements: document.statements.length };
    })();
  }

  /** Same text, new analysis: the old rows go, the actor links are made again (manual keys still apply). */
  replace(document: AnalysisDocument, analyzerVersion: string): void {
    this.db.transaction(() => {
      const rowid = this.articleRowid.get(document.article.id)?.rowid;
      if (rowid === undefined) return;
      deleteAnalysis(this.db, [rowid]);
      this.updateAnalysis.run(
        toJson(document.article.publishedRange),
        JSON.stringify(document.times),
        JSON.stringify(document.diagnostics),
        analyzerVersion,
        rowid,
      );
      this.writeAnalysis(rowid, document);
      deleteOrphanActors(this.db);
    })();
  }

  private writeAnalysis(articleRowid: number, document: AnalysisDocument): void {
    const { article } = document;
    const actorRowids = new Map<string, number>();
    for (const actor of document.actors) {
      const rowid = this.linker.link(actor, article.id);
      actorRowids.set(actor.id, rowid);
      this.insertArticleActor.run(
        articleRowid,
        actor.id,
        rowid,
        actor.name,
        actor.kind,
        JSON.stringify(actor.roles),
        JSON.stringify(actor.mentions),
      );
    }
    const global = (local: string | null) => (local === null ? null : (actorRowids.get(local) ?? null));
    for (const statement of document.statements) {
      const speaker = global(statement.speaker);
      const rowid = Number(
        this.insertStatement.run(
          articleRowid,
          statement.id,
          statement.kind,
          statement.speaker,
          statement.via,
          speaker,
          global(statement.via),
          toJson(statement.source),
          toJson(statement.cue),
          statement.content.start,
          statement.content.end,
          statement.content.text,
          JSON.stringify(statement.contentParts),
          toJson(statement.date),
          statementDay(statement, article.published),
          statement.rule,
          articleRowid,
        ).lastInsertRowid,
      );
      this.cluster(rowid, articleRowid, carriedWords(statement.kind, statement.content.text), speaker);
    }
  }

  /** Joins the cluster of an earlier statement of another article that carries the same quote. */
  private cluster(rowid: number, articleRowid: number, content: string, speaker: number | null): void {
    const fingerprint = quoteFingerprint(content);
    let cluster = rowid;
    if (fingerprint !== null) {
      const candidates = this.clusterCandidates(fingerprint.hashes, articleRowid);
      const speakerKind = speaker === null ? null : (this.actorKind.get(speaker)?.kind ?? null);
      for (const candidate of candidates) {
        if (!speakersAgree(speaker, speakerKind, candidate)) continue;
        const other = quoteFingerprint(carriedWords(candidate.kind, candidate.content));
        if (other !== null && sameQuote(fingerprint, other)) {
          cluster = candidate.cluster;
          break;
        }
      }
      for (const hash of fingerprint.hashes) this.insertHash.run(hash, rowid);
    }
    this.setCluster.run(cluster, rowid);
  }

  private clusterCandidates(hashes: readonly number[], articleRowid: number): ClusterCandidate[] {
    return this.candidatesByHash.all(JSON.stringify(hashes), articleRowid);
  }
}

/**
 * Two known people are two speakers; an unresolved speaker, or an outlet or anonymous source
 * carrying the words, does not stop a quote from being the same quote.
 */
function speakersAgree(speaker: number | null, kind: string | null, candidate: ClusterCandidate): boolean {
  if (speaker === null || candidate.speaker === null || speaker === candidate.speaker) return true;
  return !(kind === 'person' && candidate.speaker_kind === 'person');
}

/** The day a statement is filed under: its own date when it has a day, else its article's. */
export function statementDay(statement: Statement, published: string | null): string | null {
  if (statement.date?.precision === 'day') return statement.date.value;
  return published ?? statement.date?.value ?? null;
}

export function deleteAnalysis(db: Database, articleRowids: readonly number[]): void {
  const remove = [
    'DELETE FROM quote_hashes WHERE statement IN (SELECT rowid FROM statements WHERE article = ?)',
    'DELETE FROM statements WHERE article = ?',
    'DELETE FROM article_actors WHERE article = ?',
  ].map((sql) => db.prepare(sql));
  for (const rowid of articleRowids) for (const statement of remove) statement.run(rowid);
}

/** Actors no article mentions any more go, unless a hand correction still names them. */
export function deleteOrphanActors(db: Database): void {
  const orphans = `SELECT rowid FROM actors a
    WHERE NOT EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor = a.rowid)
      AND NOT EXISTS (SELECT 1 FROM actor_keys k WHERE k.actor = a.rowid AND k.manual = 1)
      AND a.name_locked = 0`;
  db.prepare(`DELETE FROM actor_keys WHERE actor IN (${orphans})`).run();
  db.prepare(`DELETE FROM actors WHERE rowid IN (${orphans})`).run();
}
