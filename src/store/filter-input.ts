/**
 * A `StatementFilter` from what a user typed — command-line flags or an HTTP query string — checked
 * once for both, so the CLI and the API accept the same values and refuse the same mistakes. The
 * caller turns a problem into its own error, naming the flag or the parameter.
 */
import type { ActorKind, StatementKind } from '../core/analysis.js';
import type { WhosaidError } from '../core/errors.js';
import type { StatementFilter, StatementOrder } from './store.js';

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'media', 'anonymous', 'group'];
export const STATEMENT_KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];
export const STATEMENT_ORDERS: readonly StatementOrder[] = ['oldest', 'newest'];

/** The filters as typed, before checking; `article` is an article id. */
export interface FilterInput {
  readonly speaker?: string | undefined;
  readonly actorKind?: string | undefined;
  readonly outlet?: string | undefined;
  readonly about?: string | undefined;
  readonly since?: string | undefined;
  readonly until?: string | undefined;
  readonly kind?: string | undefined;
  readonly anonymous?: boolean | undefined;
  readonly article?: string | undefined;
  readonly limit?: string | number | undefined;
  /** oldest or newest first (listings only) */
  readonly order?: string | undefined;
}

export type FilterField = keyof FilterInput;

/** Turns "expects …, got …" about one field into the caller's error. */
export type Invalid = (field: FilterField, problem: string) => WhosaidError;

export function checkedFilter(input: FilterInput, invalid: Invalid): StatementFilter {
  const text = (name: FilterField) => {
    const value = input[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const filter: Record<string, unknown> = {
    speaker: text('speaker'),
    actorKind: oneOf(text('actorKind'), ACTOR_KINDS, (problem) => invalid('actorKind', problem)),
    outlet: text('outlet'),
    about: text('about'),
    since: day(text('since'), (problem) => invalid('since', problem)),
    until: day(text('until'), (problem) => invalid('until', problem)),
    kind: oneOf(text('kind'), STATEMENT_KINDS, (problem) => invalid('kind', problem)),
    anonymous: input.anonymous === true ? true : undefined,
    articleId: text('article'),
    order: oneOf(text('order'), STATEMENT_ORDERS, (problem) => invalid('order', problem)),
    limit: positiveInteger(input.limit === undefined ? undefined : String(input.limit), (problem) => invalid('limit', problem)),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as StatementFilter;
}

export function positiveInteger(value: string | undefined, fail: (problem: string) => WhosaidError): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw fail(`expects a positive whole number, got "${value}"`);
  return Number(value);
}

/** A real calendar day in YYYY-MM-DD form: 2024-02-30 is refused, not rolled over. */
export function isCalendarDay(value: string): boolean {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

export function dayProblem(value: string): string {
  return `expects a date as YYYY-MM-DD, got "${value}"`;
}

function day(value: string | undefined, fail: (problem: string) => WhosaidError): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw fail(dayProblem(value));
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fail: (problem: string) => WhosaidError): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw fail(`expects one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}
