/**
 * The analysis document as a table for people: one row per statement, fixed columns that fit
 * a 120-character terminal, long cells cut with "…" rather than wrapped.
 */
import type { Actor, AnalysisDocument, Statement } from '../../core/analysis.js';

interface Column {
  readonly title: string;
  readonly width: number;
  readonly cell: (statement: Statement, actors: ReadonlyMap<string, Actor>) => string;
}

const EMPTY = '-';
const GAP = '  ';

const COLUMNS: readonly Column[] = [
  { title: 'SPEAKER', width: 20, cell: speakerCell },
  { title: 'ROLE', width: 20, cell: (s, actors) => roleCell(actorOf(s.speaker, actors)) },
  { title: 'KIND', width: 8, cell: (s) => s.kind },
  { title: 'CONTENT', width: 40, cell: (s) => s.content.text },
  { title: 'VIA', width: 12, cell: (s, actors) => actorOf(s.via, actors)?.name ?? EMPTY },
  { title: 'DATE', width: 10, cell: (s) => s.date?.value ?? EMPTY },
];

/** A heading line naming the input, then the table (or a note that nothing was found). */
export function formatStatementTable(document: AnalysisDocument, name: string): string {
  const { statements, actors } = document;
  const encoding = document.encoding ? ` (${document.encoding})` : '';
  const heading = `${name}${encoding}: ${count(statements.length, 'statement')}, ${count(actors.length, 'actor')}`;
  if (statements.length === 0) return `${heading}\n`;
  const byId = new Map(actors.map((actor) => [actor.id, actor] as const));
  const header = row(COLUMNS.map((column) => column.title));
  const lines = statements.map((statement) => row(COLUMNS.map((column) => column.cell(statement, byId))));
  return [heading, header, ...lines].join('\n') + '\n';
}

function row(cells: readonly string[]): string {
  return COLUMNS.map((column, i) => fit(cells[i] ?? '', column.width))
    .join(GAP)
    .trimEnd();
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

function speakerCell(statement: Statement, actors: ReadonlyMap<string, Actor>): string {
  // An unresolved speaker still has the words that name it ("a source close to the talks").
  return actorOf(statement.speaker, actors)?.name ?? statement.source?.text ?? EMPTY;
}

function roleCell(actor: Actor | undefined): string {
  const role = actor?.roles[0];
  if (!role) return EMPTY;
  return [role.title, role.affiliation].filter((part) => part !== null && part !== '').join(', ') || EMPTY;
}

function actorOf(id: string | null, actors: ReadonlyMap<string, Actor>): Actor | undefined {
  return id === null ? undefined : actors.get(id);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
