/**
 * The shapes of the API's answers, one JSON Schema per contract type, registered as shared
 * schemas: Fastify serialises each answer by its route's schema (fast-json-stringify) and
 * `@fastify/swagger` lists them as `components.schemas`. The serialiser writes only declared
 * properties, so every property of a type is declared here; test/server/answers.test.ts checks
 * every answer against the store's own values and against these schemas.
 *
 * The analysis document's types come from schema/analysis.schema.json, its published
 * description, rather than being written twice.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { ACTOR_KINDS } from '../store/filter-input.js';
import { NETWORK_EDGE_KINDS } from '../store/store.js';
import { SERVER_ERROR_CODES } from './errors.js';

type Schema = { readonly [keyword: string]: unknown };
type ObjectSchema = Schema & { readonly properties: Readonly<Record<string, Schema>>; readonly required: readonly string[] };

/** A reference to a component by its name. */
export const ref = (name: string): Schema => ({ $ref: `${name}#` });
export const listOf = (items: Schema, description?: string): Schema => ({ type: 'array', items, ...(description === undefined ? {} : { description }) });
const orNull = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const text = (description?: string): Schema => ({ type: 'string', ...(description === undefined ? {} : { description }) });
const textOrNull = (description?: string): Schema => ({ ...text(description), type: ['string', 'null'] });
const count = (description?: string): Schema => ({ type: 'integer', minimum: 0, ...(description === undefined ? {} : { description }) });
const DAY_OR_NULL = textOrNull('YYYY-MM-DD, null when undated');

/** A closed object whose properties are all present (null when unknown, never left out). */
function object(description: string, properties: Record<string, Schema>): ObjectSchema {
  return { type: 'object', description, additionalProperties: false, required: Object.keys(properties), properties };
}

/** A type that extends another (`interface B extends A`): A's properties (optional ones stay optional) and B's, closed. */
function extend(base: ObjectSchema, description: string, properties: Record<string, Schema>): ObjectSchema {
  return { ...object(description, { ...base.properties, ...properties }), required: [...base.required, ...Object.keys(properties)] };
}

const ANALYSIS = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as Schema & { readonly $defs: Record<string, Schema> };
const componentName = (definition: string) => `${definition.charAt(0).toUpperCase()}${definition.slice(1)}`;

/**
 * A part of schema/analysis.schema.json as a component's schema: references to its object
 * definitions become references to components (span → Span), the small definitions (a day, a
 * nullable string) are inlined where used, "a string or null" becomes a union type so the
 * serialiser need not check values to choose, and enums get their type. OpenAPI 3.0 has no
 * `const`; @fastify/swagger writes it as a one-value enum.
 */
function fromAnalysisSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fromAnalysisSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { $ref, anyOf, ...keywords } = node as Schema;
  let schema: Record<string, unknown> = Object.fromEntries(Object.entries(keywords).map(([key, value]) => [key, fromAnalysisSchema(value)]));
  if (typeof $ref === 'string') {
    const name = $ref.replace('#/$defs/', '');
    const definition = ANALYSIS.$defs[name] ?? {};
    if (definition['type'] === 'object') return ref(componentName(name));
    schema = { ...(fromAnalysisSchema(definition) as Schema), ...schema };
  }
  if (Array.isArray(anyOf)) {
    const options = fromAnalysisSchema(anyOf) as Schema[];
    const [value, ...more] = options.filter((option) => option['type'] !== 'null');
    const nullable = more.length === 0 && options.length === 2 && typeof value?.['type'] === 'string';
    schema = nullable ? { ...value, ...schema, type: [value['type'], 'null'] } : { ...schema, anyOf: options };
  }
  const values = (schema['enum'] as unknown[] | undefined) ?? (schema['const'] === undefined ? undefined : [schema['const']]);
  if (schema['type'] === undefined && values?.every((value) => typeof value === 'string')) schema['type'] = 'string';
  return schema;
}

const { $defs, $schema: _dialect, title: _title, ...documentSchema } = ANALYSIS;
const analysis: Record<string, Schema> = Object.fromEntries(
  Object.entries($defs)
    .filter(([, definition]) => definition['type'] === 'object')
    .map(([name, definition]) => [componentName(name), fromAnalysisSchema(definition) as Schema]),
);
analysis['AnalysisDocument'] = fromAnalysisSchema(documentSchema) as Schema;
function analysisType(name: string): ObjectSchema {
  const schema = analysis[name];
  if (schema === undefined) throw new Error(`schema/analysis.schema.json defines no ${name}`);
  return schema as ObjectSchema;
}

