/**
 * The documents that are not certificates, beyond validating and printing them (the certificate
 * routes do that for every type): POST /samtycke (is there valid consent for an actor on a
 * date?), POST /arenden (1177 cases due and late) and POST /indikatorer (the quality indicators,
 * as JSON, CSV, an HTML report or its PDF). All pure functions of the body, as the CLI's.
 */

import type { FastifyInstance } from 'fastify';
import { caseOverview } from '../../documents/cases.js';
import { actorNames, consentFor } from '../../documents/consent.js';
import { createHistory } from '../../documents/history.js';
import { indicatorInput, indicators } from '../../documents/indicators.js';
import { indicatorsCsv, indicatorsHtml } from '../../documents/indicators-report.js';
import { BrowserMissingError } from '../../render/chromium.js';
import { formatInstant } from '../../render/time.js';
import { isIsoDate, todayIso } from '../../util/dates.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { CasesResponse, ConsentResponse, IndicatorsResponse } from '../responses.js';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const DOCUMENTS = { type: 'array', maxItems: 50_000, items: { type: 'object', additionalProperties: true } } as const;

function dateOf(value: string | undefined, field: string, fallback = todayIso()): string {
  const date = value ?? fallback;
  if (!isIsoDate(date)) throw new ApiError(400, 'invalid-date', `${field} är inget giltigt datum.`, `${field} is not a valid date.`, field);
  return date;
}

export interface ConsentBody {
  consents: Array<Record<string, unknown>>;
  personId: string;
  actor: string;
  date?: string;
  information?: string;
}

export interface CasesBody {
  cases: Array<Record<string, unknown>>;
  date?: string;
}

export interface IndicatorsBody {
  certificates?: Array<Record<string, unknown>>;
  questions?: Array<{ certificateId: string; subject: string }>;
  registrations?: Array<Record<string, unknown>>;
  listings?: Array<{ unit: string; unitName?: string; listed: number }>;
  date?: string;
  from?: string;
  to?: string;
}

/** POST /samtycke's answer. */
export function consentOf(body: ConsentBody, runtime: ServerContext['runtime']): ConsentResponse {
  const known = new Set([...runtime.models.values()].flatMap((model) => Object.keys(actorNames(model))));
  if (!known.has(body.actor)) throw new ApiError(400, 'unknown-actor', `Okänd aktör ${JSON.stringify(body.actor)}. Kända: ${[...known].sort().join(', ')}.`, `Unknown actor ${JSON.stringify(body.actor)}.`, 'actor');
  const date = dateOf(body.date, 'date');
  const history = createHistory(runtime, { consents: body.consents }, { today: todayIso() });
  const answer = consentFor([...history.consents.values()].flat(), { personId: body.personId, actor: body.actor, date, ...(body.information ? { information: body.information } : {}) });
  return { ...answer, date, rejected: [...history.rejectedConsents] };
}

