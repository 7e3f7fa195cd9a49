/**
 * Tables for people: fixed-width columns that fit a 120-character terminal, long cells cut
 * with "…" rather than wrapped, so one record stays on one line.
 */
export interface GridColumn<T> {
  readonly title: string;
  readonly width: number;
  readonly cell: (row: T) => string;
}

export const EMPTY_CELL = '-';
const GAP = '  ';

export function renderGrid<T>(columns: readonly GridColumn<T>[], rows: readonly T[]): string {
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => fit(cells[i] ?? '', column.width))
      .join(GAP)
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map((row) => line(columns.map((c) => c.cell(row) || EMPTY_CELL)))].join('\n') + '\n';
}

/**
 * One line of at most `width` characters: whitespace runs collapse so a quote spanning
 * paragraphs stays on its row. Counts code points so a cut never splits a surrogate pair.
 */
export function fit(value: string, width: number): string {
  const chars = Array.from(value.replace(/\s+/g, ' ').trim());
  const cut = chars.length > width ? [...chars.slice(0, width - 1), '…'] : chars;
  return cut.join('') + ' '.repeat(width - cut.length);
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** "Foreign Minister, France" */
export function roleText(role: { readonly title: string | null; readonly affiliation: string | null } | undefined): string {
  if (role === undefined) return '';
  return [role.title, role.affiliation].filter((part) => part !== null && part !== '').join(', ');
}

/**
 * What a statement said, for a table: a content in several parts (a quote split by its cue,
 * "“Finally,” said Tomas Reyes, “…”") shows its parts joined by " … ", not the stretch between.
 */
export function contentText(statement: { readonly content: { readonly text: string }; readonly contentParts: readonly { readonly text: string }[] }): string {
  return statement.contentParts.length > 1 ? statement.contentParts.map((p) => p.text).join(' … ') : statement.content.text;
}
