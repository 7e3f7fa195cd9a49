import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, type FetchOptions } from '../../src/ingest/fetch-url.js';
import { startServer, type LocalServer } from './local-server.js';

const PAGE = '<html><body><p>The Eastmere ferry will run all winter.</p></body></html>';

let server: LocalServer;
let base: string;
const seenUserAgents: string[] = [];

beforeAll(async () => {
  server = await startServer({
    '/page': (req, res) => {
      seenUserAgents.push(req.headers['user-agent'] ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    },
    '/gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE)),
    '/br': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(PAGE)),
    '/bad-gzip': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('not gzip at all'),
    '/compress': (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'compress' }).end('x'),
    '/png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(64)),
    '/gone': (_req, res) => res.writeHead(410, 'Gone').end(),
    '/big': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 5000 }).end('x'.repeat(5000)),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    },
    '/bomb': (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1_000_000, 0x61))),
    '/silent': () => undefined, // never answers
    '/stalls': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('the start of the article, then nothing');
    },
    '/trickles': (_req, res) => {
      // a byte every 50 ms: never silent long enough for the read timeout
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/loop': (req, res) => {
      const n = Number(new URL(req.url ?? '', 'http://x').searchParams.get('n') ?? '0');
      res.writeHead(302, { location: n === 0 ? '/page' : `/loop?n=${n - 1}` }).end();
    },
    '/to-file': (_req, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end(),
  });
  base = server.origin;
});
afterAll(() => server.close());

const options = (overrides: Partial<FetchOptions> = {}): FetchOptions => ({
  allowPrivate: true,
  maxBytes: 4096,
  connectMs: 2000,
  readMs: 2000,
  totalMs: 5000,
  ...overrides,
});

