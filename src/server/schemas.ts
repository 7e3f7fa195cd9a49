/**
 * JSON Schema pieces the routes share. They validate requests (with type coercion of query
 * strings) and are the OpenAPI document's parameters, so the document cannot drift from the
 * routes; the values themselves are checked by the same code as the CLI's flags.
 */
import { WhosaidError } from '../core/errors.js';
import { ACTOR_KINDS, checkedFilter, STATEMENT_KINDS, type FilterInput } from '../store/filter-input.js';
import type { StatementFilter } from '../store/store.js';

/** The most rows one request returns; a client pages through the rest with the cursor. */
export const MAX_PAGE = 1000;
export const DEFAULT_PAGE = 50;

const day = (what: string) => ({ type: 'string', format: 'date', description: `${what}, YYYY-MM-DD (the statement's date, else its article's)` }) as const;

/** The statement filters of the CLI (`whosaid statements --help`), as query parameters. */
export const FILTER_PROPERTIES = {
  speaker: { type: 'string', description: 'an actor id (A12) or any form of its name ("Barrot", "Jean-Noel Barrot")' },
  actorKind: { type: 'string', enum: ACTOR_KINDS, description: 'the speaker kind' },
  outlet: { type: 'string', description: 'statements in articles of this outlet' },
  about: { type: 'string', description: 'statements whose content matches these words (full text; word* for prefixes)' },
  since: day('on or after this day'),
  until: day('on or before this day'),
  kind: { type: 'string', enum: STATEMENT_KINDS, description: 'direct, indirect or mixed' },
  anonymous: { type: 'boolean', description: 'only statements from anonymous sources' },
  article: { type: 'string', description: 'statements of one article (its id)' },
} as const;

export const limitProperty = (description: string) => ({ type: 'integer', minimum: 1, maximum: MAX_PAGE, description }) as const;

export function filterQuery(extra: Record<string, object> = {}) {
  return { type: 'object', additionalProperties: false, properties: { ...FILTER_PROPERTIES, ...extra } } as const;
}

export const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1 } },
} as const;

/** The query string's filters, checked as the CLI checks its flags. */
export function filterOf(query: FilterInput): StatementFilter {
  return checkedFilter(query, (field, problem) => new WhosaidError('E_USAGE', `${field} ${problem}`));
}
