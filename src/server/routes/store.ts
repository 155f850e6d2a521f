/**
 * Decision support over the configured database (`intyg serve --source postgres://…`, or a
 * Parquet/NDJSON file read by DuckDB): GET /sjukfall and GET /statistik take the query, not the
 * certificates, so the certificates never travel. POST /sjukfall and /statistik with a body of
 * certificates keep working (routes/decision.ts). Registered only when a source is configured.
 */

import type { FastifyInstance } from 'fastify';
import { logAccess, requireAssignment } from '../access.js';
import { loadCodeSystems } from '../../codesystems/load.js';
import { loadDiagnosisGroups } from '../../decision/load.js';
import type { SqlEngine } from '../../sql/engine.js';
import { SourceError } from '../../sql/errors.js';
import { openSource } from '../../sql/source.js';
import { isIsoDate, todayIso } from '../../util/dates.js';
import { ApiError } from '../errors.js';

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

interface SjukfallQuery { activeDate?: string; unit?: string; gapDays?: number; recentlyEndedDays?: number }

function dateOf(value: string | undefined): string {
  const date = value ?? todayIso();
  if (!isIsoDate(date)) throw new ApiError(400, 'invalid-date', 'activeDate är inget giltigt datum.', 'activeDate is not a valid date.', 'activeDate');
  return date;
}

const unavailable = (error: unknown) => error instanceof SourceError
  ? new ApiError(503, 'source-unavailable', 'Databasen med intyg går inte att fråga just nu.', 'The certificate database cannot be queried right now.', undefined, 5)
  : error;

export function registerStoreRoutes(app: FastifyInstance, source: string): void {
  const chapters = loadCodeSystems().chapters.entries;
  const diagnosisGroups = loadDiagnosisGroups().entries;
  // Opened on first use and kept: a pool of connections, or a file read once.
  let engine: Promise<SqlEngine> | undefined;
  const store = () => {
    engine ??= openSource(source, { connections: 4 });
    // A failed open is retried by the next request rather than remembered.
    engine.catch(() => { engine = undefined; });
    return engine;
  };
  app.addHook('onClose', async () => {
    if (engine) await (await engine.catch(() => undefined))?.close();
  });

  app.get<{ Querystring: SjukfallQuery }>('/sjukfall', {
    // Patient by patient, as POST /sjukfall: only under a documented quality-assurance assignment (seed 004).
    onRequest: requireAssignment,
    schema: {
      summary: 'Pågående sjukfall ur den konfigurerade databasen (kräver kvalitetssäkringsuppdrag)',
      tags: ['decision'],
      patientData: true,
      replies: { 200: 'SjukfallResponse' },
      errors: ['invalid-date', 'source-unavailable'],
      querystring: {
        type: 'object',
        properties: {
          activeDate: DATE,
          unit: { type: 'string', maxLength: 64 },
          gapDays: { type: 'integer', minimum: 0, maximum: 90, default: 5 },
          recentlyEndedDays: { type: 'integer', minimum: 0, maximum: 14, default: 0 },
        },
      },
    },
  }, async (request) => {
    const { unit, gapDays, recentlyEndedDays } = request.query;
    const activeDate = dateOf(request.query.activeDate);
    try {
      const cases = await (await store()).sjukfall({ unit, gapDays, recentlyEndedDays, activeDate });
      logAccess(request, cases.length);
      return { cases };
    } catch (error) {
      throw unavailable(error);
    }
  });

  app.get<{ Querystring: { activeDate?: string; unit?: string } }>('/statistik', {
    schema: {
      summary: 'Sjukfallsstatistik ur den konfigurerade databasen',
      tags: ['decision'],
      replies: { 200: 'StatistikResponse' },
      errors: ['invalid-date', 'source-unavailable'],
      querystring: { type: 'object', properties: { activeDate: DATE, unit: { type: 'string', maxLength: 64 } } },
    },
  }, async (request) => {
    const activeDate = dateOf(request.query.activeDate);
    try {
      return await (await store()).statistik({ activeDate, unit: request.query.unit }, { chapters, diagnosisGroups });
    } catch (error) {
      throw unavailable(error);
    }
  });
}
