/**
 * A store written by an older whosaid opens in this one: the migrations it lacks run, and what
 * they add is filled in from what it holds. Here: a store from before statements carried their
 * article's outlet (schema 2) lists an outlet's statements exactly as a new store does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/sqlite/migrations.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { addStory, readStory } from './story.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an older store', () => {
  it('gains the statements’ outlets, filled in from their articles', async () => {
    const file = join(dir, 'old.db');
    const story = await readStory();
    const made = new SqliteStore(file);
    addStory(made, story);
    const expected = made.statements({ outlet: 'eastmere gazette', since: '2025-03-06' }).statements;
    const newest = made.statements({ outlet: 'Northern Wire', order: 'newest' }).statements;
    made.close();
    expect(expected.length).toBeGreaterThan(0);

    // back to schema 2: no outlet column, none of its indexes
    const raw = new Database(file);
    raw.exec('DROP INDEX statements_outlet_order; DROP INDEX statements_outlet_newest; ALTER TABLE statements DROP COLUMN outlet');
    raw.pragma('user_version = 2');
    raw.close();

    const reopened = new SqliteStore(file);
    try {
      expect(reopened.statements({ outlet: 'eastmere gazette', since: '2025-03-06' }).statements).toEqual(expected);
      expect(reopened.statements({ outlet: 'Northern Wire', order: 'newest' }).statements).toEqual(newest);
    } finally {
      reopened.close();
    }
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(check.prepare('SELECT COUNT(*) FROM statements WHERE outlet IS NULL AND article IN (SELECT rowid FROM articles WHERE outlet IS NOT NULL)').pluck().get()).toBe(0);
    check.close();
  });
});
