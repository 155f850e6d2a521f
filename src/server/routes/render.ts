/**
 * POST /render?format=pdf|html&hide=diagnos: the printout, with the draft/revoked markings the
 * renderer applies from the payload's status. PDFs go through the print queue (503 + Retry-After
 * when it is full); HTML needs no browser and is not queued.
 */

import type { FastifyInstance } from 'fastify';
import { BrowserMissingError } from '../../render/chromium.js';
import { RenderError } from '../../render/index.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { CERTIFICATE_AT, createValidatorCompiler } from '../schemas.js';
import { DATE_PATTERN, TIMESTAMP_PATTERN } from '../../util/timestamp.js';

interface RenderRequest {
  Body: Record<string, unknown> & { type: string };
  Querystring: { format: 'pdf' | 'html'; hide?: string; printedAt?: string; today?: string };
}

/** RenderError is the payload's or the options' fault: 400 for options, 422 for the payload. */
function asApiError(error: unknown): unknown {
  if (error instanceof RenderError) {
    return error.usage
      ? new ApiError(400, 'invalid-render-options', error.message, 'The print options are invalid (hide, today or printedAt).', error.field)
      : new ApiError(422, 'not-printable', error.message, 'The certificate cannot be printed.');
  }
  if (error instanceof BrowserMissingError) {
    return new ApiError(503, 'browser-missing', 'Utskrift är inte tillgänglig: Chromium saknas.', 'Printing is unavailable: Chromium is missing.', undefined, 60);
  }
  return error;
}

export function registerRenderRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<RenderRequest>('/render', {
    validatorCompiler: createValidatorCompiler(ctx.runtime.models),
    schema: {
      summary: 'Skriv ut ett intyg som PDF eller HTML',
      tags: ['print'],
      body: { ...ctx.schemas.any, [CERTIFICATE_AT]: '' },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          format: { enum: ['pdf', 'html'], default: 'pdf', description: 'pdf (A4, via Chromium) eller html (samma utskrift som webbsida).' },
          hide: { type: 'string', pattern: '^[A-Za-z0-9,]{0,200}$', description: 'Kommaseparerade id:n ur definitionens print.hideable, t.ex. diagnos.' },
          printedAt: { type: 'string', maxLength: 40, pattern: TIMESTAMP_PATTERN, description: 'Utskriftstid som skrivs på intyget, t.ex. 2026-11-20T14:05 (svensk tid) eller med tidszon; annars nu.' },
          today: { type: 'string', pattern: DATE_PATTERN, description: 'Dagen som utskriften gäller, YYYY-MM-DD; annars printedAt:s datum eller i dag.' },
        },
      },
      replies: {
        200: {
          description: 'Utskriften: application/pdf med format=pdf, text/html med format=html.',
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } }, 'text/html': { schema: { type: 'string' } } },
        },
      },
      errors: ['invalid-payload', 'unknown-type', 'unknown-version', 'invalid-render-options', 'not-printable', 'browser-missing', 'print-queue-full', 'print-timeout'],
    },
  }, async (request, reply) => {
    request.typeId = request.body.type;
    const { format, hide, printedAt, today } = request.query;
    const options = { hide: hide ? hide.split(',').filter(Boolean) : [], printedAt, today };
    try {
      // A large body is rendered in the worker, from its text; the rest here, from the parsed body.
      const text = ctx.offload ? request.jsonText : undefined;
      if (format === 'html') {
        const html = text ? await ctx.offload!.html(text, options) : ctx.renderer.html(request.body, options);
        return reply.type('text/html; charset=utf-8').send(html);
      }
      // The HTML is built before queueing, so a payload that cannot print never takes a slot.
      const document = text ? await ctx.offload!.document(text, options) : ctx.renderer.document(request.body, options);
      const pdf = await ctx.queue.run(() => ctx.renderer.printer.print(document));
      return reply.type('application/pdf').send(pdf);
    } catch (error) {
      throw asApiError(error);
    }
  });
}