describe('fetchUrl: local addresses', () => {
  it.each([
    ['a literal loopback address', () => `${base}/page`, '127.0.0.1'],
    ['a name that resolves to one', () => `${base.replace('127.0.0.1', 'localhost')}/page`, expect.stringMatching(/^(127\.0\.0\.1|::1)$/)],
    ['an IPv4-mapped IPv6 literal', () => 'http://[::ffff:127.0.0.1]:9/page', expect.stringMatching(/^::ffff:/)],
    ['a private address', () => 'http://10.1.2.3/', '10.1.2.3'],
    ['a link-local address (cloud metadata)', () => 'http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['the unspecified address', () => 'http://0.0.0.0:9/', '0.0.0.0'],
    ['an IPv6 unique local address', () => 'http://[fd00::1]/', 'fd00::1'],
  ])('refuses %s without allowPrivate', async (_label, url, address) => {
    const error = await fetchUrl(url(), options({ allowPrivate: false })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_FETCH_REFUSED', message: expect.stringContaining('pass --allow-private') });
    expect((error as Error).message).toMatch(/refused: (\S+) is a private or local address/);
    expect(/refused: (\S+) is/.exec((error as Error).message)?.[1]).toEqual(address);
  });

  it('fetches them with allowPrivate, naming whosaid in the User-Agent', async () => {
    const resource = await fetchUrl(`${base}/page`, options());
    expect(resource).toEqual({ url: `${base}/page`, contentType: 'text/html; charset=utf-8', body: Buffer.from(PAGE) });
    expect(seenUserAgents.at(-1)).toMatch(/^whosaid\b/);
  });

  it.each([['ftp://gazette.example/a'], ['file:///etc/passwd']])('refuses the scheme of %s', async (url) => {
    await expect(fetchUrl(url, options())).rejects.toMatchObject({
      code: 'E_FETCH_REFUSED',
      message: `${url}: refused: only http and https URLs are fetched`,
    });
  });
});

describe('fetchUrl: redirects', () => {
  it('follows up to 5 redirects and gives the final URL', async () => {
    expect((await fetchUrl(`${base}/loop?n=4`, options())).url).toBe(`${base}/page`);
  });

  it('stops after 5', async () => {
    await expect(fetchUrl(`${base}/loop?n=5`, options())).rejects.toMatchObject({
      code: 'E_FETCH',
      message: `${base}/loop?n=5: more than 5 redirects`,
    });
  });

  it('checks every redirect target again', async () => {
    await expect(fetchUrl(`${base}/to-file`, options())).rejects.toMatchObject({ code: 'E_FETCH_REFUSED' });
  });
});

describe('fetchUrl: failures', () => {
  it('reports an HTTP error status', async () => {
    await expect(fetchUrl(`${base}/gone`, options())).rejects.toMatchObject({ code: 'E_FETCH', message: `${base}/gone: HTTP 410 Gone` });
  });

  it('reports a refused connection', async () => {
    const closed = await startServer({});
    const url = `${closed.origin}/`;
    await closed.close();
    await expect(fetchUrl(url, options())).rejects.toMatchObject({ code: 'E_FETCH', message: `${url}: connection refused` });
  });

  it('gives up on a server that never answers', async () => {
    await expect(fetchUrl(`${base}/silent`, options({ readMs: 150 }))).rejects.toMatchObject({
      code: 'E_FETCH',
      message: `${base}/silent: no data for 150 ms`,
    });
  });

  it('gives up on a body that stops coming', async () => {
    await expect(fetchUrl(`${base}/stalls`, options({ readMs: 150 }))).rejects.toMatchObject({
      code: 'E_FETCH',
      message: `${base}/stalls: no data for 150 ms`,
    });
  });

  it('gives up on a body that trickles in for longer than the whole fetch may take', async () => {
    const started = Date.now();
    await expect(fetchUrl(`${base}/trickles`, options({ readMs: 1000, totalMs: 400 }))).rejects.toMatchObject({
      code: 'E_FETCH',
      message: `${base}/trickles: not fetched within 400 ms`,
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('counts redirects and the wait for headers against the same deadline', async () => {
    await expect(fetchUrl(`${base}/loop?n=3`, options({ totalMs: 1000 }))).resolves.toMatchObject({ url: `${base}/page` });
    await expect(fetchUrl(`${base}/silent`, options({ readMs: 5000, totalMs: 200 }))).rejects.toMatchObject({
      message: `${base}/silent: not fetched within 200 ms`,
    });
  });

  it('refuses a content type it cannot read, without reading the body', async () => {
    await expect(fetchUrl(`${base}/png`, options())).rejects.toMatchObject({
      code: 'E_INPUT_FORMAT',
      message: `${base}/png: unsupported content type image/png; whosaid reads HTML, plain text, JSON, JSON Lines and RSS or Atom feeds`,
    });
  });

  it.each([
    ['a declared length', '/big', 'input of 4.9 KiB is above the size limit of 4 KiB'],
    ['a chunked body', '/big-chunked', 'input is above the size limit of 4 KiB'],
    ['a compressed body, counted once decompressed', '/bomb', 'input is above the size limit of 4 KiB'],
  ])('stops at the size limit: %s', async (_label, path, message) => {
    await expect(fetchUrl(`${base}${path}`, options())).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
      message: expect.stringContaining(`${base}${path}: ${message}`),
    });
  });
});

describe('fetchUrl: content encoding', () => {
  it.each([['/gzip'], ['/br']])('decodes %s', async (path) => {
    expect((await fetchUrl(`${base}${path}`, options())).body.toString()).toBe(PAGE);
  });

  it('reports a damaged compressed body', async () => {
    await expect(fetchUrl(`${base}/bad-gzip`, options())).rejects.toMatchObject({ code: 'E_FETCH', message: `${base}/bad-gzip: the compressed response is damaged` });
  });

  it('refuses an encoding it does not know', async () => {
    await expect(fetchUrl(`${base}/compress`, options())).rejects.toMatchObject({
      code: 'E_FETCH',
      message: `${base}/compress: unsupported content encoding "compress"`,
    });
  });
});
