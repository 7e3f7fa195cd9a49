/**
 * Positions from judged statements: per actor and question, the history of stances in date
 * order, the latest stance with its conditions, the shifts between consecutive stances; and the
 * same rolled up to the countries and organisations the actors speak for.
 */
import type { ActorKind } from '../core/analysis.js';
import type { StanceLabel, StatementStance } from '../core/stance.js';
import type { StoredStatement } from '../store/store.js';
import { speaksFor } from './speaks-for.js';

export interface JudgedStatement {
  readonly statement: StoredStatement;
  readonly stance: StatementStance;
}

export interface PositionEntry {
  readonly statement: StoredStatement;
  readonly stance: StatementStance;
  /** the statement's day, else its article's */
  readonly day: string | null;
}

export interface Position {
  readonly question: string;
  /** actor: one speaker; speaks-for: a country or organisation, from the statements of those who speak for it */
  readonly level: 'actor' | 'speaks-for';
  readonly actor: { readonly id: string | null; readonly name: string; readonly kind: ActorKind | 'body' };
  /** for an actor: the body it speaks for, if any; for a body: the actors who spoke for it */
  readonly speaksFor: string | null;
  readonly spokespeople: readonly string[];
  /** the latest stance that takes a side (neutral only when none does) */
  readonly stance: StanceLabel;
  readonly day: string | null;
  readonly conditions: StatementStance['conditions'];
  readonly statements: number;
  readonly history: readonly PositionEntry[];
}

export interface PositionChange {
  readonly question: string;
  readonly actor: Position['actor'];
  readonly level: Position['level'];
  readonly from: PositionEntry;
  readonly to: PositionEntry;
}

const dayOf = (s: StoredStatement) => (s.date?.precision === 'day' ? s.date.value : (s.article.published ?? s.date?.value ?? null));

/**
 * Days as text, compared by code unit. Undated statements come first: a statement whose day is
 * unknown must not become an actor's latest word over one that is dated.
 */
function compareDays(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function chronological(a: PositionEntry, b: PositionEntry): number {
  return compareDays(a.day, b.day) || (a.statement.id < b.statement.id ? -1 : 1);
}

export function positions(judged: readonly JudgedStatement[]): Position[] {
  const actors = new Map<string, PositionEntry[]>();
  const bodies = new Map<string, PositionEntry[]>();
  const push = (map: Map<string, PositionEntry[]>, key: string, entry: PositionEntry) => {
    const history = map.get(key);
    if (history === undefined) map.set(key, [entry]);
    else history.push(entry);
  };
  for (const { statement, stance } of judged) {
    if (statement.speaker === null || statement.speakerKind === null) continue;
    const entry = { statement, stance, day: dayOf(statement) };
    push(actors, `${stance.question}\u0000${statement.speaker}`, entry);
    const body = speaksFor(statement.speakerKind, statement.speakerName ?? '', statement.speakerRoles);
    if (body !== null && statement.speakerKind === 'person') push(bodies, `${stance.question}\u0000${body}`, entry);
  }
  const result: Position[] = [];
  for (const history of actors.values()) {
    const first = history[0] as PositionEntry;
    const { statement } = first;
    result.push(
      position(history, 'actor', { id: statement.speaker, name: statement.speakerName ?? '', kind: statement.speakerKind as ActorKind }, speaksFor(statement.speakerKind as ActorKind, statement.speakerName ?? '', statement.speakerRoles)),
    );
  }
  for (const [key, history] of bodies) {
    const name = key.split('\u0000')[1] ?? '';
    result.push(position(history, 'speaks-for', { id: null, name, kind: 'body' }, null));
  }
  // per question: actors before bodies, most recent first, then by name
  const levelOrder = (p: Position) => (p.level === 'actor' ? 0 : 1);
  return result.sort(
    (a, b) =>
      a.question.localeCompare(b.question) ||
      levelOrder(a) - levelOrder(b) ||
      compareDays(b.day, a.day) ||
      a.actor.name.localeCompare(b.actor.name),
  );
}

function position(entries: readonly PositionEntry[], level: Position['level'], actor: Position['actor'], body: string | null): Position {
  const history = [...entries].sort(chronological);
  // a neutral statement is about the question without taking a side: it does not replace a position
  const latest = taking(history).at(-1) ?? (history.at(-1) as PositionEntry);
  return {
    question: latest.stance.question,
    level,
    actor,
    speaksFor: body,
    spokespeople: level === 'speaks-for' ? [...new Set(history.map((e) => e.statement.speakerName ?? ''))] : [],
    stance: latest.stance.stance,
    day: latest.day,
    conditions: latest.stance.conditions,
    statements: history.length,
    history,
  };
}

function taking(history: readonly PositionEntry[]): PositionEntry[] {
  return history.filter((entry) => entry.stance.stance !== 'neutral');
}

const holderKey = (p: Position): string => `${p.level}\u0000${p.actor.id ?? p.actor.name}`;

/**
 * The positions of the `limit` actors and the `limit` bodies with the most judged statements
 * over all the questions (ties by key, so the cut is stable), in their order: a matrix a reader
 * can take in from a store of thousands of speakers.
 */
export function leadingPositions(all: readonly Position[], limit: number): Position[] {
  const weights = new Map<string, { level: Position['level']; statements: number }>();
  for (const p of all) {
    const key = holderKey(p);
    weights.set(key, { level: p.level, statements: (weights.get(key)?.statements ?? 0) + p.statements });
  }
  const ranked = [...weights.entries()].sort(([a, x], [b, y]) => y.statements - x.statements || (a < b ? -1 : 1));
  const kept = new Set(
    (['actor', 'speaks-for'] as const).flatMap((level) => ranked.filter(([, w]) => w.level === level).slice(0, limit).map(([key]) => key)),
  );
  return all.filter((p) => kept.has(holderKey(p)));
}

/** Every change between consecutive stances that take a side, of one actor (or body) on one question. */
export function changes(all: readonly Position[]): PositionChange[] {
  return all.flatMap((p) =>
    taking(p.history).flatMap((to, i, sided) => {
      if (i === 0) return [];
      const from = sided[i - 1] as PositionEntry;
      return from.stance.stance === to.stance.stance ? [] : [{ question: p.question, actor: p.actor, level: p.level, from, to }];
    }),
  );
}
