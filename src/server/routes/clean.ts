/**
 * POST /clean: the answers to questions the rules hide (or the type lacks) removed, and which
 * they were. As /validate, the envelope is checked first; an unknown type is 422.
 */

import type { FastifyInstance } from 'fastify';
import { isIsoDate } from '../../util/dates.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { CleanResponse } from '../responses.js';
import { CERTIFICATE_AT, createValidatorCompiler } from '../schemas.js';

export function registerCleanRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: Record<string, unknown> & { type: string }; Querystring: { today?: string }; Reply: CleanResponse }>('/clean', {
    validatorCompiler: createValidatorCompiler(ctx.runtime.models),
    schema: {
      summary: 'Ta bort svar på frågor som inte visas eller inte finns, och säg vilka',
      tags: ['certificates'],
      body: { ...ctx.schemas.any, [CERTIFICATE_AT]: '' },
      replies: { 200: 'CleanResponse' },
      errors: ['invalid-payload', 'unknown-type', 'unknown-version', 'invalid-date'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Avgör vad som visas som om det vore detta datum.' } },
      },
    },
  }, async (request) => {
    request.typeId = request.body.type;
    const { today } = request.query;
    if (today !== undefined && !isIsoDate(today)) throw new ApiError(400, 'invalid-date', 'today är inget giltigt datum.', 'today is not a valid date.', 'today');
    const outcome = ctx.runtime.clean(request.body, { today });
    // The body schema already refused what clean() cannot read; this keeps a gap from passing silently.
    if (outcome.errors.length) throw new ApiError(400, 'invalid-payload', outcome.errors[0].message, 'The certificate cannot be read.', outcome.errors[0].field);
    return { certificate: outcome.certificate as Record<string, unknown>, dropped: outcome.dropped };
  });
}