const articleRef = object('An article as statements and search hits name it', {
  id: text('sha-256 of the text, hex'),
  url: textOrNull(),
  outlet: textOrNull(),
  title: textOrNull(),
  published: DAY_OR_NULL,
});

const clusterInfo = object('The first article that carried a quote, and how many carried it', {
  id: text(),
  carriers: count('articles that carried the quote'),
  first: object('the first carrier', { articleId: text(), outlet: textOrNull(), published: DAY_OR_NULL }),
});

const actorKind = { type: 'string', enum: ACTOR_KINDS } as const;
const ACTOR_KIND_OR_NULL = { ...actorKind, type: ['string', 'null'], enum: [...ACTOR_KINDS, null] };

const actorSummary = object('An actor of the store: name, kind, roles over time, how often quoted', {
  id: text('A12'),
  name: text(),
  kind: actorKind,
  roles: listOf(ref('RoleSeen')),
  articles: count(),
  statements: count(),
});

const positionEntry = object('One judged statement in a position history', {
  statement: ref('StoredStatement'),
  stance: ref('Stance'),
  day: textOrNull("the statement's day, else its article's"),
});
const positionActor = object('The actor, or the body (a country, an organisation) actors speak for', {
  id: textOrNull('the actor id; null for a body'),
  name: text(),
  kind: { type: 'string', enum: [...ACTOR_KINDS, 'body'] },
});
const positionLevel = { type: 'string', enum: ['actor', 'speaks-for'], description: 'actor: one speaker; speaks-for: a body, from the statements of those who speak for it' };

const failureReport = object('An item that could not be read or fetched', { origin: text('request#N for a record, else the URL'), code: ref('ErrorCode'), message: text() });

