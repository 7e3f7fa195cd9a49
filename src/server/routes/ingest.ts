/**
 * Ingest: records and URLs analysed on the pool and stored, exactly as `whosaid ingest` stores
 * them — a text already in the store is unchanged. A write: it needs the token when the server
 * has one.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { articleId } from '../../analyze.js';
import type { SourceItem } from '../../ingest/source-document.js';
import { ingestSources } from '../../jobs/ingest.js';
import { failureReport, RECORD_SCHEMA, requestSources, URL_FIELD } from '../article-input.js';
import { answers, ref } from '../answers.js';
import type { ServerContext } from '../context.js';

type IngestBody = { articles?: unknown[]; urls?: string[] };

export function ingestRoutes(app: FastifyInstance, context: ServerContext, write: onRequestHookHandler): void {
  app.post<{ Body: IngestBody }>(
    '/ingest',
    {
      onRequest: write,
      schema: {
        summary: 'Analyse and store articles (records with text) and pages (URLs); the same text again is unchanged',
        tags: ['ingest'],
        security: [{ bearer: [] }],
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            articles: { type: 'array', items: RECORD_SCHEMA, description: 'records, as in a JSON file for whosaid ingest' },
            urls: { type: 'array', items: URL_FIELD },
          },
        },
        response: answers(ref('IngestAnswer')),
      },
    },
    async (request) => {
      const articles: { origin: string; id: string }[] = [];
      const summary = await ingestSources(listed(requestSources(request.body.articles ?? [], request.body.urls ?? [], context), articles), context.store, { pool: context.pool });
      const first = summary.failures[0];
      if (summary.failed === summary.items && first !== undefined) throw first.error;
      const { failures, unanalysed, items, added, unchanged, failed, statements } = summary;
      return { items, added, unchanged, failed, statements, articles, unanalysed, failures: failures.map(failureReport) };
    },
  );
}

/** Passes the items on, noting each document's article id: the id a client opens it by. */
async function* listed(items: AsyncIterable<SourceItem>, into: { origin: string; id: string }[]): AsyncIterable<SourceItem> {
  for await (const item of items) {
    if (item.ok) into.push({ origin: item.document.origin, id: articleId(item.document.text) });
    yield item;
  }
}
