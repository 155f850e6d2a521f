/**
 * Structured logs without patient data. Fastify's own request logging is off: it would log the
 * full URL (query values) and, on errors, messages that may quote the payload. Instead one line
 * per request carries only the request id, method, the route's template (`/fmb/:code`, never the
 * code), status, time and the certificate type id. Personnummer and free-text answers live only
 * in bodies, and bodies are never logged.
 */

import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the body's type is known to the runtime; safe to log. */
    typeId?: string;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createLogger(options: { level?: string; stream?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'intyg' },
      // Whatever a future log call passes, these never leave the process.
      redact: { paths: ['req.body', 'body', 'answers', 'patient', 'personId', 'certificate', 'headers', 'req.headers'], remove: true },
      serializers: { req: (req: FastifyRequest) => ({ method: req.method, route: routeOf(req) }), err: safeError },
    },
    options.stream,
  );
}

/** A client may correlate with its own UUID; anything else (which could be a personnummer) is replaced. */
export function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && UUID.test(header) ? header : randomUUID();
}

/** The route template, never the concrete path: `/types/:id`, `/fmb/:code`. */
export function routeOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? '(unmatched)';
}

/** Name, code and stack frames of an error, but not its message, which may quote input. */
export function safeError(error: unknown): Record<string, unknown> {
  const e = error as { name?: string; code?: string; stack?: string };
  const frames = (e?.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8).join('\n');
  return { type: e?.name ?? typeof error, code: e?.code, frames };
}

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({
      method: request.method,
      route: routeOf(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      ...(request.typeId ? { type: request.typeId } : {}),
    }, 'request');
  });
}
