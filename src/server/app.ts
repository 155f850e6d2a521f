/**
 * Builds the Fastify app: parser and limits, error mapping, request logs, routes, /openapi.json,
 * /health and /ready. Nothing here listens; `start.ts` does, and tests call `listen({ port: 0 })`.
 */

import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { DestinationStream } from 'pino';
import { loadFmb } from '../decision/load.js';
import type { FmbLookup } from '../decision/fmb.js';
import { loadRuntime } from '../project.js';
import { createProjectRenderer } from '../render/index.js';
import { RenderOffload } from './render-offload.js';
import { BrowserMissingError } from '../render/chromium.js';
import type { Runtime } from '../runtime/runtime.js';
import { DEFAULT_BODY_LIMITS, registerJsonParser, YIELD_ABOVE, type BodyLimits } from './body.js';
import type { ServerContext } from './context.js';
import { clientErrorHandler, notFound, toErrorResponse } from './errors.js';
import { createLogger, registerRequestLog, requestId, safeError } from './logging.js';
import { recordRoutes } from './openapi.js';
import { PdfQueue } from './pdf-queue.js';
import { registerCertificateRoutes } from './routes/certificates.js';
import { registerDecisionRoutes } from './routes/decision.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerOpenApiRoute } from './routes/openapi.js';
import { registerRenderRoute } from './routes/render.js';
import { registerStoreRoutes } from './routes/store.js';
import { registerTypeRoutes } from './routes/types.js';
import type { Health, Readiness } from './responses.js';
import { registerCleanRoute } from './routes/clean.js';
import { registerMigrateRoute } from './routes/migrate.js';
import { registerCodeRoutes } from './routes/codes.js';
import { loadCertificateSchemas } from './schemas.js';

export interface ServerOptions {
  runtime?: Runtime;
  limits?: Partial<BodyLimits>;
  /** Pages printing at once; default 2, one per core. */
  pages?: number;
  /** Prints running or waiting; beyond it 503. Default 8 per page. */
  printQueue?: number;
  /** Whole request, ms (Node's requestTimeout); default 30 s. */
  requestTimeoutMs?: number;
  printTimeoutMs?: number;
  logLevel?: string;
  /** Where logs go; stdout by default. Tests capture it. */
  logStream?: DestinationStream;
  /** Do not launch Chromium at start (tests of everything but PDFs). */
  lazyBrowser?: boolean;
  version?: string;
  /** Where GET /sjukfall and GET /statistik find certificates: postgres://… or a .parquet/.ndjson file. */
  source?: string;
}

export interface IntygServer {
  app: FastifyInstance;
  ctx: ServerContext;
  /** Finishes in-flight requests and prints, then closes the browser. */
  close(): Promise<void>;
}

