/**
 * Opening a store file: WAL so readers never wait for the writer, and the schema brought up to
 * date. A file that is not SQLite, or a store from a newer whosaid, is a one-line E_STORE.
 */
import Database from 'better-sqlite3';
import { WhosaidError } from '../../core/errors.js';
import { migrate } from './migrations.js';

export const DEFAULT_STORE_PATH = 'whosaid.db';

export function openDatabase(path: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    // WAL with NORMAL stays consistent on power loss and is much faster than FULL
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // reads map the file instead of copying pages into SQLite's small cache: a third off a page of statements
    db.pragma('mmap_size = 1073741824');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('E_STORE', `${path}: cannot be used as a whosaid store (${reason})`, { cause: error });
  }
}
