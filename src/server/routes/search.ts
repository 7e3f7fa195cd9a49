/** What the store holds: its counts, and full-text search over statements and articles. */
import type { FastifyInstance } from 'fastify';
import { answers, ref } from '../answers.js';
import type { ServerContext } from '../context.js';
import { limitProperty } from '../schemas.js';

export function searchRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get('/counts', { schema: { summary: 'How many articles, statements and actors the store holds', tags: ['store'], response: answers(ref('StoreCounts')) } }, async () => store.counts());

  app.get<{ Querystring: { q: string; limit?: number } }>(
    '/search',
    {
      schema: {
        summary: 'Statements and articles matching every word, best first; article hits carry a snippet with matches in [brackets]',
        tags: ['store'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['q'],
          properties: {
            q: { type: 'string', minLength: 1, pattern: '\\S', description: 'the words; word* matches a prefix; accents and case are ignored' },
            limit: limitProperty('at most this many statements and this many articles (default 50)'),
          },
        },
        response: answers(ref('SearchResult')),
      },
    },
    async (request) => store.search(request.query.q.trim(), request.query.limit),
  );
}
