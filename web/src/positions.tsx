/**
 * Stances as the views show them: a coloured chip per stance (with its word, so colour is never
 * the only cue), conditions in words, the matrix of actors × questions (the dashboard) and one
 * actor's history per question (the actor page). Every stance links to the statement it rests on.
 */
import type { Position, PositionChange, PositionEntry, Question, StanceCondition, StanceLabel } from './api.js';
import { actorHref, articleHref } from './router.js';
import { Link } from './Link.js';

export const STANCES: readonly StanceLabel[] = ['support', 'open', 'conditional', 'oppose', 'neutral'];

export function StanceChip({ stance }: { stance: StanceLabel }) {
  return <span className={`stance stance-${stance}`} data-stance={stance}>{stance}</span>;
}

export function StanceLegend() {
  return (
    <p className="stance-legend">
      {STANCES.map((s) => <StanceChip key={s} stance={s} />)}
    </p>
  );
}

/** "a ceasefire agreement; unless risk of nuclear escalation" */
export const conditionsText = (conditions: readonly StanceCondition[]): string =>
  conditions.map((c) => (c.kind === 'deterrent' ? `unless ${c.phrase}` : `if ${c.phrase}`)).join('; ');

/** The statement a position rests on: the latest of its history with the position's stance. */
export function restingOn(position: Position): PositionEntry | null {
  return [...position.history].reverse().find((e) => e.stance.stance === position.stance) ?? position.history.at(-1) ?? null;
}

const entryHref = (entry: PositionEntry): string => articleHref(entry.statement.article.id, entry.statement.id);

function PositionCell({ position }: { position: Position }) {
  const entry = restingOn(position);
  const conditions = conditionsText(position.conditions);
  return (
    <>
      <StanceChip stance={position.stance} />
      <span className="when">{position.day ?? 'undated'}</span>
      {conditions !== '' && <span className="conditions">{conditions}</span>}
      {entry !== null && (
        <Link className="evidence" href={entryHref(entry)} title={entry.statement.content.text}>
          {position.statements} statement{position.statements === 1 ? '' : 's'}
        </Link>
      )}
    </>
  );
}

const rowKey = (p: Position): string => `${p.level}:${p.actor.id ?? p.actor.name}`;

function ActorName({ actor }: { actor: Position['actor'] }) {
  return actor.id === null ? <>{actor.name}</> : <Link href={actorHref(actor.id)}>{actor.name}</Link>;
}

/**
 * Actors (then the bodies they speak for) × questions, most statements first; a cell is the
 * latest stance that takes a side, its day, its conditions and a link to the statement.
 */
export function PositionMatrix({ positions, questions }: { positions: readonly Position[]; questions: readonly Pick<Question, 'id' | 'label'>[] }) {
  if (positions.length === 0) return <p>No statement in the store is about {questions.length === 1 ? 'this question' : 'these questions'}.</p>;
  const rows = new Map<string, Position[]>();
  for (const p of positions) rows.set(rowKey(p), [...(rows.get(rowKey(p)) ?? []), p]);
  const weight = (cells: readonly Position[]) => cells.reduce((n, p) => n + p.statements, 0);
  const ordered = [...rows.values()].sort((a, b) => weight(b) - weight(a) || (a[0]?.actor.name ?? '').localeCompare(b[0]?.actor.name ?? ''));
  const group = (level: Position['level']) => ordered.filter((cells) => cells[0]?.level === level);
  const body = (cells: readonly Position[]) => {
    const first = cells[0] as Position;
    return (
      <tr key={rowKey(first)} data-actor={first.actor.name} data-level={first.level}>
        <th scope="row">
          <ActorName actor={first.actor} />
          {first.level === 'actor' && first.speaksFor !== null && first.speaksFor !== first.actor.name && <span className="sub"> for {first.speaksFor}</span>}
          {first.level === 'speaks-for' && <span className="sub"> through {first.spokespeople.join(', ')}</span>}
        </th>
        {questions.map((q) => {
          const cell = cells.find((p) => p.question === q.id);
          return (
            <td key={q.id} data-question={q.id} data-label={q.label} data-stance={cell?.stance ?? ''} className="position">
              {cell === undefined ? <span className="none">—</span> : <PositionCell position={cell} />}
            </td>
          );
        })}
      </tr>
    );
  };
  const bodies = group('speaks-for');
  return (
    <div className="table-wrap">
      <table className="plain matrix">
        <thead>
          <tr><th scope="col">Actor</th>{questions.map((q) => <th key={q.id} scope="col">{q.label}</th>)}</tr>
        </thead>
        <tbody>{group('actor').map(body)}</tbody>
        {bodies.length > 0 && (
          <tbody className="bodies">
            <tr><th colSpan={questions.length + 1} scope="rowgroup">The bodies they speak for</th></tr>
            {bodies.map(body)}
          </tbody>
        )}
      </table>
    </div>
  );
}

/** One actor's stances on one question, oldest first, each with its statement. */
export function PositionHistory({ position, label }: { position: Position; label: string }) {
  return (
    <section className="history" data-question={position.question} aria-label={`Position on ${label}`}>
      <h3>
        {label}: <StanceChip stance={position.stance} />
        {position.speaksFor !== null && <span className="sub"> speaking for {position.speaksFor}</span>}
      </h3>
      <ol>
        {position.history.map((entry) => {
          const conditions = conditionsText(entry.stance.conditions);
          return (
            <li key={`${entry.statement.article.id}/${entry.statement.id}`} data-stance={entry.stance.stance}>
              <span className="when">{entry.day ?? 'undated'}</span>
              <StanceChip stance={entry.stance.stance} />
              <Link href={entryHref(entry)}>{entry.statement.content.text}</Link>
              {entry.statement.article.outlet !== null && <span className="sub"> — {entry.statement.article.outlet}</span>}
              {conditions !== '' && <span className="conditions">{conditions}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function EntryLink({ entry }: { entry: PositionEntry }) {
  const conditions = conditionsText(entry.stance.conditions);
  return (
    <span className="shift-end">
      <StanceChip stance={entry.stance.stance} />
      <span className="when">{entry.day ?? 'undated'}</span>
      <Link href={entryHref(entry)} title={entry.statement.content.text}>
        {entry.statement.article.outlet ?? 'statement'}
      </Link>
      {conditions !== '' && <span className="conditions">{conditions}</span>}
    </span>
  );
}

/** How positions moved: each shift between two stances that take a side, the latest first. */
export function ShiftList({ shifts, label }: { shifts: readonly PositionChange[]; label: (question: string) => string }) {
  if (shifts.length === 0) return <p>No actor has changed position.</p>;
  const latestFirst = [...shifts].sort((a, b) => (b.to.day ?? '').localeCompare(a.to.day ?? ''));
  return (
    <ol className="shifts">
      {latestFirst.map((shift) => (
        <li key={`${shift.level}/${shift.actor.id ?? shift.actor.name}/${shift.to.statement.id}`} data-actor={shift.actor.name} data-level={shift.level}>
          <ActorName actor={shift.actor} /> <span className="sub">on {label(shift.question)}:</span>{' '}
          <EntryLink entry={shift.from} /> <span aria-label="then">→</span> <EntryLink entry={shift.to} />
        </li>
      ))}
    </ol>
  );
}
