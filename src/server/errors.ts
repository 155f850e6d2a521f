/**
 * The service's one error shape, `{ code, message, messageEn, field? }`. Clients branch on `code`
 * (stable), show `message` (Swedish) and log `messageEn`. Every failure, Fastify's own included,
 * is mapped here so no stack trace or framework wording ever reaches a client.
 */

import type { Socket } from 'node:net';
import type { FastifyError } from 'fastify';
import type { Issue } from '../fields/kind.js';
import { DATE_PATTERN, TIMESTAMP_PATTERN } from '../util/timestamp.js';

export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  /** A path into the request body (`answers.period.to`, `certificates/0`), when one is to blame. */
  field?: string;
  /** 409 `invalid-certificate`: the validation errors that keep the certificate from being signed or sent. */
  errors?: Issue[];
}

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly field?: string,
    /** Seconds, for 503: sent as Retry-After. */
    readonly retryAfter?: number,
    readonly errors?: Issue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return {
      code: this.code, message: this.message, messageEn: this.messageEn,
      ...(this.field !== undefined ? { field: this.field } : {}), ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/**
 * Every code the service sends, with its status: /openapi.json lists each route's codes under
 * their status, and a test checks this table against every `new ApiError(status, 'code'` in
 * src/server. A refused lifecycle action (409) carries the lifecycle's own code instead.
 */
export const ERROR_STATUS = {
  'invalid-json': 400,
  'empty-body': 400,
  'bad-content-length': 400,
  'too-deep': 400,
  'forbidden-key': 400,
  'invalid-request': 400,
  'bad-request': 400,
  'invalid-payload': 400,
  'invalid-date': 400,
  'invalid-context': 400,
  'invalid-render-options': 400,
  'bad-url': 400,
  'unknown-actor': 400,
  'assignment-required': 403,
  'not-found': 404,
  'timeout': 408,
  'body-too-large': 413,
  'too-many-values': 413,
  'too-many-keys': 413,
  'url-too-long': 414,
  'unsupported-media-type': 415,
  'unknown-type': 422,
  'unknown-version': 422,
  'not-printable': 422,
  'migration-backwards': 422,
  'invalid-certificate': 409,
  'not-a-draft': 409,
  'headers-too-large': 431,
  'internal': 500,
  'browser-missing': 503,
  'print-queue-full': 503,
  'print-timeout': 503,
  'shutting-down': 503,
  'not-ready': 503,
  'source-unavailable': 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Fastify's own error codes → ours. Anything unlisted with a 4xx status becomes `bad-request`. */
const FRAMEWORK: Record<string, [number, string, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large', 'Anropet är för stort.', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'Skicka JSON med Content-Type: application/json.', 'Send JSON with Content-Type: application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-content-length', 'Content-Length stämmer inte med innehållet.', 'Content-Length does not match the body.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'empty-body', 'Anropet saknar innehåll.', 'The request body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json', 'Innehållet är inte giltig JSON.', 'The body is not valid JSON.'],
  FST_ERR_CTP_INSTANCE_ALREADY_STARTED: [500, 'internal', 'Internt fel.', 'Internal error.'],
  FST_ERR_BAD_URL: [400, 'bad-url', 'Adressen är felaktigt kodad.', 'The URL is not correctly encoded.'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'url-too-long', 'En del av adressen är för lång.', 'A part of the URL is too long.'],
};

/** A Swedish sentence for the first schema error, naming the field: `today ska vara ett verkligt datum …`. */
function schemaMessage(error: { keyword?: string; instancePath?: string; params?: Record<string, unknown>; schema?: unknown }, context: string): { sv: string; en: string; field: string } {
  const path = (error.instancePath ?? '').split('/').filter(Boolean);
  const name = error.keyword === 'required' ? String(error.params?.missingProperty) : path.length ? path[path.length - 1] : context;
  const field = [context, ...path, ...(error.keyword === 'required' ? [name] : [])].join('.');
  const pattern = error.params?.pattern;
  switch (error.keyword) {
    case 'required': return { sv: `${name} saknas i ${context}.`, en: `${name} is missing from the ${context}.`, field };
    case 'pattern':
      if (pattern === DATE_PATTERN || pattern === '^\\d{4}-\\d{2}-\\d{2}$') return { sv: `${name} ska vara ett verkligt datum, ÅÅÅÅ-MM-DD.`, en: `${name} must be a real date, YYYY-MM-DD.`, field };
      if (pattern === TIMESTAMP_PATTERN) return { sv: `${name} ska vara en verklig tidpunkt, t.ex. 2026-11-20T14:05.`, en: `${name} must be a real date and time, e.g. 2026-11-20T14:05.`, field };
      return { sv: `${name} har fel form.`, en: `${name} has the wrong form.`, field };
    case 'type': return { sv: `${name} har fel typ (ska vara ${String(error.params?.type)}).`, en: `${name} must be ${String(error.params?.type)}.`, field };
    case 'enum': return { sv: `${name} ska vara ett av: ${(error.params?.allowedValues as unknown[] | undefined)?.join(', ')}.`, en: `${name} must be one of: ${(error.params?.allowedValues as unknown[] | undefined)?.join(', ')}.`, field };
    case 'additionalProperties': return { sv: `Okänd uppgift ${String(error.params?.additionalProperty)} i ${name}.`, en: `Unknown property ${String(error.params?.additionalProperty)} in ${name}.`, field };
    default: return { sv: `${name} följer inte schemat (${error.keyword ?? 'fel'}).`, en: `${name} does not match its schema (${error.keyword ?? 'invalid'}).`, field };
  }
}

/** A request that does not match its route's schema: 400 with a Swedish message naming the field. */
export function schemaError(error: Parameters<typeof schemaMessage>[0] | undefined, context: string): ApiError {
  const { sv, en, field } = schemaMessage(error ?? {}, context);
  // A date or time that is not a real one has its own code, as the routes' own date checks do.
  const dated = error?.keyword === 'pattern' && (error.params?.pattern === DATE_PATTERN || error.params?.pattern === TIMESTAMP_PATTERN);
  return new ApiError(400, dated ? 'invalid-date' : 'invalid-request', `Anropet följer inte schemat: ${sv}`, `The request does not match its schema: ${en}`, field);
}

/**
 * Errors Node's HTTP parser finds before Fastify sees a request (a request line with raw UTF-8,
 * headers beyond the 16 kB limit, a slow client): written to the socket in our shape.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, body]: [number, string, ErrorBody] = error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    ? [408, 'Request Timeout', { code: 'timeout', message: 'Anropet tog för lång tid.', messageEn: 'The request timed out.' }]
    : error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', { code: 'headers-too-large', message: 'Anropets huvuden är för stora.', messageEn: 'The request headers are too large.' }]
      : [400, 'Bad Request', { code: 'bad-request', message: 'Anropet är inte giltig HTTP.', messageEn: 'The request is not valid HTTP.' }];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(error);
}

/** Turns whatever was thrown into a status and a body; never exposes the original message for 5xx. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; retryAfter?: number } {
  if (error instanceof ApiError) return { status: error.statusCode, body: error.toBody(), retryAfter: error.retryAfter };
  const fastifyError = error as FastifyError & { validationContext?: string };
  if (fastifyError?.validation) {
    return { status: 400, body: schemaError(fastifyError.validation[0] as never, fastifyError.validationContext ?? 'body').toBody() };
  }
  const mapped = fastifyError?.code ? FRAMEWORK[fastifyError.code] : undefined;
  if (mapped) return { status: mapped[0], body: { code: mapped[1], message: mapped[2], messageEn: mapped[3] } };
  // JSON.parse's SyntaxError surfaces with status 400 and no Fastify code in some paths.
  const status = typeof fastifyError?.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status === 408 || fastifyError?.code === 'ETIMEDOUT') return { status: 408, body: { code: 'timeout', message: 'Anropet tog för lång tid.', messageEn: 'The request timed out.' } };
  if (status >= 400 && status < 500) return { status, body: { code: 'bad-request', message: 'Felaktigt anrop.', messageEn: 'Bad request.' } };
  return { status: 500, body: { code: 'internal', message: 'Ett internt fel inträffade. Försök igen.', messageEn: 'An internal error occurred. Try again.' } };
}

export const notFound = (what: string, whatEn: string, field?: string) => new ApiError(404, 'not-found', `${what} finns inte.`, `${whatEn} does not exist.`, field);
