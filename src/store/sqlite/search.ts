/** Full-text search over statement contents and article titles and texts (FTS5, ranked by bm25). */
import type { Database } from 'better-sqlite3';
import type { ArticleHit, SearchResult } from '../store.js';
import { STATEMENT_FROM } from './filter.js';
import { ftsQuery } from './fts.js';
import { STATEMENT_COLUMNS, toStoredStatements, type StatementRow } from './statement-rows.js';

export function search(db: Database, text: string, limit: number): SearchResult {
  const match = ftsQuery(text);
  if (match === null) return { statements: [], articles: [] };
  const statementRows = db
    .prepare(
      `SELECT ${STATEMENT_COLUMNS} ${STATEMENT_FROM}
       JOIN (SELECT rowid AS hit, rank FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?) f
         ON f.hit = s.rowid
       ORDER BY f.rank, s.rowid`,
    )
    .all(match, limit) as StatementRow[];
  const articles = db
    .prepare(
      `SELECT a.id, a.url, a.outlet, a.title, a.published,
              snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
       FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(match, limit) as ArticleHit[];
  return { statements: toStoredStatements(db, statementRows), articles };
}
