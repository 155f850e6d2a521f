/** `intyg sjukfall|statistik --source` through DuckDB, `--engine memory`, and `intyg export --parquet`, through the real CLI. */

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from './run-cli.js';

const { dir, cleanup } = tempDir('source');
afterAll(cleanup);

function cert(id: string | undefined, personId: string, from: string, to: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    type: 'fk7804', version: '2.0', id, status: 'signed', signedAt: `${from}T09:00`,
    patient: { personId }, issuer: { hsaId: 'SE-LAK-1', name: 'Ajla Doktor' }, unit: { hsaId: 'SE-VE-1', name: 'VC Linden' },
    answers: { sjukskrivning: { HELT_NEDSATT: { from, to } }, diagnoser: [{ code: 'F32.1' }], sysselsattning: ['NUVARANDE_ARBETE'] },
    ...extra,
  });
}

const file = writeTemp(dir, 'intyg.ndjson', [
  cert('a', '191212121212', '2026-11-01', '2026-11-10'),
  '',
  cert(undefined, '19121212-1212', '2026-11-16', '2026-11-30'),
  cert('c', '194011306125', '2026-11-15', '2026-12-15', { unit: { hsaId: 'SE-VE-2' } }),
  cert('d', '194011306125', '2026-11-01', '2026-11-30', { status: 'revoked' }),
  JSON.stringify({ certificateId: 'a', subject: 'KOMPLT' }),
].join('\n'));
const date = ['--date', '2026-11-20'];

describe('--source through DuckDB', () => {
  it('gives the same cases and statistics as --engine memory, as JSON, CSV and a table', () => {
    for (const format of [['--json'], ['--csv']]) {
      const duck = runCli(['sjukfall', '--source', file, ...date, ...format]);
      const memory = runCli(['sjukfall', file, ...date, '--engine', 'memory', ...format]);
      expect(duck.status).toBe(0);
      expect(duck.stdout).toBe(memory.stdout);
    }
    const cases = JSON.parse(runCli(['sjukfall', file, ...date, '--json']).stdout);
    expect(cases.map((c: any) => [c.patient.personId, c.certificateIds])).toEqual([['191212121212', ['a', '#2']], ['194011306125', ['c']]]);
    expect(runCli(['sjukfall', file, ...date]).stderr).toContain('2 sjukfall per 2026-11-20 av 4 intyg');
    const stats = runCli(['statistik', file, ...date, '--json']);
    expect(stats.stdout).toBe(runCli(['statistik', file, ...date, '--json', '--engine', 'memory']).stdout);
    expect(JSON.parse(stats.stdout).komplettering).toEqual({ certificates: 3, withRequest: 1, share: 1 / 3 });
  });

  it('exports Parquet that answers the same as the NDJSON it came from', () => {
    const parquet = join(dir, 'intyg.parquet');
    const exported = runCli(['export', file, '--parquet', parquet]);
    expect(exported.status).toBe(0);
    expect(exported.stderr).toContain('4 intyg skrivna till');
    for (const command of ['sjukfall', 'statistik']) {
      expect(runCli([command, '--source', parquet, ...date, '--json']).stdout).toBe(runCli([command, file, ...date, '--json']).stdout);
    }
  });

  it('says which line is wrong, and refuses contradictory options, with exit 2 and no stack trace', () => {
    const stray = writeTemp(dir, 'stray.ndjson', `${cert('a', '191212121212', '2026-11-01', '2026-11-10')}\n\n{"hej": 1}\n`);
    const broken = writeTemp(dir, 'broken.ndjson', `${cert('a', '191212121212', '2026-11-01', '2026-11-10')}\n{nope\n`);
    const runs = [
      [runCli(['sjukfall', stray, ...date]), 'stray.ndjson:3: raden är varken ett intyg'],
      [runCli(['statistik', broken, ...date]), 'broken.ndjson:2: inte giltig JSON'],
      [runCli(['sjukfall', file, '--source', file]), 'antingen som fil eller med --source'],
      [runCli(['sjukfall', '--source', join(dir, 'x.parquet'), '--engine', 'memory']), '--engine memory läser bara NDJSON'],
      [runCli(['sjukfall', '--source', join(dir, 'saknas.parquet')]), 'Kan inte läsa'],
      [runCli(['export', file]), 'Ange --parquet'],
    ] as const;
    for (const [run, message] of runs) {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(message);
      expectNoStackTrace(run);
    }
  });
});
