/** `intyg fmb`, `intyg sjukfall` and `intyg statistik` through the real CLI. */

import { afterAll, describe, expect, it } from 'vitest';
import { expectNoStackTrace, runCli, tempDir, writeTemp } from './run-cli.js';

const { dir, cleanup } = tempDir('sjukfall');
afterAll(cleanup);

function cert(id: string, personId: string, from: string, to: string, code = 'F321', unit = 'SE-VE-1') {
  return JSON.stringify({
    type: 'fk7804', version: '2.0', id, status: 'signed', signedAt: `${from}T09:00`,
    patient: { personId }, issuer: { hsaId: 'SE-LAK-1', name: 'Ajla Doktor' }, unit: { hsaId: unit, name: 'VC Linden' },
    answers: { sjukskrivning: { HELT_NEDSATT: { from, to } }, diagnoser: [{ code }], sysselsattning: ['NUVARANDE_ARBETE'] },
  });
}

const file = writeTemp(dir, 'intyg.ndjson', [
  cert('a', '191212121212', '2026-11-01', '2026-11-10'),
  cert('b', '191212121212', '2026-11-16', '2026-11-30'),
  cert('c', '194011306125', '2026-11-15', '2026-12-15', 'M545', 'SE-VE-2'),
  '',
  JSON.stringify({ certificateId: 'b', subject: 'KOMPLT' }),
].join('\n'));

describe('intyg fmb', () => {
  it('shows the FMB text for the shortened code', () => {
    const run = runCli(['fmb', 'F32.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^F32 Depressiv episod/);
    expect(run.stdout).toContain('Det FMB-stöd som visas är för koden F32.');
    expect(run.stdout).toContain('Längsta rekommenderade sjukskrivning: 186 dagar.');
  });

  it('prints JSON and says when there is no support (exit 1)', () => {
    expect(JSON.parse(runCli(['fmb', 'F321', '--json']).stdout).matchedCode).toBe('F32');
    const none = runCli(['fmb', 'X99']);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('inget FMB-stöd');
  });

  it('rejects something that is not a code with exit 2', () => {
    const run = runCli(['fmb', 'hej']);
    expect(run.status).toBe(2);
    expectNoStackTrace(run);
  });
});

describe('intyg sjukfall', () => {
  it('joins certificates within the gap and prints a table', () => {
    const run = runCli(['sjukfall', file, '--date', '2026-11-20']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^Personnummer\s+Kön/);
    expect(run.stdout).toMatch(/191212121212\s+Man\s+113\s+F321\s+2026-11-01\s+2026-11-30\s+25 dagar\s+2/);
    expect(run.stderr).toContain('2 sjukfall per 2026-11-20 av 3 intyg');
  });

  it('splits with --gap 4 and filters with --unit, as JSON and CSV', () => {
    const json = JSON.parse(runCli(['sjukfall', file, '--date', '2026-11-20', '--gap', '4', '--json']).stdout);
    expect(json.find((c: any) => c.patient.personId === '191212121212')).toMatchObject({ start: '2026-11-16', certificates: 1, days: 15 });
    const csv = runCli(['sjukfall', file, '--date', '2026-11-20', '--unit', 'SE-VE-2', '--csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^194011306125;Kvinna;85;M545;/);
  });

  it('rejects a gap outside 0–90 and a broken line with its line number', () => {
    expect(runCli(['sjukfall', file, '--gap', '91']).status).toBe(2);
    const bad = writeTemp(dir, 'bad.ndjson', `${cert('a', '191212121212', '2026-11-01', '2026-11-10')}\n{nope\n`);
    const run = runCli(['sjukfall', bad, '--date', '2026-11-20']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.ndjson:2: inte giltig JSON');
    expectNoStackTrace(run);
  });
});

describe('intyg statistik', () => {
  it('groups the cases and reports the komplettering share', () => {
    const run = runCli(['statistik', file, '--date', '2026-11-20', '--json']);
    expect(run.status).toBe(0);
    const stats = JSON.parse(run.stdout);
    expect(stats.cases).toBe(2);
    expect(stats.byDiagnosisGroup.find((g: any) => g.key === 'F00-F99').total).toBe(1);
    expect(stats.komplettering).toEqual({ certificates: 3, withRequest: 1, share: 1 / 3 });
    const human = runCli(['statistik', file, '--date', '2026-11-20']).stdout;
    expect(human).toContain('2 pågående sjukfall per 2026-11-20');
    expect(human).toContain('Andel intyg med kompletteringsbegäran: 33 % (1 av 3)');
  });
});
