/**
 * Bearer-token auth for writes. Reads stay open; when the server has a token, every route that
 * changes the store answers 401 unless the request carries it. The check runs before the body
 * is read, and compares digests in constant time, so neither a large body nor timing helps a
 * guesser.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { errorBody, statusOf } from './errors.js';

export const TOKEN_ENV = 'WHOSAID_TOKEN';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The onRequest hook of write routes; lets everything through when there is no token. */
export function requireToken(token: string | null): onRequestHookHandler {
  const expected = token === null ? null : digest(token);
  return (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (expected === null) return done();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected)) return done();
    const message = match === null ? 'this write needs a bearer token: Authorization: Bearer <token>' : 'the bearer token is wrong';
    void reply.code(statusOf('E_UNAUTHORIZED')).header('www-authenticate', 'Bearer').send(errorBody('E_UNAUTHORIZED', message));
  };
}
