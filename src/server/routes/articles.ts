/** One stored article: its metadata and the analysis document rebuilt from the store, text and spans included. */
import type { FastifyInstance } from 'fastify';
import { WhosaidError } from '../../core/errors.js';
import { answers, ref } from '../answers.js';
import type { ServerContext } from '../context.js';
import { ID_PARAMS } from '../schemas.js';

export function articleRoutes(app: FastifyInstance, { store }: ServerContext): void {
  app.get<{ Params: { id: string } }>(
    '/articles/:id',
    {
      schema: {
        summary: 'One article with its text and every span (the analysis document, actor ids as in the store)',
        tags: ['articles'],
        params: ID_PARAMS,
        response: answers(ref('StoredArticle')),
      },
    },
    async (request) => {
      const article = store.article(request.params.id);
      if (article === null) throw new WhosaidError('E_NOT_FOUND', `no article "${request.params.id}" in the store`);
      // the text is in the document; once is enough
      const { text: _text, ...rest } = article;
      return rest;
    },
  );
}