/** Every shared schema, by its name in the OpenAPI document. */
const COMPONENTS: Record<string, Schema> = {
  ...analysis,
  ErrorCode: { type: 'string', enum: SERVER_ERROR_CODES, description: 'see docs/errors.md; E_UNAUTHORIZED is the server’s own' },
  Error: object('Every failure: a code to act on and one line for people (docs/api.md lists the statuses)', {
    error: object('the error', { code: ref('ErrorCode'), message: text('one line, never a stack trace') }),
  }),
  ArticleRef: articleRef,
  ClusterInfo: clusterInfo,
  StoredStatement: extend(analysisType('Statement'), "A statement as the analysis document has it, with store-wide actor ids in speaker and via, their names, and the article it came from", {
    speakerName: textOrNull(),
    speakerKind: ACTOR_KIND_OR_NULL,
    speakerRoles: listOf(ref('Role')),
    viaName: textOrNull(),
    article: ref('ArticleRef'),
    cluster: orNull(ref('ClusterInfo')),
  }),
  StatementPage: object('One page of statements', {
    statements: listOf(ref('StoredStatement')),
    next: textOrNull('pass as `after` for the next page; null on the last'),
  }),
  RoleSeen: extend(analysisType('Role'), 'A role with the days of the first and last article that gave it', {
    firstSeen: DAY_OR_NULL,
    lastSeen: DAY_OR_NULL,
    articles: count(),
  }),
  ActorSummary: actorSummary,
  ActorMention: extend(analysisType('Span'), 'A mention of the actor: a span into the text of the article named', { articleId: text() }),
  OutletCount: object('An outlet that quoted the actor', { outlet: textOrNull(), statements: count(), articles: count() }),
  ActorDetail: object("One actor's page", {
    actor: ref('ActorSummary'),
    names: listOf(text(), 'every name form seen, fullest first'),
    mentions: listOf(ref('ActorMention')),
    statements: listOf(ref('StoredStatement')),
    outlets: listOf(ref('OutletCount'), 'most statements first'),
  }),
  StoredArticle: object("A stored article: its metadata and its analysis document (the text is the document's article.text)", {
    id: text('sha-256 of the text, hex'),
    url: textOrNull(),
    outlet: textOrNull(),
    title: textOrNull(),
    published: DAY_OR_NULL,
    language: text(),
    authors: listOf(text()),
    origin: text('where it was read from: a path, "items.jsonl:12", a URL, request#N'),
    analyzerVersion: text(),
    document: ref('AnalysisDocument'),
  }),
  TimelineDay: object('The statements of one day', {
    day: DAY_OR_NULL,
    statements: count(),
    speakers: listOf(object('a speaker of that day', { id: textOrNull(), name: textOrNull(), statements: count() })),
  }),
  OutletSourcing: object('How an outlet sources its statements', {
    outlet: textOrNull(),
    articles: count(),
    statements: count(),
    anonymousShare: { type: 'number', minimum: 0, maximum: 1, description: 'share of statements from anonymous sources' },
    secondHandShare: { type: 'number', minimum: 0, maximum: 1, description: 'share of statements that came through another outlet' },
  }),
  QuoteCluster: extend(clusterInfo, 'A quote carried by several articles', {
    content: text(),
    speakerName: textOrNull(),
    statements: listOf(ref('StoredStatement'), 'first carrier first'),
  }),
  ArticleHit: extend(articleRef, 'An article matching a search', { snippet: text('the matching passage, the matched words in [brackets]') }),
  SearchResult: object('Statements and articles matching every word, best first', {
    statements: listOf(ref('StoredStatement')),
    articles: listOf(ref('ArticleHit')),
  }),
  NetworkNode: object('An actor or an outlet', {
    id: text('an actor id (A12), or "outlet:" and the outlet in lower case'),
    kind: { type: 'string', enum: ['actor', 'outlet'] },
    label: text(),
    actorId: textOrNull("the actor's id; an outlet named as a speaker or channel has one too"),
    actorKind: ACTOR_KIND_OR_NULL,
    statements: count('matching statements the node made or carried'),
  }),
  NetworkEdge: object('quoted: outlet → actor; via: speaker → the actor or outlet the words went through; together: two named speakers of the same articles (source < target)', {
    kind: { type: 'string', enum: NETWORK_EDGE_KINDS },
    source: text('a node id'),
    target: text('a node id'),
    weight: count('statements (quoted, via) or articles (together)'),
  }),
  NetworkGraph: object('The network of the matching statements', {
    nodes: listOf(ref('NetworkNode'), 'the nodes of the edges, most statements first'),
    edges: listOf(ref('NetworkEdge'), 'by kind, heaviest first'),
  }),
  StoreCounts: object('What the store holds', { articles: count(), statements: count(), actors: count() }),
  Question: object('A question positions are judged on (the format of a questions file)', {
    id: text('short stable key'),
    label: text(),
    target: text('the question in a sentence'),
    descriptors: listOf(text(), 'terms that mark a statement as being about the question'),
  }),
  PositionEntry: positionEntry,
  Position: object('Where one actor (or body) stands on one question', {
    question: text("the question's id"),
    level: positionLevel,
    actor: positionActor,
    speaksFor: textOrNull('for an actor: the body it speaks for'),
    spokespeople: listOf(text(), 'for a body: the actors who spoke for it'),
    stance: analysisType('Stance').properties['stance'] ?? {},
    day: textOrNull(),
    conditions: listOf(ref('StanceCondition')),
    statements: count(),
    history: listOf(ref('PositionEntry'), 'in date order'),
  }),
  PositionChange: object('A shift between consecutive stances that take a side', {
    question: text(),
    actor: positionActor,
    level: positionLevel,
    from: ref('PositionEntry'),
    to: ref('PositionEntry'),
  }),
  FailureReport: failureReport,
  AnalyzeAnswer: object('The analysis of each text or page (a feed gives one per item), and what failed', {
    documents: listOf(ref('AnalysisDocument')),
    failures: listOf(ref('FailureReport')),
  }),
  IngestAnswer: object('What ingest read, stored and could not read', {
    items: count('items read'),
    added: count(),
    unchanged: count('texts already in the store'),
    failed: count(),
    statements: count('statements stored'),
    articles: listOf(object('an article read', { origin: text(), id: text() })),
    unanalysed: { type: 'object', additionalProperties: count(), description: 'articles stored without statements (no pipeline for their language), by language' },
    failures: listOf(ref('FailureReport')),
  }),
};

export function addAnswerSchemas(app: FastifyInstance): void {
  for (const [name, schema] of Object.entries(COMPONENTS)) app.addSchema({ $id: name, ...schema });
}

/** A route's answers: the given 200, and the error shape for every 4xx and 5xx. */
export function answers(ok: Schema, description?: string): Record<string, Schema> {
  const error = ref('Error');
  return { 200: description === undefined ? ok : { ...ok, description }, '4xx': error, '5xx': error };
}
