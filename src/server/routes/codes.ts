/**
 * GET /codes/:system?q=&limit= and GET /codes/:system/:code: diagnosis codes with their texts for
 * a form's typeahead, from the built-in ICD-10-SE list (Webcert's, early 2022) or KSH97-P.
 */

import type { FastifyInstance } from 'fastify';
import type { CodeSystemId } from '../../codesystems/search.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import type { CodeSearchResponse, CodeTitleResponse } from '../responses.js';

const SYSTEM = { type: 'string', enum: ['icd10se', 'ksh97p'] } as const;

export function registerCodeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { system: CodeSystemId }; Querystring: { q: string; limit?: number }; Reply: CodeSearchResponse }>('/codes/:system', {
    schema: {
      summary: 'Sök diagnoskoder på kodens början eller ord i benämningen (ICD-10-SE enligt listan från 2022, eller KSH97-P)',
      tags: ['codes'],
      replies: { 200: 'CodeSearchResponse' },
      params: { type: 'object', required: ['system'], properties: { system: SYSTEM } },
      querystring: {
        type: 'object',
        required: ['q'],
        additionalProperties: false,
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 100 },
          limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
        },
      },
    },
  }, async (request) => ctx.runtime.codes.search(request.query.q, { codeSystem: request.params.system, limit: request.query.limit }));

  app.get<{ Params: { system: CodeSystemId; code: string }; Reply: CodeTitleResponse }>('/codes/:system/:code', {
    schema: {
      summary: 'En diagnoskods benämning',
      tags: ['codes'],
      replies: { 200: 'CodeTitleResponse' },
      errors: ['not-found'],
      params: { type: 'object', required: ['system', 'code'], properties: { system: SYSTEM, code: { type: 'string', maxLength: 10 } } },
    },
  }, async (request) => {
    const { system, code } = request.params;
    const title = ctx.runtime.codes.title(code, system);
    if (title === undefined) throw notFound('Diagnoskoden', 'The diagnosis code', 'code');
    return { codeSystem: system, code, title };
  });
}
