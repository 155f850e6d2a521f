/**
 * GET /openapi.json. Built on first request, when every route is registered, and kept: the
 * examples need the runtime and FMB data, which a server that is never asked for its document
 * should not pay for at start.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { listExamples } from '../../examples.js';
import { DEFINITIONS_DIR } from '../../project.js';
import { PACKAGE_ROOT } from '../../util/package-root.js';
import type { ServerContext } from '../context.js';
import { buildOpenApi, type RouteRecord } from '../openapi.js';
import { buildExampleBook } from '../openapi-examples.js';
import type { OpenApiDocument } from '../responses.js';
import { statisticsTables } from './decision.js';

/** The package's own version, for `info.version`. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

export function registerOpenApiRoute(app: FastifyInstance, ctx: ServerContext, routes: readonly RouteRecord[], version = packageVersion()): void {
  let document: OpenApiDocument | undefined;
  app.get<{ Reply: OpenApiDocument }>('/openapi.json', { schema: { summary: 'Detta dokument', tags: ['ops'], replies: { 200: 'OpenApiDocument' } } }, async () => {
    if (!document) {
      // An installed package may come without the example certificates; the document is complete without them.
      const examples = existsSync(DEFINITIONS_DIR) ? listExamples(DEFINITIONS_DIR) : [];
      const book = buildExampleBook(examples, { runtime: ctx.runtime, fmb: ctx.fmb(), tables: statisticsTables() });
      document = buildOpenApi(routes, { certificates: ctx.schemas, version, examples: book });
    }
    return document;
  });
}
