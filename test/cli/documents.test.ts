/**
 * The commands for the documents that are not certificates, run as a user runs them: `samtycke`
 * (exit 0 yes, 1 no), `arenden`, `indikatorer` (text, JSON, CSV and a PDF read back with
 * pdftotext) and `validate --history` for a registration's rules.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { example } from '../server/helpers.js';
import { poppler } from '../render/helpers.js';
import { generateRegion } from '../../scripts/region-generator.js';

const dir = mkdtempSync(join(tmpdir(), 'intyg-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ndjson = (name: string, documents: unknown[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`);
  return file;
};

const consents = ndjson('samtycken.ndjson', [example('samtycke-arbetsgivare', 'valid-delvis-tillbakataget'), example('samtycke-externa-aktorer', 'valid-tillbakataget-for-socialtjansten')]);

describe('intyg samtycke', () => {
  it('yes (exit 0) with the consent that applies', () => {
    const run = runCli(['samtycke', consents, '--actor', 'ARBETSGIVARE', '--date', '2026-03-18']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('Ja: Giltigt samtycke för Arbetsgivaren (inhämtat 2026-03-10, gäller till och med 2027-03-10).');
  });

  it('no (exit 1) with the reason: withdrawn for the actor, expired, withdrawn in part', () => {
    expect(runCli(['samtycke', consents, '--actor', 'SOCIALTJANSTEN', '--date', '2026-03-18'])).toMatchObject({ status: 1, stdout: 'Nej: Patienten tog tillbaka samtycket för Socialtjänsten 2026-03-01.\n' });
    expect(runCli(['samtycke', consents, '--actor', 'ARBETSGIVARE', '--date', '2027-03-11']).stdout).toContain('har gått ut');
    expect(runCli(['samtycke', consents, '--actor', 'ARBETSGIVARE', '--date', '2026-03-18', '--information', 'MEDICINSK_HANSYN']).stdout).toContain('delvis');
  });

  it('--json, and the patient chosen among several', () => {
    const other = ndjson('flera.ndjson', [example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok'), { ...example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok'), patient: { personId: '194011306125' } }]);
    expect(runCli(['samtycke', other, '--actor', 'ARBETSGIVARE']).stderr).toContain('ange vilken med --patient');
    const run = runCli(['samtycke', other, '--actor', 'ARBETSGIVARE', '--patient', '19401130-6125', '--date', '2026-03-20', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ personId: '194011306125', valid: true, consent: { validUntil: '2027-03-10' } });
  });

  it('usage errors exit 2 in Swedish: an unknown actor, a date that does not exist, a broken line', () => {
    expect(runCli(['samtycke', consents, '--actor', 'GRANNEN'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Okänd aktör "GRANNEN"') });
    expect(runCli(['samtycke', consents, '--actor', 'ARBETSGIVARE', '--date', '2026-02-30'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--date "2026-02-30" är inget datum som finns i kalendern') });
    const broken = join(dir, 'trasig.ndjson');
    writeFileSync(broken, `${JSON.stringify(example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok'))}\n{"type":\n`);
    expect(runCli(['samtycke', broken, '--actor', 'ARBETSGIVARE'])).toMatchObject({ status: 2, stderr: expect.stringContaining(`${broken}:2: inte giltig JSON`) });
  });
});

describe('intyg arenden', () => {
  const cases = ndjson('arenden.ndjson', ['valid-ny-fornya-recept', 'valid-delsvar-intyg-lakare', 'valid-avbokning-besvarad'].map((name) => example('arende-1177', name)));

  it('lists the cases waiting and late, with their due dates, in working days', () => {
    const inTime = runCli(['arenden', cases, '--date', '2026-03-19']);
    expect(inTime.status).toBe(0);
    expect(inTime.stdout).toMatch(/arende-recept\s+2026-03-18 08:42\s+2026-03-20\s+1 arbetsdag kvar\s+Förnya recept/);
    expect(inTime.stderr).toContain('3 ärenden: 1 väntar i tid, 0 sena, 2 besvarade i tid, 0 besvarade för sent.');
    const late = runCli(['arenden', cases, '--date', '2026-03-24']);
    expect(late.stdout).toContain('Sena ärenden per 2026-03-24:');
    expect(late.stdout).toMatch(/arende-recept\s+2026-03-18 08:42\s+2026-03-20\s+SEN \(2 arbetsdagar över\)/);
  });

  it('--json gives the overview', () => {
    const overview = JSON.parse(runCli(['arenden', cases, '--date', '2026-03-24', '--json']).stdout);
    expect(overview.late.map((found: { id: string }) => found.id)).toEqual(['arende-recept']);
  });

  it('reads standard input', () => {
    expect(runCli(['arenden', '-', '--date', '2026-03-19'], { input: readFileSync(cases, 'utf8') }).stdout).toContain('arende-recept');
  });
});

describe('intyg indikatorer', () => {
  const region = generateRegion({ contacts: 2000, consents: 100, cases: 10, certificates: 1500, patients: 1200, units: 4, seed: 7 });
  const file = ndjson('region.ndjson', [...region.listings, ...region.certificates, ...region.questions, ...region.contacts]);
  const args = [file, '--date', '2026-06-30', '--from', '2026-01-01', '--to', '2026-12-31'];

  it('JSON and CSV agree, one row per unit and the region', () => {
    const json = JSON.parse(runCli(['indikatorer', ...args, '--json']).stdout);
    expect(json.units).toHaveLength(4);
    const csv = runCli(['indikatorer', ...args, '--csv']).stdout.trim().split('\n');
    expect(csv).toHaveLength(6);
    expect(csv[5]).toMatch(new RegExp(`^Regionen;;${json.region.listed};${json.region.sickLeaveCases};`));
    expect(json.region.plans).toBeGreaterThan(0);
    expect(json.region.rehabCoordinatorPatients).toBeGreaterThan(0);
  });

  it('prints the report to PDF through the printer, charts and table read back', () => {
    const out = join(dir, 'indikatorer.pdf');
    const run = runCli(['indikatorer', ...args, '-o', out]);
    expect(run.status, run.stderr).toBe(0);
    const text = poppler('pdftotext', readFileSync(out), ['-layout']);
    expect(text).toContain('Kvalitetsindikatorer för sjukskrivningsprocessen');
    expect(text).toContain('Upprättade sjukskrivnings- och rehabiliteringsplaner (DV077)');
    expect(text).toContain('Vårdcentralen 1');
    expect(text).toMatch(/median \d+,\d\d/);
  });

  it('refuses --from after --to', () => {
    expect(runCli(['indikatorer', file, '--from', '2026-12-01', '--to', '2026-01-01'])).toMatchObject({ status: 2 });
  });
});

describe('intyg validate --history', () => {
  const base = 'definitions/vardkontakt-rehab/examples/invalid-dv077-saknas-vid-sjukskrivning';

  it('checks a registration against the patient\'s certificates and consents', () => {
    const run = runCli(['validate', `${base}.json`, '--today', '2026-03-20', '--history', `${base}.history.ndjson`]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fel kvaKoder dv077-vid-sjukskrivning: Under den del av rehabiliteringsprocessen där sjukskrivning är aktuell');
  });

  it('without it, whether the patient is on sick leave is unknown, and the registration says so', () => {
    const run = runCli(['validate', `${base}.json`, '--today', '2026-03-20']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('info kvaKoder sjukskrivning-okand');
  });

  it('an unreadable history is a usage error', () => {
    expect(runCli(['validate', `${base}.json`, '--history', join(dir, 'finns-inte.ndjson')])).toMatchObject({ status: 2 });
  });
});
