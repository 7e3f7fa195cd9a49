/**
 * An http(s) URL → its body, fetched with node:http so that whosaid decides which addresses
 * it connects to: every host name is resolved through a lookup that refuses local addresses,
 * and the socket connects to the address that lookup returned, so a name that resolves to a
 * public address when checked and a private one later (DNS rebinding) cannot get through.
 * Every failure is one WhosaidError line naming the URL.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { WhosaidError } from '../core/errors.js';
import { isLocalAddress } from './address-policy.js';
import { formatOfMediaType, mediaTypeOf } from './format.js';
import { tooLargeError } from './size-limit.js';

export interface FetchOptions {
  readonly allowPrivate: boolean;
  readonly maxBytes: number;
  /** to resolve the host and connect (TLS handshake included) */
  readonly connectMs: number;
  /** the longest silence while waiting for the response and its body */
  readonly readMs: number;
  /** the whole fetch, redirects and body included: a server that trickles bytes is cut off too */
  readonly totalMs: number;
}

export interface FetchedResource {
  /** the URL after redirects */
  readonly url: string;
  readonly contentType: string | null;
  /** the body, content encoding removed */
  readonly body: Buffer;
}

export const DEFAULT_FETCH_TIMEOUTS = { connectMs: 10_000, readMs: 30_000, totalMs: 120_000 } as const;

export type FetchTimeouts = Pick<FetchOptions, 'connectMs' | 'readMs' | 'totalMs'>;
const MAX_REDIRECTS = 5;

const USER_AGENT = 'whosaid (sourced statements from news articles)';
const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/json, ' +
  'application/x-ndjson, text/plain;q=0.9, application/xml;q=0.9, */*;q=0.1';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * @throws WhosaidError E_FETCH_REFUSED, E_FETCH, E_INPUT_TOO_LARGE, E_INPUT_FORMAT (content type)
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchedResource> {
  let current = url;
  const deadline = Date.now() + options.totalMs;
  for (let redirects = 0; ; redirects++) {
    const response = await request(current, options, deadline);
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location !== undefined) {
      response.destroy();
      if (redirects === MAX_REDIRECTS) throw fetchError(url, `more than ${MAX_REDIRECTS} redirects`);
      current = redirectTarget(location, current);
      continue;
    }
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.destroy();
      throw fetchError(current, `HTTP ${status} ${response.statusMessage ?? ''}`.trim());
    }
    const contentType = response.headers['content-type'] ?? null;
    const mediaType = mediaTypeOf(contentType);
    if (formatOfMediaType(mediaType) === null) {
      response.destroy();
      throw new WhosaidError(
        'E_INPUT_FORMAT',
        `${current}: unsupported content type ${mediaType}; whosaid reads HTML, plain text, JSON, JSON Lines and RSS or Atom feeds`,
      );
    }
    return { url: current, contentType, body: await readBody(response, current, options.maxBytes) };
  }
}

function redirectTarget(location: string, from: string): string {
  try {
    return new URL(location, from).href;
  } catch {
    throw fetchError(from, `redirected to an invalid URL "${location}"`);
  }
}

/** Sends a GET and resolves once the response headers are in; past the deadline it is cut off, body or not. */
function request(url: string, options: FetchOptions, deadline: number): Promise<IncomingMessage> {
  const target = checkedUrl(url, options.allowPrivate);
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolvePromise, reject) => {
    const req = client.get(target, {
      agent: false,
      lookup: guardedLookup(url, options.allowPrivate),
      headers: { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
    });
    let response: IncomingMessage | null = null;
    const connectTimer = setTimeout(
      () => req.destroy(fetchError(url, `no connection within ${seconds(options.connectMs)}`)),
      options.connectMs,
    );
    // like the read timeout, the error goes to whichever stream is being read
    const totalTimer = setTimeout(
      () => (response ?? req).destroy(fetchError(url, `not fetched within ${seconds(options.totalMs)}`)),
      Math.max(0, deadline - Date.now()),
    );
    req.on('socket', (socket) => {
      socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        // the error goes to whichever stream is being read, so readBody reports the timeout itself
        socket.setTimeout(options.readMs, () =>
          (response ?? req).destroy(fetchError(url, `no data for ${seconds(options.readMs)}`)),
        );
      });
    });
    req.on('response', (received) => {
      clearTimeout(connectTimer);
      response = received;
      // read to the end, cut off or dropped after a redirect: either way the deadline is over
      received.once('close', () => clearTimeout(totalTimer));
      resolvePromise(received);
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      reject(asFetchError(error, url));
    });
  });
}

/** The URL, parsed, if whosaid may fetch it: http or https, and not a literal local address (those skip the lookup). */
function checkedUrl(url: string, allowPrivate: boolean): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw fetchError(url, 'not a valid URL');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new WhosaidError('E_FETCH_REFUSED', `${url}: refused: only http and https URLs are fetched`);
  }
  if (!allowPrivate && isLocalAddress(target.hostname)) throw refusedError(url, target.hostname.replace(/^\[|\]$/g, ''));
  return target;
}

/**
 * dns.lookup with the local addresses taken out. The socket connects to what this returns,
 * so the check applies to the address actually connected to.
 */
function guardedLookup(url: string, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const allowed = allowPrivate ? addresses : addresses.filter((entry) => !isLocalAddress(entry.address));
      const first = allowed[0];
      if (first === undefined) {
        callback(refusedError(url, addresses[0]?.address ?? hostname), '', 0);
      } else if (options.all) {
        (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, allowed);
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

/**
 * The body with its content encoding removed, stopped (and the connection closed) as soon as
 * it passes maxBytes: a server that lies about its length or sends forever is cut off.
 */
async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(response.headers['content-length']);
  if (encoding === 'identity' && declared > maxBytes) {
    response.destroy();
    throw tooLargeError(url, maxBytes, declared);
  }
  const body = decoded(response, encoding, url);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        response.destroy();
        throw tooLargeError(url, maxBytes);
      }
    }
  } catch (error) {
    throw asFetchError(error, url);
  }
  return Buffer.concat(chunks, total);
}

function decoded(response: IncomingMessage, encoding: string, url: string): Readable {
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (decoder !== null) {
    // errors of either stream end the loop in readBody; the callback is only here to satisfy pipeline
    return pipeline(response, decoder, () => undefined);
  }
  if (encoding !== 'identity') {
    response.destroy();
    throw fetchError(url, `unsupported content encoding "${encoding}"`);
  }
  return response;
}

function refusedError(url: string, address: string): WhosaidError {
  return new WhosaidError(
    'E_FETCH_REFUSED',
    `${url}: refused: ${address} is a private or local address; pass --allow-private to fetch it`,
  );
}

function fetchError(url: string, reason: string, cause?: unknown): WhosaidError {
  return new WhosaidError('E_FETCH', `${url}: ${reason}`, { cause });
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  Z_DATA_ERROR: 'the compressed response is damaged',
  Z_BUF_ERROR: 'the compressed response is cut short',
};

/** Our own errors pass through; network and zlib errors become one E_FETCH line. */
function asFetchError(error: unknown, url: string): WhosaidError {
  if (error instanceof WhosaidError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return fetchError(url, NETWORK_ERRORS[code] ?? message, error);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