export function registerDocumentRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: ConsentBody; Reply: ConsentResponse }>('/samtycke', {
    schema: {
      summary: 'Finns ett giltigt samtycke för aktören på datumet?',
      tags: ['documents'],
      replies: { 200: 'ConsentResponse' },
      errors: ['invalid-date', 'unknown-actor'],
      body: {
        type: 'object',
        required: ['consents', 'personId', 'actor'],
        properties: {
          consents: { ...DOCUMENTS, description: 'Patientens samtycken (samtycke-arbetsgivare, samtycke-externa-aktorer …); ett samtycke som inte valideras räknas inte.' },
          personId: { type: 'string', pattern: '^[0-9]{8}-?[0-9]{4}$' },
          actor: { type: 'string', description: 'Aktörens id, t.ex. ARBETSGIVARE eller ARBETSFORMEDLINGEN.' },
          date: { ...DATE, description: 'Dagen frågan gäller; annars i dag.' },
          information: { type: 'string', description: 'En uppgift som samtycket ska omfatta, t.ex. AKTIVITETER.' },
        },
      },
    },
  }, async (request) => consentOf(request.body, ctx.runtime));

  app.post<{ Body: CasesBody; Reply: CasesResponse }>('/arenden', {
    schema: {
      summary: '1177-ärenden som väntar på första återkoppling, och de som är sena',
      tags: ['documents'],
      replies: { 200: 'CasesResponse' },
      errors: ['invalid-date'],
      body: { type: 'object', required: ['cases'], properties: { cases: DOCUMENTS, date: { ...DATE, description: 'Per detta datum; annars i dag.' } } },
    },
  }, async (request) => caseOverview(request.body.cases, ctx.runtime.models, dateOf(request.body.date, 'date')));

  app.post<{ Body: IndicatorsBody; Querystring: { format: 'json' | 'csv' | 'html' | 'pdf' }; Reply: IndicatorsResponse | string | Buffer }>('/indikatorer', {
    schema: {
      summary: 'Kvalitetsindikatorer för sjukskrivningsprocessen per vårdenhet och för regionen',
      description: 'Aggregerat per vårdenhet: kräver inget kvalitetssäkringsuppdrag.',
      tags: ['documents'],
      querystring: { type: 'object', additionalProperties: false, properties: { format: { enum: ['json', 'csv', 'html', 'pdf'], default: 'json', description: 'json, csv (semikolonseparerad), html (rapport med diagram) eller pdf (samma rapport utskriven).' } } },
      replies: {
        200: {
          description: 'Indikatorerna: application/json (IndicatorsResponse), text/csv, text/html eller application/pdf efter format.',
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/IndicatorsResponse' } },
            'text/csv': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
            'application/pdf': { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      errors: ['invalid-date', 'browser-missing', 'print-queue-full', 'print-timeout'],
      body: {
        type: 'object',
        properties: {
          certificates: DOCUMENTS,
          questions: { type: 'array', maxItems: 50_000, items: { type: 'object', required: ['certificateId', 'subject'], properties: { certificateId: { type: 'string' }, subject: { type: 'string' } } } },
          registrations: DOCUMENTS,
          listings: { type: 'array', maxItems: 10_000, items: { type: 'object', required: ['unit', 'listed'], properties: { unit: { type: 'string' }, unitName: { type: 'string' }, listed: { type: 'integer', minimum: 0 } } } },
          date: { ...DATE, description: 'Dagen pågående sjukfall räknas; annars to.' },
          from: { ...DATE, description: 'Periodens första dag för registreringar; annars årets första dag.' },
          to: { ...DATE, description: 'Periodens sista dag; annars i dag.' },
        },
      },
    },
  }, async (request, reply) => {
    const body = request.body;
    const to = dateOf(body.to, 'to');
    const date = dateOf(body.date, 'date', to);
    const from = dateOf(body.from, 'from', `${to.slice(0, 4)}-01-01`);
    if (from > to) throw new ApiError(400, 'invalid-date', 'from ligger efter to.', 'from is after to.', 'from');
    const lines = [...(body.certificates ?? []), ...(body.questions ?? []), ...(body.registrations ?? []), ...(body.listings ?? [])] as Array<Record<string, unknown>>;
    const result = indicators(indicatorInput(lines, ctx.runtime.models), { date, from, to, models: ctx.runtime.models });
    const format = request.query.format;
    if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(indicatorsCsv(result));
    const now = Date.now();
    if (format === 'html') return reply.type('text/html; charset=utf-8').send(indicatorsHtml(result, { printedAt: formatInstant(now) }));
    if (format === 'pdf') {
      try {
        const html = indicatorsHtml(result, { printedAt: formatInstant(now), forPrint: true });
        return reply.type('application/pdf').send(await ctx.queue.run(() => ctx.renderer.printer.print({ html, printedAtInstant: now })));
      } catch (error) {
        if (error instanceof BrowserMissingError) throw new ApiError(503, 'browser-missing', 'Utskrift är inte tillgänglig: Chromium saknas.', 'Printing is unavailable: Chromium is missing.', undefined, 60);
        throw error;
      }
    }
    return result;
  });
}
