/**
 * The service over a configured database: `intyg load` fills a real PostgreSQL server, then
 * GET /sjukfall and GET /statistik answer from it what POST with the certificates in the body
 * answers, and `intyg sjukfall --source postgres://…` prints what the in-memory path prints.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTemp } from '../cli/run-cli.js';
import { startPostgres, type TestPostgres } from '../helpers/postgres.js';
import { expectError, post, start, type Running } from './helpers.js';

const { dir, cleanup } = tempDir('store');
let pg: TestPostgres;
let service: Running;
let loaded: ReturnType<typeof runCli>;

const certs = [
  ['a', '191212121212', '2026-11-01', '2026-11-10', 'SE-VE-1'],
  ['b', '191212121212', '2026-11-14', '2026-11-30', 'SE-VE-1'],
  ['c', '194011306125', '2026-11-15', '2026-12-15', 'SE-VE-2'],
  ['d', '196508172399', '2026-10-01', '2026-11-18', 'SE-VE-2'],
].map(([id, personId, from, to, unit]) => ({
  type: 'fk7804', version: '2.0', id, status: 'signed', signedAt: `${from}T09:00`, patient: { personId },
  issuer: { hsaId: 'SE-LAK-1', name: 'Ajla Doktor' }, unit: { hsaId: unit, name: 'VC Linden' },
  answers: { sjukskrivning: { HALFTEN: { from, to } }, diagnoser: [{ code: 'M54.5' }], sysselsattning: ['NUVARANDE_ARBETE'] },
}));
const file = writeTemp(dir, 'intyg.ndjson', certs.map((c) => JSON.stringify(c)).join('\n') + '\n');

/** What the login proxy adds for a user under a quality-assurance assignment (src/server/access.ts). */
const ASSIGNED = { 'x-intyg-uppdrag': 'RH 2026/1234' };

beforeAll(async () => {
  pg = await startPostgres();
  loaded = runCli(['load', file, '--into', pg.url]);
  if (loaded.status !== 0) throw new Error(loaded.stderr);
  service = await start({ source: pg.url });
}, 120_000);
afterAll(async () => {
  await service?.close();
  pg?.stop();
  cleanup();
});

describe('a configured database', () => {
  it('intyg load reports what it stored; intyg sjukfall --source postgres:// prints what memory prints', () => {
    expect(loaded.stderr).toContain(`4 intyg, 4 perioder och 0 ärenden inlästa i ${pg.url}.`);
    const csv = runCli(['sjukfall', '--source', pg.url, '--date', '2026-11-20', '--recent', '3', '--csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toBe(runCli(['sjukfall', file, '--engine', 'memory', '--date', '2026-11-20', '--recent', '3', '--csv']).stdout);
    expect(csv.stdout).toContain('196508172399');
  });

  it('answers GET /sjukfall and GET /statistik as POST with the certificates does', async () => {
    for (const query of ['activeDate=2026-11-20', 'activeDate=2026-11-20&unit=SE-VE-2&recentlyEndedDays=2', 'activeDate=2026-11-12&gapDays=2']) {
      const params = Object.fromEntries(new URLSearchParams(query));
      const body = { certificates: certs, ...params, ...(params.gapDays ? { gapDays: Number(params.gapDays) } : {}), ...(params.recentlyEndedDays ? { recentlyEndedDays: Number(params.recentlyEndedDays) } : {}) };
      const fromDb = await fetch(`${service.url}/sjukfall?${query}`, { headers: ASSIGNED });
      expect(fromDb.status).toBe(200);
      expect(await fromDb.json()).toEqual(await (await post(`${service.url}/sjukfall`, body, ASSIGNED)).json());
    }
    const stats = (await (await fetch(`${service.url}/statistik?activeDate=2026-11-20`)).json()) as { cases: number };
    expect(stats).toEqual(await (await post(`${service.url}/statistik`, { certificates: certs, activeDate: '2026-11-20' })).json());
    expect(stats.cases).toBe(2);
  });

  it('answers 503 when the database cannot be reached, 404 when none is configured, 400 for a bad date', async () => {
    const unreachable = await start({ source: 'postgres://nobody@127.0.0.1:1/none' });
    const none = await start();
    try {
      await expectError(await fetch(`${unreachable.url}/sjukfall?activeDate=2026-11-20`, { headers: ASSIGNED }), 503, 'source-unavailable');
      await expectError(await fetch(`${none.url}/sjukfall?activeDate=2026-11-20`, { headers: ASSIGNED }), 404, 'not-found');
      // Patient by patient from the database too: without the assignment, 403 and nothing read.
      await expectError(await fetch(`${service.url}/sjukfall?activeDate=2026-11-20`), 403, 'assignment-required');
      await expectError(await fetch(`${service.url}/statistik?activeDate=2026-02-31`), 400, 'invalid-date');
    } finally {
      await unreachable.close();
      await none.close();
    }
  });
});
