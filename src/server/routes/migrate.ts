/**
 * POST /migrate?to=&today=: a draft in a later version of its type (the current one by default),
 * and the report of what moved, changed or was dropped and what is now required. Only drafts
 * migrate: a signed certificate is 409 `not-a-draft`. As /validate, the envelope is checked first.
 */

import type { FastifyInstance } from 'fastify';
import { isIsoDate } from '../../util/dates.js';
import type { ServerContext } from '../context.js';
import { ApiError, type ErrorCode } from '../errors.js';
import type { MigrateResponse } from '../responses.js';
import { CERTIFICATE_AT, createValidatorCompiler } from '../schemas.js';

const STATUS: Record<string, number> = { 'not-a-draft': 409, 'unknown-version': 422, 'migration-backwards': 422 };

export function registerMigrateRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: Record<string, unknown> & { type: string }; Querystring: { to?: string; today?: string }; Reply: MigrateResponse }>('/migrate', {
    validatorCompiler: createValidatorCompiler(ctx.runtime.models),
    schema: {
      summary: 'För ett utkast till en senare version av sin intygstyp, med en rapport om vad som flyttades, ändrades och togs bort',
      tags: ['certificates'],
      body: { ...ctx.schemas.any, [CERTIFICATE_AT]: '' },
      replies: { 200: 'MigrateResponse' },
      errors: ['invalid-payload', 'unknown-type', 'unknown-version', 'invalid-date', 'not-a-draft', 'migration-backwards'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          to: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$', description: 'Versionen att migrera till; standard är typens aktuella version.' },
          today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Avgör vad som visas och krävs som om det vore detta datum.' },
        },
      },
    },
  }, async (request) => {
    request.typeId = request.body.type;
    const { to, today } = request.query;
    if (today !== undefined && !isIsoDate(today)) throw new ApiError(400, 'invalid-date', 'today är inget giltigt datum.', 'today is not a valid date.', 'today');
    const outcome = ctx.runtime.migrate(request.body, { to, today });
    if (outcome.errors.length || !('report' in outcome)) {
      const [issue] = outcome.errors;
      const code = (issue.code in STATUS ? issue.code : 'invalid-payload') as ErrorCode;
      throw new ApiError(STATUS[code] ?? 400, code, issue.message, `The draft cannot be migrated (${issue.code}).`, code === 'unknown-version' && to !== undefined ? 'to' : issue.field || undefined);
    }
    return { certificate: outcome.certificate, report: outcome.report };
  });
}
