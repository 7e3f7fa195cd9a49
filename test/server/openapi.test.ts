/** The OpenAPI document: valid OpenAPI 3, it lists every route the server answers, and says what each answers. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './app.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ story: false });
});
afterAll(() => server.close());

const WRITES = new Set(['POST /ingest', 'POST /actors/merge', 'POST /actors/{id}/split', 'POST /actors/{id}/rename']);

/**
 * "METHOD /path" for every route of Fastify's route tree (HEAD is implied by GET), but the web
 * app's (`/`, `/app/…`, `/assets/…`: pages and files, deliberately not in the API document).
 */
function servedRoutes(tree: string): string[] {
  const path: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│├└─ ]*)(\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (match === null) continue;
    path.length = (match[1] ?? '').length / 4;
    path.push(match[2] ?? '');
    for (const method of (match[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')) routes.push(`${method} ${path.join('')}`);
  }
  const web = (route: string): boolean => /^GET \/(app\b.*|assets\b.*|\*|)$/.test(route);
  return routes.map((route) => route.replace(/\/\/+/g, '/')).filter((route) => !web(route));
}

interface OpenApi {
  readonly openapi: string;
  readonly paths: Record<
    string,
    Record<string, { summary?: string; security?: unknown[]; parameters?: { name: string }[]; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> }>
  >;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3 document', async () => {
    const response = await server.app.inject('/openapi.json');
    expect(response.statusCode).toBe(200);
    const document = response.json<OpenApi>();
    expect(document.openapi).toMatch(/^3\./);
    const result = await new Validator().validate(document as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every route, each with a summary; the writes ask for the bearer token', async () => {
    const document = (await server.app.inject('/openapi.json')).json<OpenApi>();
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const served = servedRoutes(server.app.printRoutes({ commonPrefix: false })).map((route) => route.replace(/:(\w+)/g, '{$1}'));
    expect(served.length).toBeGreaterThan(15);
    expect(documented.sort()).toEqual(served.sort());
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(operation.summary, `${method} ${path}`).toBeTruthy();
        expect(operation.security !== undefined, `${method} ${path}`).toBe(WRITES.has(`${method.toUpperCase()} ${path}`));
      }
    }
    expect(document.paths['/statements']?.get?.parameters?.map((p) => p.name)).toEqual(
      ['speaker', 'actorKind', 'outlet', 'about', 'since', 'until', 'kind', 'anonymous', 'article', 'after', 'order', 'limit'],
    );
  });

  it('describes every answer: the 200 by its schema, any 4xx or 5xx as the Error component', async () => {
    const document = (await server.app.inject('/openapi.json')).json<OpenApi>();
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, { responses }] of Object.entries(methods)) {
        const operation = `${method.toUpperCase()} ${path}`;
        expect(Object.keys(responses).sort(), operation).toEqual(['200', '4XX', '5XX']);
        expect(Object.values(responses['200']?.content ?? {}).map((media) => media.schema), operation).not.toContainEqual(undefined);
        expect(Object.keys(responses['200']?.content ?? {}).length, operation).toBeGreaterThan(0);
        for (const status of ['4XX', '5XX']) expect(responses[status]?.content?.['application/json']?.schema, operation).toEqual({ $ref: '#/components/schemas/Error' });
      }
    }
  });
});
