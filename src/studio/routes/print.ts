/**
 * POST /studio/api/print: the printout of the page's current answers as PDF, through the same
 * renderer `intyg render` uses, over the studio's live models and each type's last good
 * print.hbs. The page picks the status to preview (draft, signed, sent, revoked) and what the
 * patient chose to hide; the timestamps a signed or sent certificate carries are the preview's.
 */

import type { FastifyInstance } from 'fastify';
import { isPlainObject } from '../../fields/kind.js';
import { createRenderer, recipientNamesOf, RenderError, type Renderer } from '../../render/index.js';
import { BrowserMissingError } from '../../render/chromium.js';
import { ApiError } from '../../server/errors.js';
import { swedishUtcOffset } from '../../util/dates.js';
import type { StudioContext } from '../context.js';
import { PREVIEW_STATUSES, type PreviewStatus } from '../protocol.js';


interface PrintBody {
  certificate: Record<string, unknown>;
  status: PreviewStatus;
  hide?: string[];
  today: string;
}

/** The time of day in Sweden now, `14:05`. */
function swedishClock(now = Date.now()): string {
  return new Date(now + swedishUtcOffset(now) * 3_600_000).toISOString().slice(11, 16);
}

/** The certificate as it would be in that status: a signed one has a signing time, a sent one a sending time too. */
export function asStatus(certificate: Record<string, unknown>, status: PreviewStatus, at: string): Record<string, unknown> {
  const { signedAt: _signed, sentAt: _sent, ...rest } = certificate;
  if (status === 'draft') return { ...rest, status: 'draft' };
  const signed = { ...rest, status: status === 'revoked' ? 'revoked' : 'signed', signedAt: at };
  return status === 'sent' ? { ...signed, sentAt: at } : signed;
}

export function registerPrintRoute(app: FastifyInstance, ctx: StudioContext): void {
  let cached: { key: string; renderer: Renderer } | undefined;
  const renderer = () => {
    const key = ctx.workspace.types().map((type) => type.revision).join(',');
    if (cached?.key !== key) {
      const runtime = ctx.workspace.runtime();
      cached = { key, renderer: createRenderer(runtime, { recipients: recipientNamesOf(runtime), templates: ctx.workspace.templates() }) };
    }
    return cached.renderer;
  };

  app.post<{ Body: PrintBody }>('/studio/api/print', {
    schema: {
      body: {
        type: 'object',
        required: ['certificate', 'status', 'today'],
        properties: {
          certificate: { type: 'object' },
          status: { type: 'string', enum: [...PREVIEW_STATUSES] },
          hide: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 50 } },
          today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        },
      },
    },
  }, async (request, reply) => {
    const { certificate, status, hide = [], today } = request.body;
    if (!isPlainObject(certificate)) throw new ApiError(400, 'invalid-request', 'Intyget saknas.', 'The certificate is missing.');
    const at = `${today}T${swedishClock()}`;
    let pdf: Buffer;
    try {
      // The renderer works from the printer's document; the studio's one printer prints it.
      const document = renderer().document(asStatus(certificate, status, at), { today, printedAt: at, hide });
      pdf = await ctx.printer.print(document);
    } catch (error) {
      if (error instanceof RenderError) throw new ApiError(error.usage ? 400 : 422, 'cannot-print', error.message, error.message);
      if (error instanceof BrowserMissingError) {
        throw new ApiError(503, 'printer-missing', 'Chromium saknas, så utskriften kan inte visas. Kör scripts/ensure-browser.sh.', 'Chromium is missing. Run scripts/ensure-browser.sh.');
      }
      throw error;
    }
    return reply.type('application/pdf').header('content-disposition', 'inline; filename="utskrift.pdf"').send(pdf);
  });
}
