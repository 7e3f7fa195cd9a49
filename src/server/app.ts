/**
 * The HTTP API as a Fastify instance: the routes over one store, the error shape, write auth,
 * and the OpenAPI document generated from the route schemas. `whosaid serve` listens with it;
 * tests call `inject` on it without a port.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { packageVersion } from '../version.js';
import { addAnswerSchemas, answers } from './answers.js';
import { requireToken } from './auth.js';
import type { ServerContext } from './context.js';
import { handleError, handleNotFound } from './errors.js';
import { actorRoutes } from './routes/actors.js';
import { analyzeRoutes } from './routes/analyze.js';
import { articleRoutes } from './routes/articles.js';
import { ingestRoutes } from './routes/ingest.js';
import { positionRoutes } from './routes/positions.js';
import { searchRoutes } from './routes/search.js';
import { statementRoutes } from './routes/statements.js';
import { findWebRoot, webRoutes } from './web.js';

export interface ServerOptions extends ServerContext {
  /** writes need `Authorization: Bearer <token>` when set */
  readonly token: string | null;
  /** the largest request body, in bytes */
  readonly bodyLimit: number;
  /** the built web app (`dist/web`); found next to the server when undefined, none when null */
  readonly webRoot?: string | null;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimit,
    // an unknown query parameter is a mistake to report (a misspelt filter), not one to drop silently
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'whosaid',
        version: packageVersion(),
        description: 'Who said what, when, through whom: sourced statements from news text. Errors are `{error: {code, message}}`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    // components by the name they were added under (answers.ts), not def-0, def-1 …
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`) },
  });
  addAnswerSchemas(app);
  const write = requireToken(options.token);
  analyzeRoutes(app, options);
  ingestRoutes(app, options, write);
  statementRoutes(app, options);
  searchRoutes(app, options);
  actorRoutes(app, options, write);
  articleRoutes(app, options);
  positionRoutes(app, options);
  webRoutes(app, options.webRoot === undefined ? findWebRoot() : options.webRoot);
  const document = { type: 'object', additionalProperties: true, description: 'an OpenAPI 3.0 document' };
  app.get('/openapi.json', { schema: { summary: 'This API as an OpenAPI 3 document', tags: ['meta'], response: answers(document) } }, async () => app.swagger());
  await app.ready();
  return app;
}
