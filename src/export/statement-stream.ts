/**
 * Matching statements as CSV or JSONL text, a page at a time: the CLI writes each chunk to its
 * output and the server streams it, so a large store exports in constant memory either way.
 */
import { stringify } from 'csv-stringify/sync';
import type { StatementFilter, StoredStatement, Store } from '../store/store.js';
import { STATEMENT_ROW_COLUMNS, statementRow } from './statement-rows.js';

export const STATEMENT_FORMATS = ['csv', 'jsonl'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];

const PAGE = 2000;

/** The CSV header, then one chunk of rows (or lines) per page. */
export function* statementChunks(store: Store, filter: StatementFilter, format: StatementFormat): Generator<string> {
  if (format === 'csv') yield stringify([STATEMENT_ROW_COLUMNS as unknown as string[]]);
  for (const page of statementPages(store, filter)) {
    yield format === 'csv'
      ? stringify(page.map((s) => STATEMENT_ROW_COLUMNS.map((column) => statementRow(s)[column])))
      : page.map((s) => `${JSON.stringify(s)}\n`).join('');
  }
}

/** Pages of statements by cursor, stopping at the filter's own limit when it has one. */
export function* statementPages(store: Store, filter: StatementFilter): Generator<readonly StoredStatement[]> {
  let left = filter.limit ?? Infinity;
  let after: string | undefined;
  while (left > 0) {
    const page = store.statements({ ...filter, limit: Math.min(PAGE, left), ...(after === undefined ? {} : { after }) });
    if (page.statements.length > 0) yield page.statements;
    left -= page.statements.length;
    if (page.next === null) return;
    after = page.next;
  }
}
