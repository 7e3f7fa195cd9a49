/**
 * The app's only door to the server: the JSON API of docs/api.md, typed with the server's own
 * types (type-only imports: nothing of the server is bundled).
 */
import type { AnalysisDocument, StatementKind } from '../../src/core/analysis.js';
import type { Question } from '../../src/core/stance.js';
import type { Position, PositionChange } from '../../src/positions/positions.js';
import type {
  ActorDetail,
  ActorSummary,
  NetworkGraph,
  OutletSourcing,
  SearchResult,
  StatementPage,
  StoreCounts,
  StoredArticle,
  TimelineDay,
} from '../../src/store/store.js';

export type { AnalysisDocument, Statement, Actor, StatementKind } from '../../src/core/analysis.js';
export type { Span } from '../../src/core/span.js';
export type { Question, StanceLabel, StanceCondition } from '../../src/core/stance.js';
export type { Position, PositionChange, PositionEntry } from '../../src/positions/positions.js';
export type {
  ActorDetail,
  ActorSummary,
  ArticleHit,
  NetworkEdge,
  NetworkEdgeKind,
  NetworkGraph,
  NetworkNode,
  OutletSourcing,
  RoleSeen,
  SearchResult,
  StoredStatement,
  StatementPage,
  StoreCounts,
  TimelineDay,
} from '../../src/store/store.js';

export type ArticleAnswer = Omit<StoredArticle, 'text'> & { readonly document: AnalysisDocument };

/** The filters of `GET /statements`, as the form holds them (empty string: not set). */
export interface Filters {
  speaker: string;
  outlet: string;
  kind: '' | StatementKind;
  since: string;
  until: string;
  about: string;
  anonymous: boolean;
  /** the listing order by day (the API's `order`); undated statements come last in both */
  order: 'oldest' | 'newest';
}

export const NO_FILTERS: Filters = { speaker: '', outlet: '', kind: '', since: '', until: '', about: '', anonymous: false, order: 'oldest' };

const TEXT_FIELDS = ['speaker', 'outlet', 'kind', 'since', 'until', 'about'] as const;

/** The filters as query parameters: only those set, in a fixed order. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of TEXT_FIELDS) {
    const value = filters[field].trim();
    if (value !== '') params.set(field, value);
  }
  if (filters.anonymous) params.set('anonymous', 'true');
  if (filters.order === 'newest') params.set('order', 'newest');
  return params;
}

/** The filters read back from a query string; unknown parameters are ignored. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') ?? '';
  return {
    speaker: params.get('speaker') ?? '',
    outlet: params.get('outlet') ?? '',
    kind: kind === 'direct' || kind === 'indirect' || kind === 'mixed' ? kind : '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
    about: params.get('about') ?? '',
    anonymous: params.get('anonymous') === 'true',
    order: params.get('order') === 'newest' ? 'newest' : 'oldest',
  };
}

export const PAGE_SIZE = 50;

export function statementsUrl(filters: Filters, after: string | null): string {
  const params = filterParams(filters);
  params.set('limit', String(PAGE_SIZE));
  if (after !== null) params.set('after', after);
  return `/statements?${params.toString()}`;
}

export function exportUrl(filters: Filters): string {
  const params = filterParams(filters);
  params.set('format', 'csv');
  return `/export?${params.toString()}`;
}

/** Edges of each kind the network view asks for: the heaviest, so a large store stays drawable. */
export const NETWORK_LIMIT = 150;

/** The network view filters by days only: the graph is of the whole story in that time. */
export function networkUrl(filters: Filters): string {
  const params = filterParams({ ...NO_FILTERS, since: filters.since, until: filters.until });
  params.set('limit', String(NETWORK_LIMIT));
  return `/network?${params.toString()}`;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return answerOf<T>(await fetch(url, { headers: { accept: 'application/json' }, ...(signal === undefined ? {} : { signal }) }));
}

async function postJson<T>(url: string, body: unknown, token: string | null, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  return answerOf<T>(await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), ...(signal === undefined ? {} : { signal }) }));
}

async function answerOf<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? 'E_HTTP', error?.message ?? `${response.status} ${response.statusText}`);
  }
  return body as T;
}

export const fetchStatements = (filters: Filters, after: string | null, signal?: AbortSignal): Promise<StatementPage> =>
  getJson<StatementPage>(statementsUrl(filters, after), signal);

export const fetchArticle = (id: string, signal?: AbortSignal): Promise<ArticleAnswer> =>
  getJson<ArticleAnswer>(`/articles/${encodeURIComponent(id)}`, signal);

