/**
 * The store's schema, as numbered migrations applied in order inside one transaction each.
 * `PRAGMA user_version` records how far a file has come; never edit a migration that shipped,
 * add the next one.
 */
import type { Database } from 'better-sqlite3';

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,                -- sha-256 of the text
    url TEXT, outlet TEXT, title TEXT, published TEXT, language TEXT NOT NULL,
    authors TEXT NOT NULL,                  -- JSON array
    origin TEXT NOT NULL,
    text TEXT NOT NULL,
    published_range TEXT,                   -- JSON
    times TEXT NOT NULL,                    -- JSON: the document's times
    diagnostics TEXT NOT NULL,              -- JSON
    analyzer_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);
  CREATE INDEX articles_version ON articles (analyzer_version);

  -- one row per person, organisation, country or outlet across articles; anonymous and group
  -- sources get one row per article (see src/resolve/across/actor-match.ts)
  CREATE TABLE actors (
    rowid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    search_name TEXT NOT NULL,              -- normalised name, for lookups by any spelling
    surname TEXT,                           -- normalised, persons only: the fuzzy lookup key
    roles TEXT NOT NULL DEFAULT '[]',       -- JSON: distinct roles seen, for matching
    name_locked INTEGER NOT NULL DEFAULT 0  -- renamed by hand: automatic names no longer apply
  );
  CREATE INDEX actors_surname ON actors (surname) WHERE surname IS NOT NULL;
  CREATE INDEX actors_search_name ON actors (search_name);

  -- exact name forms → actor. Manual keys come from merge and split and outlive re-analysis.
  CREATE TABLE actor_keys (
    key TEXT PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actors (rowid),
    manual INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE INDEX actor_keys_actor ON actor_keys (actor);

  -- an actor of one article's analysis, linked to its store-wide actor
  CREATE TABLE article_actors (
    article INTEGER NOT NULL REFERENCES articles (rowid),
    local_id TEXT NOT NULL,
    actor INTEGER NOT NULL REFERENCES actors (rowid),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    roles TEXT NOT NULL,                    -- JSON
    mentions TEXT NOT NULL,                 -- JSON spans
    PRIMARY KEY (article, local_id)
  ) WITHOUT ROWID;
  CREATE INDEX article_actors_actor ON article_actors (actor);

  CREATE TABLE statements (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (rowid),
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_local TEXT, via_local TEXT,     -- actor ids of the article's analysis
    speaker INTEGER REFERENCES actors (rowid),  -- the linked store actors, kept in step by relinkStatements
    via INTEGER REFERENCES actors (rowid),
    source TEXT, cue TEXT,                  -- JSON spans
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    content_parts TEXT NOT NULL,            -- JSON spans
    date TEXT,                              -- JSON StatementDate
    day TEXT,                               -- the statement's day, else its article's: what filters and timelines use
    rule TEXT NOT NULL,
    cluster INTEGER NOT NULL                -- rowid of the first statement of its quote cluster (its own when alone)
  );
  CREATE INDEX statements_article ON statements (article);
  CREATE INDEX statements_speaker ON statements (speaker, day);
  CREATE INDEX statements_via ON statements (via);
  -- listing order: by day, undated last, then as stored
  CREATE INDEX statements_order ON statements (COALESCE(day, '~'), rowid);
  CREATE INDEX statements_cluster ON statements (cluster);

  -- sampled content fingerprints for finding the same quote in other articles
  CREATE TABLE quote_hashes (
    hash INTEGER NOT NULL,
    statement INTEGER NOT NULL REFERENCES statements (rowid),
    PRIMARY KEY (hash, statement)
  ) WITHOUT ROWID;
  CREATE INDEX quote_hashes_statement ON quote_hashes (statement);

  CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, content = 'statements', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
  );
  -- external-content FTS tables are kept in step by triggers, so no write path can forget them
  CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content) VALUES (new.rowid, new.content);
  END;
  CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
  END;
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;

  -- the manual corrections, in order: what was done to the actors by hand, and when
  CREATE TABLE corrections (
    rowid INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operation TEXT NOT NULL,
    detail TEXT NOT NULL                    -- JSON
  );
  `,
  `
  -- the newest-first listing: by day descending with undated last, read backwards
  CREATE INDEX statements_newest ON statements (COALESCE(day, ''), rowid);
  `,
  `
  -- the article's outlet on each statement (an article's outlet never changes once stored), so
  -- a listing of one outlet walks an index in day order instead of sorting all its statements
  ALTER TABLE statements ADD COLUMN outlet TEXT;
  UPDATE statements SET outlet = (SELECT a.outlet FROM articles a WHERE a.rowid = statements.article);
  CREATE INDEX statements_outlet_order ON statements (outlet COLLATE NOCASE, COALESCE(day, '~'), rowid);
  CREATE INDEX statements_outlet_newest ON statements (outlet COLLATE NOCASE, COALESCE(day, ''), rowid);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file to the newest schema; refuses a file written by a newer whosaid. */
export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`store schema version ${current} is newer than this whosaid understands (${MIGRATIONS.length})`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
