/**
 * The service's one error shape, `{ code, message, messageEn, field? }`. Clients branch on `code`
 * (stable), show `message` (Swedish) and log `messageEn`. Every failure, Fastify's own included,
 * is mapped here so no stack trace or framework wording ever reaches a client.
 */

import type { FastifyError } from 'fastify';

export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  /** A path into the request body (`answers.period.to`, `certificates/0`), when one is to blame. */
  field?: string;
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
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, messageEn: this.messageEn, ...(this.field !== undefined ? { field: this.field } : {}) };
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
  'not-found': 404,
  'timeout': 408,
  'body-too-large': 413,
  'too-many-values': 413,
  'unsupported-media-type': 415,
  'unknown-type': 422,
  'unknown-version': 422,
  'not-printable': 422,
  'migration-backwards': 422,
  'not-a-draft': 409,
  'internal': 500,
  'browser-missing': 503,
  'print-queue-full': 503,
  'print-timeout': 503,
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
};

/** Turns whatever was thrown into a status and a body; never exposes the original message for 5xx. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; retryAfter?: number } {
  if (error instanceof ApiError) return { status: error.statusCode, body: error.toBody(), retryAfter: error.retryAfter };
  const fastifyError = error as FastifyError & { validationContext?: string };
  if (fastifyError?.validation) {
    const first = fastifyError.validation[0];
    const where = `${fastifyError.validationContext ?? 'body'}${first?.instancePath ?? ''}`;
    return {
      status: 400,
      body: {
        code: 'invalid-request',
        message: `Anropet följer inte schemat (${where}: ${first?.keyword ?? 'fel'}).`,
        messageEn: `The request does not match its schema (${where}: ${first?.message ?? 'invalid'}).`,
        field: where,
      },
    };
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