export const fetchCounts = (signal?: AbortSignal): Promise<StoreCounts> => getJson<StoreCounts>('/counts', signal);

export const fetchTimeline = (signal?: AbortSignal): Promise<TimelineDay[]> => getJson<TimelineDay[]>('/timeline', signal);

export const fetchSources = (signal?: AbortSignal): Promise<OutletSourcing[]> => getJson<OutletSourcing[]>('/sources', signal);

export const fetchActors = (limit: number, signal?: AbortSignal): Promise<ActorSummary[]> =>
  getJson<ActorSummary[]>(`/actors?limit=${limit}`, signal);

export const fetchActor = (id: string, signal?: AbortSignal): Promise<ActorDetail> =>
  getJson<ActorDetail>(`/actors/${encodeURIComponent(id)}`, signal);

/** The server's own questions (`serve --questions`); empty when it has none. */
export const fetchQuestions = (signal?: AbortSignal): Promise<Question[]> => getJson<Question[]>('/questions', signal);

/**
 * Positions on the server's questions, or on one question given as a sentence; `speaker` keeps
 * to one actor's statements (an actor page), `limit` to the most-quoted actors and bodies.
 */
export const fetchPositions = (options: PositionsQuery, signal?: AbortSignal): Promise<Position[]> => getJson<Position[]>(positionsUrl(options, false), signal);

/** The shifts of stance (the same positions, `changes=true`): each with the statement before and after. */
export const fetchShifts = (options: PositionsQuery, signal?: AbortSignal): Promise<PositionChange[]> =>
  getJson<PositionChange[]>(positionsUrl(options, true), signal);

export interface PositionsQuery {
  readonly question?: string;
  readonly speaker?: string;
  readonly limit?: number;
}

function positionsUrl(options: PositionsQuery, changes: boolean): string {
  const params = new URLSearchParams();
  if (options.question !== undefined) params.set('question', options.question);
  if (options.speaker !== undefined) params.set('speaker', options.speaker);
  if (options.limit !== undefined) params.set('limit', String(options.limit));
  if (changes) params.set('changes', 'true');
  const query = params.toString();
  return `/positions${query === '' ? '' : `?${query}`}`;
}

/** A pasted article: its text and what the user knows of it (empty strings are left out). */
export interface PastedArticle {
  text: string;
  title: string;
  outlet: string;
  published: string;
  language: string;
}

function articleRecord(article: PastedArticle): Record<string, string> {
  return Object.fromEntries(Object.entries(article).filter(([, value]) => value.trim() !== '')) as Record<string, string>;
}

export interface AnalyzeAnswer {
  readonly documents: readonly AnalysisDocument[];
}

/** Analyses without storing, judged on the questions when there are any. */
export const analyzeArticle = (article: PastedArticle, questions: readonly Question[], signal?: AbortSignal): Promise<AnalyzeAnswer> =>
  postJson<AnalyzeAnswer>('/analyze', { ...articleRecord(article), ...(questions.length > 0 ? { questions } : {}) }, null, signal);

export interface IngestAnswer {
  readonly added: number;
  readonly unchanged: number;
  readonly articles: readonly { readonly origin: string; readonly id: string }[];
}

/** Stores the article (a write: the server may want its token). */
export const ingestArticle = (article: PastedArticle, token: string | null): Promise<IngestAnswer> =>
  postJson<IngestAnswer>('/ingest', { articles: [articleRecord(article)] }, token);

/** Statements and articles matching every word, best first; article snippets mark matches in [brackets]. */
export const fetchSearch = (words: string, signal?: AbortSignal): Promise<SearchResult> =>
  getJson<SearchResult>(`/search?q=${encodeURIComponent(words)}&limit=50`, signal);

export const fetchNetwork = (filters: Filters, signal?: AbortSignal): Promise<NetworkGraph> => getJson<NetworkGraph>(networkUrl(filters), signal);

/** Corrections of the store's actors (writes, like saving): each answers with the actor as it now is. */
export const renameActor = (id: string, name: string, token: string | null): Promise<ActorSummary> =>
  postJson<ActorSummary>(`/actors/${encodeURIComponent(id)}/rename`, { name }, token);

export const mergeActors = (kept: string, absorbed: string, token: string | null): Promise<ActorSummary> =>
  postJson<ActorSummary>('/actors/merge', { kept, absorbed }, token);

/** The mentions under one name form move to a new actor, which is the answer. */
export const splitActor = (id: string, name: string, token: string | null): Promise<ActorSummary> =>
  postJson<ActorSummary>(`/actors/${encodeURIComponent(id)}/split`, { name }, token);
