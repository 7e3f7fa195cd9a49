/** The analysis document as a table for people: one row per statement. */
import type { Actor, AnalysisDocument, Statement } from '../../core/analysis.js';
import type { StatementStance } from '../../core/stance.js';
import { contentText, count, renderGrid, roleText, type GridColumn } from './grid.js';

type Row = { readonly statement: Statement; readonly actors: ReadonlyMap<string, Actor> };

const speaker = (width: number): GridColumn<Row> => ({ title: 'SPEAKER', width, cell: speakerCell });
const role = (width: number): GridColumn<Row> => ({
  title: 'ROLE',
  width,
  cell: (r) => roleText(actorOf(r.statement.speaker, r.actors)?.roles[0]),
});
const KIND: GridColumn<Row> = { title: 'KIND', width: 8, cell: (r) => r.statement.kind };
const content = (width: number): GridColumn<Row> => ({ title: 'CONTENT', width, cell: (r) => contentText(r.statement) });
const via = (width: number): GridColumn<Row> => ({ title: 'VIA', width, cell: (r) => actorOf(r.statement.via, r.actors)?.name ?? '' });
const DATE: GridColumn<Row> = { title: 'DATE', width: 10, cell: (r) => r.statement.date?.value ?? '' };

const COLUMNS: readonly GridColumn<Row>[] = [speaker(20), role(20), KIND, content(40), via(12), DATE];
// the same 120 characters with room for the stance
const STANCE_COLUMNS: readonly GridColumn<Row>[] = [
  speaker(18), role(14), KIND, content(22), via(10), DATE,
  { title: 'STANCE', width: 26, cell: (r) => stanceCell(r.statement.stances ?? []) },
];

/** A heading line naming the input, then the table (or a note that nothing was found). */
export function formatStatementTable(document: AnalysisDocument, name: string): string {
  const { statements, actors } = document;
  const encoding = document.encoding ? ` (${document.encoding})` : '';
  const heading = `${name}${encoding}: ${count(statements.length, 'statement')}, ${count(actors.length, 'actor')}`;
  if (statements.length === 0) return `${heading}\n`;
  const byId = new Map(actors.map((actor) => [actor.id, actor] as const));
  // stances are there exactly when questions were given, even if no statement is about them
  const columns = statements.some((s) => s.stances !== undefined) ? STANCE_COLUMNS : COLUMNS;
  return `${heading}\n${renderGrid(columns, statements.map((statement) => ({ statement, actors: byId })))}`;
}

/** "conditional (a ceasefire agreement)"; with several questions each is named: "troops: open; tax: oppose". */
function stanceCell(stances: readonly StatementStance[]): string {
  const one = (s: StatementStance) => (s.conditions.length > 0 ? `${s.stance} (${s.conditions.map((c) => c.phrase).join(', ')})` : s.stance);
  if (stances.length === 1) return one(stances[0] as StatementStance);
  return stances.map((s) => `${s.question}: ${one(s)}`).join('; ');
}

function speakerCell({ statement, actors }: Row): string {
  // An unresolved speaker still has the words that name it ("a source close to the talks").
  return actorOf(statement.speaker, actors)?.name ?? statement.source?.text ?? '';
}

function actorOf(id: string | null, actors: ReadonlyMap<string, Actor>): Actor | undefined {
  return id === null ? undefined : actors.get(id);
}