export function buildServer(options: ServerOptions = {}): IntygServer {
  const limits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const runtime = options.runtime ?? loadRuntime();
  const pages = options.pages ?? 2;
  const renderer = createProjectRenderer(runtime, { pages, timeoutMs: options.printTimeoutMs ?? 20_000 });
  let fmbLookup: FmbLookup | undefined;
  const ctx: ServerContext = {
    runtime,
    renderer,
    schemas: loadCertificateSchemas(runtime.models),
    // FMB data is only read when first asked for.
    fmb: () => (fmbLookup ??= loadFmb()),
    queue: new PdfQueue(options.printQueue ?? pages * 8, (options.printTimeoutMs ?? 20_000) + 5_000),
    browser: { status: 'starting' },
    draining: false,
    // The worker renders with the project's own models; an injected runtime stays on this thread.
    offload: options.runtime ? undefined : new RenderOffload(),
  };

  const app: FastifyInstance = Fastify({
    // Fastify's logger type is narrower than pino's; the instance is a full pino logger.
    loggerInstance: createLogger({ level: options.logLevel, stream: options.logStream }) as FastifyBaseLogger,
    // Fastify's own request lines would log full URLs and error messages; logging.ts writes ours.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.bytes,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionTimeout: options.requestTimeoutMs ?? 30_000,
    genReqId: (request) => requestId(request.headers['x-request-id']),
    // Fastify's own 503 body is not in our shape; the onRequest hook below answers while draining.
    return503OnClosing: false,
    clientErrorHandler,
    frameworkErrors: (error, _request, reply) => {
      const { status, body } = toErrorResponse(error);
      // Not routed, so no onSend hook runs: the headers are set here.
      void (reply as FastifyReply).status(status).header('x-content-type-options', 'nosniff').send(body);
    },
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 100 },
  });

  registerJsonParser(app, limits);
  registerRequestLog(app);
  app.setErrorHandler((error, request, reply) => {
    const { status, body, retryAfter } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: safeError(error), code: body.code }, 'request failed');
    if (retryAfter) reply.header('retry-after', String(retryAfter));
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((_request, reply) => {
    const { body } = toErrorResponse(notFound('Adressen', 'The route'));
    return reply.status(404).send(body);
  });

  // A keep-alive connection with a request in flight at shutdown would otherwise stay open after
  // its response, and app.close() would wait for the client to hang up.
  app.addHook('onSend', async (_request, reply) => {
    if (ctx.draining) reply.header('connection', 'close');
    secureHeaders(reply);
  });
  // After a large body is parsed, one more turn of the event loop before the route's own work.
  app.addHook('preHandler', async (request) => {
    if (Number(request.headers['content-length'] ?? 0) > YIELD_ABOVE) await new Promise((resolve) => setImmediate(resolve));
  });
  app.addHook('onRequest', async (request, reply) => {
    if (!ctx.draining || request.url === '/ready' || request.url === '/health') return;
    const body = { code: 'shutting-down', message: 'Tjänsten stängs. Försök igen mot en annan instans.', messageEn: 'The service is shutting down. Retry against another instance.' };
    return reply.status(503).header('retry-after', '1').send(body);
  });

  const routes = recordRoutes(app);
  registerTypeRoutes(app, ctx);
  registerCertificateRoutes(app, ctx);
  registerRenderRoute(app, ctx);
  registerDecisionRoutes(app, ctx, ctx.fmb);
  registerCleanRoute(app, ctx);
  registerMigrateRoute(app, ctx);
  registerCodeRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  if (options.source) registerStoreRoutes(app, options.source);

  app.get<{ Reply: Health }>('/health', { schema: { summary: 'Processen lever', tags: ['ops'], replies: { 200: 'Health' } } }, async () => ({ status: 'ok' }));
  app.get<{ Reply: Readiness }>('/ready', { schema: { summary: 'Redo för trafik: definitionerna laddade och utskriftens webbläsare igång', tags: ['ops'], replies: { 200: 'Readiness', 503: 'Readiness' } } }, async (_request, reply) => {
    const ready = ctx.browser.status === 'up' && !ctx.draining;
    const reason = ctx.draining ? 'Tjänsten stängs.' : ctx.browser.reason ?? (ctx.browser.status === 'starting' ? 'Webbläsaren för utskrift startar.' : undefined);
    const state = { ready, browser: ctx.browser.status, types: runtime.models.size, printQueue: ctx.queue.pending, ...(reason ? { reason } : {}) };
    // A 503 is an error like any other, so it carries our shape too (the state stays for dashboards).
    const error = { code: 'not-ready', message: reason ?? 'Tjänsten är inte redo.', messageEn: 'The service is not ready.' };
    return reply.status(ready ? 200 : 503).send(ready ? state : { ...error, ...state });
  });
  registerOpenApiRoute(app, ctx, routes, options.version);

  if (!options.lazyBrowser) {
    startBrowser(ctx);
    // The worker loads the models (a few hundred ms); at start, not in the first large print.
    ctx.offload?.start();
  }

  return {
    app,
    ctx,
    async close() {
      ctx.draining = true;
      // app.close() stops accepting and waits for in-flight requests, prints included.
      await app.close();
      await ctx.queue.idle();
      await ctx.offload?.close();
      await renderer.close();
    },
  };
}

/**
 * No response is sniffed into something else; an HTML printout may style itself inline but load
 * and run nothing: its answers are escaped, and this stops what escaping alone would not.
 */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function secureHeaders(reply: FastifyReply): void {
  reply.header('x-content-type-options', 'nosniff');
  const type = reply.getHeader('content-type');
  if (typeof type === 'string' && type.startsWith('text/html')) reply.header('content-security-policy', HTML_CSP);
}

/** Launches Chromium in the background; /ready reports the outcome. */
export function startBrowser(ctx: ServerContext): Promise<void> {
  return ctx.renderer.printer.start().then(
    () => { ctx.browser = { status: 'up' }; },
    (error: unknown) => {
      ctx.browser = error instanceof BrowserMissingError
        ? { status: 'missing', reason: 'Chromium saknas; utskrift som PDF är inte möjlig. Kör scripts/ensure-browser.sh.' }
        : { status: 'failed', reason: 'Webbläsaren för utskrift kunde inte startas.' };
    },
  );
}
