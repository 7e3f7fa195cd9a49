/**
 * Actors: the list, one actor's page, and the hand corrections (merge, split, rename), which
 * are writes and need the token when the server has one.
 */
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { ActorKind } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { ACTOR_KINDS } from '../../store/filter-input.js';
import { answers, listOf, ref } from '../answers.js';
import type { ServerContext } from '../context.js';
import { ID_PARAMS, limitProperty } from '../schemas.js';

const nonEmpty = (description: string) => ({ type: 'string', minLength: 1, pattern: '\\S', description }) as const;

export function actorRoutes(app: FastifyInstance, { store }: ServerContext, write: onRequestHookHandler): void {
  app.get<{ Querystring: { kind?: ActorKind; name?: string; limit?: number } }>(
    '/actors',
    {
      schema: {
        summary: 'Actors, most quoted first',
        tags: ['actors'],
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            kind: { type: 'string', enum: ACTOR_KINDS },
            name: { type: 'string', description: 'actors whose name (or id) matches' },
            limit: limitProperty('at most this many actors (default: all)'),
          },
        },
        response: answers(listOf(ref('ActorSummary')), 'the actors'),
      },
    },
    async (request) => store.actors(request.query),
  );

  app.get<{ Params: { id: string } }>(
    '/actors/:id',
    {
      schema: {
        summary: "One actor's page: name forms, roles over time, the outlets that quoted them, every statement",
        description: 'The id (A12) or any form of the name; a name shared by several actors is a 409 listing them.',
        tags: ['actors'],
        params: ID_PARAMS,
        response: answers(ref('ActorDetail')),
      },
    },
    async (request) => {
      const detail = store.actor(request.params.id);
      if (detail === null) throw new WhosaidError('E_NOT_FOUND', `no actor "${request.params.id}" in the store`);
      return detail;
    },
  );

  const correction = { tags: ['corrections'], security: [{ bearer: [] }], response: answers(ref('ActorSummary'), 'the actor after the correction') };
  app.post<{ Body: { kept: string; absorbed: string } }>(
    '/actors/merge',
    {
      onRequest: write,
      schema: {
        ...correction,
        summary: 'The absorbed actor becomes part of the kept one, now and after any re-analysis',
        body: { type: 'object', additionalProperties: false, required: ['kept', 'absorbed'], properties: { kept: nonEmpty('id or name'), absorbed: nonEmpty('id or name') } },
      },
    },
    async (request) => store.mergeActors(request.body.kept, request.body.absorbed),
  );

  app.post<{ Params: { id: string }; Body: { name?: string; article?: string } }>(
    '/actors/:id/split',
    {
      onRequest: write,
      schema: {
        ...correction,
        summary: 'The mentions under one name form, or in one article, become a new actor, for good',
        params: ID_PARAMS,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: { name: nonEmpty('the name form to move'), article: nonEmpty('the article (id) whose mentions move') },
        },
      },
    },
    async (request) => {
      const { name, article } = request.body;
      return store.splitActor(request.params.id, { ...(name === undefined ? {} : { name }), ...(article === undefined ? {} : { articleId: article }) });
    },
  );

  app.post<{ Params: { id: string }; Body: { name: string } }>(
    '/actors/:id/rename',
    {
      onRequest: write,
      schema: {
        ...correction,
        summary: "Sets the actor's name; automatic naming no longer changes it",
        params: ID_PARAMS,
        body: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: nonEmpty('the new name') } },
      },
    },
    async (request) => store.renameActor(request.params.id, request.body.name),
  );
}
