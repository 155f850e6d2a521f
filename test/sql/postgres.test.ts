/**
 * The store on a real PostgreSQL server (started here, Swedish ICU collation): `intyg load`'s
 * loader and the shared query set answer exactly what sjukfall() and statistics() answer.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { loadDiagnosisGroups } from '../../src/decision/load.js';
import { sjukfall, type SickLeaveCertificate } from '../../src/decision/sjukfall.js';
import { statistics } from '../../src/decision/statistics.js';
import type { SqlEngine } from '../../src/sql/engine.js';
import { SourceError } from '../../src/sql/errors.js';
import { loadIntoPostgres } from '../../src/sql/postgres/load.js';
import { openPostgres } from '../../src/sql/postgres/runner.js';
import { tempDir } from '../cli/run-cli.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { options, questionsFor, region, toNdjson } from './region.js';

const { dir, cleanup } = tempDir('postgres');
const input = { chapters: loadCodeSystems().chapters.entries, diagnosisGroups: loadDiagnosisGroups().entries };
let server: TestPostgres;
let engine: SqlEngine;
let admin: pg.Client;

beforeAll(async () => {
  server = await startPostgres();
  admin = new pg.Client(server.url);
  await admin.connect();
  engine = await openPostgres(server.url);
}, 120_000);
afterAll(async () => {
  await engine?.close();
  await admin?.end();
  server?.stop();
  cleanup();
});

async function load(certs: readonly SickLeaveCertificate[], questions: readonly object[] = []): Promise<SickLeaveCertificate[]> {
  await admin.query('DROP TABLE IF EXISTS certificate_question, certificate_period, certificate');
  const file = join(dir, 'region.ndjson');
  writeFileSync(file, toNdjson([...certs, ...questions]));
  await loadIntoPostgres(file, server.url);
  return JSON.parse(JSON.stringify(certs));
}

describe('PostgreSQL store', () => {
  it('finds the same cases as sjukfall() on random regions', async () => {
    await fc.assert(fc.asyncProperty(region, options, async (certs, opts) => {
      const parsed = await load(certs);
      expect(await engine.sjukfall(opts)).toEqual(sjukfall(parsed, opts));
    }), { numRuns: 30, seed: 20261122 });
  });

  it('gives the same statistics as statistics(), komplettering included', async () => {
    await fc.assert(fc.asyncProperty(region, options, async (certs, opts) => {
      const questions = questionsFor(certs).filter((q) => q.certificateId !== 'okänt-intyg');
      const parsed = await load(certs, questions);
      const cases = sjukfall(parsed, { activeDate: opts.activeDate, unit: opts.unit, gapDays: 5 });
      expect(await engine.statistik(opts, input)).toEqual(statistics(cases, { ...input, questions }));
    }), { numRuns: 15, seed: 20261123 });
  });

  it('keeps text exactly (quotes, backslashes, empty strings) and appends a second load after the first', async () => {
    const cert = (id: string, from: string, to: string, signedAt: string): SickLeaveCertificate => ({
      id, status: 'signed', signedAt, patient: { personId: '191212121212' }, issuer: { hsaId: 'SE-LAK-1', name: 'Dr "Ajla" \\ Doktor' },
      unit: { hsaId: 'SE-VE-1', name: '' }, answers: { sjukskrivning: { HALFTEN: { from, to } }, diagnoser: [{ code: 'F32.1' }, { code: 'a,"b}' }], sysselsattning: ['{x}'] },
    });
    const first = [cert('a', '2026-03-01', '2026-03-10', '2026-03-01T10:00')];
    const second = [cert('b', '2026-03-12', '2026-03-31', '2026-03-01T10:00')];
    await load(first);
    const file = join(dir, 'second.ndjson');
    writeFileSync(file, toNdjson(second));
    expect(await loadIntoPostgres(file, server.url)).toEqual({ certificates: 1, periods: 1, questions: 0, skipped: 0 });
    const opts = { activeDate: '2026-03-15' };
    const [c] = await engine.sjukfall(opts);
    expect(c).toEqual(sjukfall([...first, ...second], opts)[0]);
    expect(c).toMatchObject({ certificates: 2, activeCertificateId: 'b', doctor: { name: 'Dr "Ajla" \\ Doktor' }, unit: { name: '' }, secondaryDiagnoses: ['a,"b}'], occupation: ['{x}'] });
    await expect(loadIntoPostgres(file, server.url)).rejects.toThrow(SourceError);
  });
});
