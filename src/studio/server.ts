/**
 * `intyg studio`: the authoring tool as a Fastify app built the way the service's is
 * (src/server/app.ts): the same JSON parser and limits, request log without patient data, and
 * error shape `{ code, message, messageEn }`. It has its own routes only, over its own live
 * definitions, so `intyg serve` is untouched. Nothing here listens; `start()` does.
 */

import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { PdfPrinter } from '../render/pdf.js';
import { DEFAULT_BODY_LIMITS, registerJsonParser } from '../server/body.js';
import { notFound, toErrorResponse } from '../server/errors.js';
import { createLogger, registerRequestLog, requestId, safeError } from '../server/logging.js';
import { DEFINITIONS_DIR } from '../project-paths.js';
import type { StudioContext } from './context.js';
import { registerApiRoutes } from './routes/api.js';
import { registerEventRoute } from './routes/events.js';
import { registerPageRoutes } from './routes/page.js';
import { registerPrintRoute } from './routes/print.js';
import { registerSecurity } from './security.js';
import { Workspace } from './workspace.js';

export interface StudioOptions {
  /** The definitions to show and watch; the project's by default. */
  definitions?: string;
  /** Answer only requests addressed to a loopback name (the default, as the studio listens there). */
  loopbackOnly?: boolean;
  /** Follow the files and push changes to the page (default true). */
  watch?: boolean;
  logLevel?: string;
  logStream?: DestinationStream;
  /** Where the built page is; `dist/studio` by default. */
  assetsDir?: string;
}

export interface Studio {
  app: FastifyInstance;
  ctx: StudioContext;
  close(): Promise<void>;
}

export function buildStudio(options: StudioOptions = {}): Studio {
  const workspace = new Workspace(options.definitions ?? DEFINITIONS_DIR);
  const ctx: StudioContext = { workspace, printer: new PdfPrinter({ pages: 1, timeoutMs: 20_000 }), streams: new Set() };
  const app = Fastify({
    loggerInstance: createLogger({ level: options.logLevel ?? 'warn', stream: options.logStream }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: DEFAULT_BODY_LIMITS.bytes,
    genReqId: (request) => requestId(request.headers['x-request-id']),
    forceCloseConnections: true,
  });
  registerJsonParser(app, DEFAULT_BODY_LIMITS);
  registerRequestLog(app);
  registerSecurity(app, { loopbackOnly: options.loopbackOnly ?? true });
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: safeError(error), code: body.code }, 'request failed');
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(toErrorResponse(notFound('Adressen', 'The route')).body));

  registerPageRoutes(app, options.assetsDir);
  registerApiRoutes(app, ctx);
  registerPrintRoute(app, ctx);
  registerEventRoute(app, ctx);
  if (options.watch ?? true) workspace.watch();

  return {
    app,
    ctx,
    async close() {
      for (const stream of ctx.streams) stream.end();
      workspace.close();
      await app.close();
      await ctx.printer.close();
    },
  };
}
