/**
 * The web app beside the API: the files Vite built into `dist/web/` (`web/`, `npm run build`).
 * `/` and every client route under `/app/` answer `index.html` (the app routes itself);
 * `/assets/*` are the bundled, content-hashed scripts and styles; nothing else is touched, so
 * every API route and the API's JSON 404 stay as they were. No file outside the build folder
 * can be reached: the path is resolved and must stay inside `assets/`.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { WhosaidError } from '../core/errors.js';

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Everything the page may load comes from this server: no CDN, no inline script. */
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The folder of the built app: `dist/web` next to the running server, whether it runs built
 * (`dist/server/web.js`) or from source under the tests (`src/server/web.ts`); null when the
 * app was not built.
 */
export function findWebRoot(): string | null {
  for (const candidate of ['../web/', '../../dist/web/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}

export function webRoutes(app: FastifyInstance, webRoot: string | null): void {
  const hide = { schema: { hide: true } };
  const root = webRoot === null ? null : resolve(webRoot);
  const assets = root === null ? null : join(root, 'assets');
  let indexHtml: Buffer | null = null;

  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> => {
    if (root === null) throw new WhosaidError('E_NOT_FOUND', 'the web app is not built: run npm run build');
    indexHtml ??= await readFile(join(root, 'index.html'));
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .send(indexHtml);
  };

  app.get('/', hide, async (_request, reply) => sendIndex(reply));
  app.get('/app', hide, async (_request, reply) => sendIndex(reply));
  app.get('/app/*', hide, async (_request, reply) => sendIndex(reply));
  app.get<{ Params: { '*': string } }>('/assets/*', hide, async (request, reply) => {
    const notFound = new WhosaidError('E_NOT_FOUND', `no file ${request.url.split('?')[0] ?? ''}`);
    if (assets === null) throw notFound;
    const path = resolve(assets, request.params['*']);
    if (!path.startsWith(assets + sep)) throw notFound;
    const info = await stat(path).catch(() => null);
    if (info === null || !info.isFile()) throw notFound;
    return reply
      .type(TYPES[extname(path)] ?? 'application/octet-stream')
      // file names carry a hash of their content: a changed file is a new name
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(await readFile(path));
  });
}
