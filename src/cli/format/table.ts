/** The analysis document as a table for people: one row per statement. */
import type { Actor, AnalysisDocument, Statement } from '../../core/analysis.js';
import { count, renderGrid, roleText, type GridColumn } from './grid.js';

type Row = { readonly statement: Statement; readonly actors: ReadonlyMap<string, Actor> };

const COLUMNS: readonly GridColumn<Row>[] = [
  { title: 'SPEAKER', width: 20, cell: speakerCell },
  { title: 'ROLE', width: 20, cell: (r) => roleText(actorOf(r.statement.speaker, r.actors)?.roles[0]) },
  { title: 'KIND', width: 8, cell: (r) => r.statement.kind },
  { title: 'CONTENT', width: 40, cell: (r) => r.statement.content.text },
  { title: 'VIA', width: 12, cell: (r) => actorOf(r.statement.via, r.actors)?.name ?? '' },
  { title: 'DATE', width: 10, cell: (r) => r.statement.date?.value ?? '' },
];

/** A heading line naming the input, then the table (or a note that nothing was found). */
export function formatStatementTable(document: AnalysisDocument, name: string): string {
  const { statements, actors } = document;
  const encoding = document.encoding ? ` (${document.encoding})` : '';
  const heading = `${name}${encoding}: ${count(statements.length, 'statement')}, ${count(actors.length, 'actor')}`;
  if (statements.length === 0) return `${heading}\n`;
  const byId = new Map(actors.map((actor) => [actor.id, actor] as const));
  return `${heading}\n${renderGrid(COLUMNS, statements.map((statement) => ({ statement, actors: byId })))}`;
}

function speakerCell({ statement, actors }: Row): string {
  // An unresolved speaker still has the words that name it ("a source close to the talks").
  return actorOf(statement.speaker, actors)?.name ?? statement.source?.text ?? '';
}

function actorOf(id: string | null, actors: ReadonlyMap<string, Actor>): Actor | undefined {
  return id === null ? undefined : actors.get(id);
}
