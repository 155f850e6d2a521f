/**
 * POST /validate, /evaluate, /actions and /actions/:action. The body (or its `certificate`) has
 * already passed the envelope check, so the type is known here; everything about the answers is
 * the runtime's verdict and comes back as 200, because a wrong answer is a result, not an error.
 */

import type { FastifyInstance } from 'fastify';
import { ACTIONS, apply, availableActions, statusOf, type Action, type ApplyResult, type LifecycleCertificate, type LifecycleContext } from '../../lifecycle/index.js';
import { PROFESSIONS } from '../../model/types.js';
import { isIsoDate, todayIso } from '../../util/dates.js';
import { DATE_PATTERN, TIMESTAMP_PATTERN } from '../../util/timestamp.js';
import type { ServerContext } from '../context.js';
import { ApiError, type ErrorCode } from '../errors.js';
import type { ActionsResponse, ApplyResponse, EvaluationResult, ValidationResult } from '../responses.js';
import type { Runtime } from '../../runtime/runtime.js';
import { CERTIFICATE_AT, createValidatorCompiler } from '../schemas.js';

const DATE = { type: 'string', pattern: DATE_PATTERN } as const;
const TODAY_QUERY = { type: 'object', additionalProperties: false, properties: { today: { ...DATE, description: 'Validera som om det vore detta datum.' } } } as const;

interface WithCertificate {
  Body: Record<string, unknown> & { type: string };
  Querystring: { today?: string };
}

/** A certificate route's errors beyond the body's: the envelope check, and a `today` that is no date. */
const CERTIFICATE_ERRORS: ErrorCode[] = ['invalid-payload', 'unknown-type', 'unknown-version', 'invalid-date'];

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
    patientProtected: { type: 'boolean', description: 'Patienten har skyddade personuppgifter (sekretessmarkering).' },
    patientTestIndicated: { type: 'boolean', description: 'Patienten är en testperson.' },
    prefill: { type: 'object', description: 'create: svar att förifylla utkastet med; svar på frågor som inte visas tas bort.' },
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

/** The body of POST /actions and /actions/{action}. */
export interface ActionBody {
  certificate: LifecycleCertificate;
  context: ContextInput;
}

function lifecycleOf(runtime: Runtime, body: ActionBody): LifecycleContext {
  return {
    ...body.context,
    models: runtime.models,
    runtime,
    today: checkedDate(body.context.today, 'context.today') ?? todayIso(),
    user: { careUnit: 'enhet', careProvider: 'vardgivare', ...body.context.user },
  };
}

/** POST /actions' answer; /openapi.json's examples are computed with it too. */
export function actionsOf(runtime: Runtime, body: ActionBody): ActionsResponse {
  const context = lifecycleOf(runtime, body);
  const { certificate } = body;
  return guarded(() => ({ type: certificate.type, status: statusOf(certificate, context), actions: availableActions(certificate, context) }));
}

/** POST /actions/{action}'s result, allowed or refused. */
export function applyOf(runtime: Runtime, action: Action, body: ActionBody): ApplyResult {
  return guarded(() => apply(action, body.certificate, lifecycleOf(runtime, body)));
}

export function registerCertificateRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const validatorCompiler = createValidatorCompiler(ctx.runtime.models);
  const certificateBody = { ...ctx.schemas.any, [CERTIFICATE_AT]: '' };
  const actionBody = {
    type: 'object',
    required: ['certificate', 'context'],
    [CERTIFICATE_AT]: 'certificate',
    properties: { certificate: ctx.schemas.any, context: CONTEXT_SCHEMA },
  };

  const options = (summary: string, body: object, replies: { 200: 'ValidationResult' | 'EvaluationResult' | 'ActionsResponse' | 'ApplyResponse' }, errors: ErrorCode[]) => ({
    validatorCompiler,
    schema: { summary, tags: ['certificates'], body, replies, errors, ...(body === certificateBody ? { querystring: TODAY_QUERY } : {}) },
  });

  app.post<WithCertificate & { Reply: ValidationResult }>('/validate', options('Validera ett intyg', certificateBody, { 200: 'ValidationResult' }, CERTIFICATE_ERRORS), async (request) => {
    request.typeId = request.body.type;
    return ctx.runtime.validate(request.body, { today: checkedDate(request.query.today, 'today') });
  });

  app.post<WithCertificate & { Reply: EvaluationResult }>('/evaluate', options('Per fält: visas, obligatoriskt, aktivt och meddelanden', certificateBody, { 200: 'EvaluationResult' }, CERTIFICATE_ERRORS), async (request) => {
    request.typeId = request.body.type;
    return ctx.runtime.evaluate(request.body, { today: checkedDate(request.query.today, 'today') });
  });

  const actionErrors: ErrorCode[] = [...CERTIFICATE_ERRORS, 'invalid-context'];

  app.post<{ Body: ActionBody; Reply: ActionsResponse }>('/actions', options('Tillåtna åtgärder nu, och varför inte de andra', actionBody, { 200: 'ActionsResponse' }, actionErrors), async (request) => {
    request.typeId = request.body.certificate.type;
    return actionsOf(ctx.runtime, request.body);
  });

  const applyOptions = options('Utför en åtgärd; svarar med nya intyg och effekter som tjänsten ska utföra', actionBody, { 200: 'ApplyResponse' }, actionErrors);
  app.post<{ Body: ActionBody; Params: { action: Action }; Reply: ApplyResponse }>('/actions/:action', {
    ...applyOptions,
    schema: {
      ...applyOptions.schema,
      params: { type: 'object', required: ['action'], properties: { action: { type: 'string', enum: [...ACTIONS] } } },
      otherErrors: { 409: '`code` är livscykelns skäl, samma som `code` för åtgärden i POST /actions; `message` är skälet på svenska.' },
    },
  }, async (request) => {
    request.typeId = request.body.certificate.type;
    const result = applyOf(ctx.runtime, request.params.action, request.body);
    if (!result.ok) {
      // The lifecycle's reasons are Swedish only; the code tells an English client which rule refused.
      throw new ApiError(409, result.code, result.reason, `The action "${request.params.action}" is not allowed now (${result.code}).`, undefined, undefined, result.errors);
    }
    return result;
  });
}
