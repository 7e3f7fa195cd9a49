/**
 * Every failure as `{error: {code, message}}` with one HTTP status: whosaid's own error codes
 * mapped once, Fastify's request errors (validation, body too large, bad JSON) under the nearest
 * whosaid code, and anything else a 500 with one line — never a stack trace.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { WhosaidError, type ErrorCode } from '../core/errors.js';

/** Codes only the server gives: HTTP has failures a command line has not. */
export type ServerErrorCode = ErrorCode | 'E_UNAUTHORIZED';

export interface ErrorBody {
  readonly error: { readonly code: ServerErrorCode; readonly message: string };
}

/** The compiler keeps this total: a new error code needs its status here. */
const STATUS: Readonly<Record<ServerErrorCode, number>> = {
  E_USAGE: 400,
  E_QUESTIONS: 400,
  E_INPUT_NOT_FOUND: 400,
  E_INPUT_IS_DIRECTORY: 400,
  E_INPUT_UNREADABLE: 400,
  E_INPUT_TOO_LARGE: 413,
  E_INPUT_BINARY: 422,
  E_INPUT_ENCODING: 422,
  E_INPUT_FORMAT: 422,
  E_FETCH: 502,
  E_FETCH_REFUSED: 403,
  E_AMBIGUOUS: 409,
  E_NOT_FOUND: 404,
  E_UNAUTHORIZED: 401,
  E_OUTPUT: 500,
  E_STORE: 503,
  E_INTERNAL: 500,
};

/** Every code an answer may carry, for the API document. */
export const SERVER_ERROR_CODES = Object.keys(STATUS) as ServerErrorCode[];

export function statusOf(code: ServerErrorCode): number {
  return STATUS[code];
}

export function errorBody(code: ServerErrorCode, message: string): ErrorBody {
  return { error: { code, message: message.split('\n')[0] ?? '' } };
}

/** Fastify's own 4xx errors, by its error code, as the whosaid code a client can act on. */
const FASTIFY_CODES: Readonly<Record<string, ServerErrorCode>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'E_INPUT_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'E_INPUT_FORMAT',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'E_USAGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'E_USAGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'E_USAGE',
};

export function handleError(error: FastifyError | WhosaidError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof WhosaidError) return send(reply, error.code, error.message, statusOf(error.code));
  const fastify = error as FastifyError;
  if (fastify.validation !== undefined) return send(reply, 'E_USAGE', validationMessage(fastify), 400);
  const code = fastify.code === undefined ? undefined : FASTIFY_CODES[fastify.code];
  if (code !== undefined) return send(reply, code, fastify.message, fastify.statusCode ?? statusOf(code));
  if (fastify.statusCode !== undefined && fastify.statusCode >= 400 && fastify.statusCode < 500) return send(reply, 'E_USAGE', fastify.message, fastify.statusCode);
  const line = error.message.split('\n')[0] ?? '';
  // the client gets one line; whoever runs the server needs to hear of the bug too
  process.stderr.write(`whosaid: serve: internal error on ${request.method} ${request.url}: ${line}\n`);
  return send(reply, 'E_INTERNAL', `internal error: ${line}`, 500);
}

/** Ajv's message, with what it leaves out: the allowed values, the unknown parameter's name. */
function validationMessage(error: FastifyError): string {
  const params = error.validation?.[0]?.params as { allowedValues?: unknown[]; additionalProperty?: string } | undefined;
  if (params?.allowedValues !== undefined) return `${error.message}: ${params.allowedValues.join(', ')}`;
  if (params?.additionalProperty !== undefined) return `${error.message}: "${params.additionalProperty}"`;
  return error.message;
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return send(reply, 'E_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0] ?? ''}; see /openapi.json`, 404);
}

function send(reply: FastifyReply, code: ServerErrorCode, message: string, status: number): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}
