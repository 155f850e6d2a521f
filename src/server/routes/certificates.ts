/**
 * POST /validate, /evaluate, /actions and /actions/:action. The body (or its `certificate`) has
 * already passed the envelope check, so the type is known here; everything about the answers is
 * the runtime's verdict and comes back as 200, because a wrong answer is a result, not an error.
 */

import type { FastifyInstance } from 'fastify';
import { ACTIONS, apply, availableActions, statusOf, type Action, type LifecycleCertificate, type LifecycleContext } from '../../lifecycle/index.js';
import { PROFESSIONS } from '../../model/types.js';
import { isIsoDate, todayIso } from '../../util/dates.js';
import { DATE_PATTERN, TIMESTAMP_PATTERN } from '../../util/timestamp.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import { CERTIFICATE_AT, createValidatorCompiler } from '../schemas.js';

const DATE = { type: 'string', pattern: DATE_PATTERN } as const;
const TODAY_QUERY = { type: 'object', additionalProperties: false, properties: { today: { ...DATE, description: 'Validera som om det vore detta datum.' } } } as const;

interface WithCertificate {
  Body: Record<string, unknown> & { type: string };
  Querystring: { today?: string };
}

/** The context a service passes along with the certificate; `models` comes from the runtime. */
const CONTEXT_SCHEMA = {
  type: 'object',
  required: ['user'],
  properties: {
    user: {
      type: 'object',
      required: ['profession'],
      properties: {
        profession: { enum: [...PROFESSIONS] },
        careUnit: { type: 'string' },
        careProvider: { type: 'string' },
        hsaId: { type: 'string' },
      },
    },
    today: DATE,
    record: { type: 'object', properties: { createdAt: { type: 'string', pattern: TIMESTAMP_PATTERN }, careUnit: { type: 'string' }, careProvider: { type: 'string' } } },
    relations: { type: 'object' },
    existing: {
      type: 'array', maxItems: 10_000,
      items: { type: 'object', properties: { createdAt: { type: 'string', pattern: TIMESTAMP_PATTERN }, signedAt: { type: 'string', pattern: TIMESTAMP_PATTERN } } },
    },
    patientDeceased: { type: 'boolean' },
    consent: { type: 'boolean' },
    revocation: { type: 'object' },
    templateType: { type: 'string' },
    questions: { type: 'array', maxItems: 10_000, items: { type: 'object', properties: { sentAt: { type: 'string', pattern: TIMESTAMP_PATTERN } } } },
    config: { type: 'object', properties: { lockAfterDays: { type: 'integer', minimum: 0, maximum: 3650 }, lockCutoff: DATE } },
  },
} as const;

/** The pattern only says YYYY-MM-DD; 2026-02-31 passes it and would make the runtime throw. */
function checkedDate(value: string | undefined, field: string): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new ApiError(400, 'invalid-date', `${field} är inget giltigt datum.`, `${field} is not a valid date.`, field);
  return value;
}

/**
 * The lifecycle trusts its context's shape (it is typed, not validated, in the library); a
 * service sending `relations: 5` gets a 400 rather than whatever that throws.
 */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TypeError) {
      throw new ApiError(400, 'invalid-context', 'Intyget eller sammanhanget (context) har fel form.', 'The certificate or its context has the wrong shape.', 'context');
    }
    throw error;
  }
}

type ContextInput = Omit<LifecycleContext, 'models' | 'runtime' | 'today' | 'user'> & { today?: string; user: Partial<LifecycleContext['user']> & Pick<LifecycleContext['user'], 'profession'> };

export function registerCertificateRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const validatorCompiler = createValidatorCompiler(ctx.runtime.models);
  const certificateBody = { ...ctx.schemas.any, [CERTIFICATE_AT]: '' };
  const actionBody = {
    type: 'object',
    required: ['certificate', 'context'],
    [CERTIFICATE_AT]: 'certificate',
    properties: { certificate: ctx.schemas.any, context: CONTEXT_SCHEMA },
  };

  const options = (summary: string, body: object) => ({
    validatorCompiler,
    schema: { summary, tags: ['certificates'], body, ...(body === certificateBody ? { querystring: TODAY_QUERY } : {}) },
  });

  app.post<WithCertificate>('/validate', options('Validera ett intyg', certificateBody), async (request) => {
    request.typeId = request.body.type;
    return ctx.runtime.validate(request.body, { today: checkedDate(request.query.today, 'today') });
  });

  app.post<WithCertificate>('/evaluate', options('Per fält: visas, obligatoriskt, aktivt och meddelanden', certificateBody), async (request) => {
    request.typeId = request.body.type;
    return ctx.runtime.evaluate(request.body, { today: checkedDate(request.query.today, 'today') });
  });

  const lifecycleOf = (body: { certificate: LifecycleCertificate; context: ContextInput }): LifecycleContext => ({
    ...body.context,
    models: ctx.runtime.models,
    runtime: ctx.runtime,
    today: checkedDate(body.context.today, 'context.today') ?? todayIso(),
    user: { careUnit: 'enhet', careProvider: 'vardgivare', ...body.context.user },
  });

  type ActionRequest = { Body: { certificate: LifecycleCertificate; context: ContextInput } };

  app.post<ActionRequest>('/actions', options('Tillåtna åtgärder nu, och varför inte de andra', actionBody), async (request) => {
    const { certificate } = request.body;
    request.typeId = certificate.type;
    const context = lifecycleOf(request.body);
    return guarded(() => ({ type: certificate.type, status: statusOf(certificate, context), actions: availableActions(certificate, context) }));
  });

  const applyOptions = options('Utför en åtgärd; svarar med nya intyg och effekter som tjänsten ska utföra', actionBody);
  app.post<ActionRequest & { Params: { action: string } }>('/actions/:action', {
    ...applyOptions,
    schema: { ...applyOptions.schema, params: { type: 'object', required: ['action'], properties: { action: { type: 'string', enum: [...ACTIONS] } } } },
  }, async (request) => {
    const { certificate } = request.body;
    request.typeId = certificate.type;
    const result = guarded(() => apply(request.params.action as Action, certificate, lifecycleOf(request.body)));
    if (!result.ok) {
      // The lifecycle's reasons are Swedish only; the code tells an English client which rule refused.
      throw new ApiError(409, result.code, result.reason, `The action "${request.params.action}" is not allowed now (${result.code}).`, undefined, undefined, result.errors);
    }
    return result;
  });
}
