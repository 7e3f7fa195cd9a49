/**
 * The store's read views over filtered statements: one page of statements with a cursor, the
 * CSV/JSONL export streamed page by page, and the timeline, sources, clusters and network.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { STATEMENT_FORMATS, statementChunks, type StatementFormat } from '../../export/statement-stream.js';
import { STATEMENT_ORDERS, type FilterInput } from '../../store/filter-input.js';
import { answers, listOf, ref } from '../answers.js';
import type { ServerContext } from '../context.js';
import { DEFAULT_PAGE, filterOf, filterQuery, limitProperty } from '../schemas.js';

type FilterQuery = FilterInput & { readonly limit?: number };

const ORDER = { type: 'string', enum: STATEMENT_ORDERS, default: 'oldest', description: 'by day: oldest or newest first (undated last)' } as const;

const CONTENT_TYPES: Readonly<Record<StatementFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export function statementRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Querystring: FilterQuery & { after?: string } }>(
    '/statements',
    {
      schema: {
        summary: 'Statements matching every filter, oldest (or newest) first, a page at a time',
        description: 'Pass `next` back as `after` (with the same `order`) for the following page; `next` is null on the last page. Undated statements come last in either order.',
        tags: ['statements'],
        querystring: filterQuery({
          after: { type: 'string', description: 'the `next` cursor of the previous page' },
          order: ORDER,
          limit: limitProperty(`statements per page (default ${DEFAULT_PAGE})`),
        }),
        response: answers(ref('StatementPage')),
      },
    },
    async (request) => {
      const { after, limit, ...input } = request.query;
      return store.statements({ ...filterOf(input), limit: limit ?? DEFAULT_PAGE, ...(after === undefined ? {} : { after }) });
    },
  );

  app.get<{ Querystring: FilterQuery & { format?: StatementFormat } }>(
    '/export',
    {
      schema: {
        summary: 'Every matching statement as CSV (the columns of `whosaid export`) or JSON Lines, streamed',
        tags: ['statements'],
        querystring: filterQuery({
          format: { type: 'string', enum: STATEMENT_FORMATS, default: 'csv' },
          order: ORDER,
          limit: { type: 'integer', minimum: 1, description: 'at most this many statements (default: all)' },
        }),
        response: answers({
          description: 'the statements, streamed',
          content: Object.fromEntries(Object.values(CONTENT_TYPES).map((type) => [type, { schema: { type: 'string' } }])),
        }),
      },
    },
    async (request, reply) => {
      const { format = 'csv', ...input } = request.query;
      const filter = filterOf(input);
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="statements.${format}"`)
        .send(Readable.from(statementChunks(store, filter, format)));
    },
  );

  const view = (path: string, summary: string, run: (filter: ReturnType<typeof filterOf>) => unknown, response: ReturnType<typeof answers>) =>
    app.get<{ Querystring: FilterInput }>(path, { schema: { summary, tags: ['statements'], querystring: filterQuery(), response } }, async (request) => run(filterOf(request.query)));
  view('/timeline', 'Matching statements per day, with who spoke that day', (filter) => store.timeline(filter), answers(listOf(ref('TimelineDay')), 'the days'));
  view('/sources', 'Per outlet: articles, statements, the share from anonymous sources and the share that came second-hand', (filter) => store.sources(filter), answers(listOf(ref('OutletSourcing')), 'the outlets'));

  app.get<{ Querystring: FilterQuery }>(
    '/network',
    {
      schema: {
        summary: 'Outlets and actors of the matching statements: who quoted whom, who spoke via whom, who appears together',
        description:
          '`quoted`: outlet → actor, weighted by statements; `via`: speaker → the actor or outlet the words went through, weighted by statements; `together`: two named speakers of the same articles (undirected, source < target), weighted by articles.',
        tags: ['statements'],
        querystring: filterQuery({ limit: limitProperty('at most this many edges of each kind, heaviest first (default: all)') }),
        response: answers(ref('NetworkGraph')),
      },
    },
    async (request) => {
      const { limit, ...input } = request.query;
      return store.network({ ...filterOf(input), ...(limit === undefined ? {} : { limit }) });
    },
  );

  app.get<{ Querystring: FilterInput & { minCarriers?: number } }>(
    '/clusters',
    {
      schema: {
        summary: 'Quotes carried by several articles, each with its first carrier and every later one',
        tags: ['statements'],
        querystring: filterQuery({ minCarriers: { type: 'integer', minimum: 1, description: 'only quotes carried by at least this many articles (default 2)' } }),
        response: answers(listOf(ref('QuoteCluster')), 'the quotes'),
      },
    },
    async (request) => {
      const { minCarriers, ...input } = request.query;
      return store.clusters({ ...filterOf(input), ...(minCarriers === undefined ? {} : { minCarriers }) });
    },
  );
}
