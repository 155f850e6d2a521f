/**
 * Decision support: GET /fmb/:code, POST /sjukfall and POST /statistik over a posted set of
 * certificates. The set is bounded by the body limit; the algorithms are the CLI's, pure.
 */

import type { FastifyInstance } from 'fastify';
import { loadCodeSystems } from '../../codesystems/load.js';
import { loadDiagnosisGroups } from '../../decision/load.js';
import { sjukfall, type SickLeaveCertificate } from '../../decision/sjukfall.js';
import { statistics, type CertificateQuestion, type StatisticsInput } from '../../decision/statistics.js';
import { isIsoDate, todayIso } from '../../util/dates.js';
import { DATE_PATTERN } from '../../util/timestamp.js';
import type { ServerContext } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import type { FmbResponse, SjukfallResponse, StatistikResponse } from '../responses.js';
import { logAccess, requireAssignment } from '../access.js';

const DATE = { type: 'string', pattern: DATE_PATTERN } as const;
/** A certificate's other keys are allowed and ignored: a stored certificate can be sent as it is. */
const CERTIFICATES = { type: 'array', maxItems: 50_000, items: { type: 'object', required: ['answers'], additionalProperties: true, properties: { answers: { type: 'object' } } } } as const;

export interface SjukfallBody {
  certificates: SickLeaveCertificate[];
  activeDate?: string;
  unit?: string;
  gapDays?: number;
  recentlyEndedDays?: number;
}

export interface StatistikBody {
  certificates: SickLeaveCertificate[];
  questions?: CertificateQuestion[];
  activeDate?: string;
  unit?: string;
}

function dateOf(value: string | undefined): string {
  const date = value ?? todayIso();
  // The pattern passed; a 2026-02-31 did not exist.
  if (!isIsoDate(date)) throw new ApiError(400, 'invalid-date', 'activeDate är inget giltigt datum.', 'activeDate is not a valid date.', 'activeDate');
  return date;
}

/** POST /sjukfall's answer; /openapi.json's examples are computed with it too. */
export function sjukfallOf(body: SjukfallBody): SjukfallResponse {
  const { certificates, unit, gapDays, recentlyEndedDays } = body;
  return { cases: sjukfall(certificates, { unit, gapDays, recentlyEndedDays, activeDate: dateOf(body.activeDate) }) };
}

/** POST /statistik's answer. */
export function statistikOf(body: StatistikBody, tables: Omit<StatisticsInput, 'questions'>): StatistikResponse {
  const { certificates, questions, unit } = body;
  // Statistiktjänsten's gap is fixed at 5 days, as in `intyg statistik`.
  const cases = sjukfall(certificates, { unit, gapDays: 5, activeDate: dateOf(body.activeDate) });
  return statistics(cases, { ...tables, questions: questions?.length ? questions : undefined });
}

/** The national tables statistics groups by; read once per server. */
export function statisticsTables(): Omit<StatisticsInput, 'questions'> {
  return { chapters: loadCodeSystems().chapters.entries, diagnosisGroups: loadDiagnosisGroups().entries };
}

export function registerDecisionRoutes(app: FastifyInstance, _ctx: ServerContext, fmb: ServerContext['fmb']): void {
  const tables = statisticsTables();

  app.get<{ Params: { code: string }; Reply: FmbResponse }>('/fmb/:code', {
    schema: {
      summary: 'Socialstyrelsens FMB-stöd för en diagnoskod',
      tags: ['decision'],
      replies: { 200: 'FmbResponse' },
      errors: ['not-found'],
      params: { type: 'object', required: ['code'], properties: { code: { type: 'string', pattern: '^[A-Za-z]\\d\\d(\\.?[A-Za-z0-9]{0,4})?$' } } },
    },
  }, async (request) => {
    const result = fmb()(request.params.code);
    if (!result) throw notFound('FMB-stöd för diagnosen', 'FMB support for the diagnosis', 'code');
    return result;
  });

  app.post<{ Body: SjukfallBody; Reply: SjukfallResponse }>('/sjukfall', {
    // Patient by patient: only under a documented quality-assurance assignment (seed 004).
    onRequest: requireAssignment,
    schema: {
      summary: 'Pågående sjukfall som Rehabstöd beräknar dem (kräver kvalitetssäkringsuppdrag)',
      tags: ['decision'],
      patientData: true,
      replies: { 200: 'SjukfallResponse' },
      errors: ['invalid-date'],
      body: {
        type: 'object',
        required: ['certificates'],
        properties: {
          certificates: CERTIFICATES,
          activeDate: DATE,
          unit: { type: 'string' },
          gapDays: { type: 'integer', minimum: 0, maximum: 90, default: 5 },
          recentlyEndedDays: { type: 'integer', minimum: 0, maximum: 14, default: 0 },
        },
      },
    },
  }, async (request) => {
    const answer = sjukfallOf(request.body);
    logAccess(request, answer.cases.length);
    return answer;
  });

  app.post<{ Body: StatistikBody; Reply: StatistikResponse }>('/statistik', {
    schema: {
      summary: 'Sjukfallsstatistik med de nationella grupperna',
      tags: ['decision'],
      replies: { 200: 'StatistikResponse' },
      errors: ['invalid-date'],
      body: {
        type: 'object',
        required: ['certificates'],
        properties: {
          certificates: CERTIFICATES,
          questions: { type: 'array', maxItems: 50_000, items: { type: 'object', required: ['certificateId', 'subject'], properties: { certificateId: { type: 'string' }, subject: { type: 'string' } } } },
          activeDate: DATE,
          unit: { type: 'string' },
        },
      },
    },
  }, async (request) => statistikOf(request.body, tables));
}
