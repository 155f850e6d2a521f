/**
 * `npm run bench:sjukfall`: a seeded synthetic region (default 1,000,000 FK7804 certificates for
 * 300,000 patients) through `sjukfall()`; prints generation and computation time and memory.
 * Target: computation under 5 s and the process under 1 GB on one core.
 *
 * Records are built directly in the `SickLeaveCertificate` shape (the fields sjukfall reads, as
 * the CLI keeps them) with shared strings and objects where a real import would share them too
 * (dates, units, doctors, diagnoses), not as JSON text: parsing is the CLI's cost, not the
 * algorithm's. Env: SJUKFALL_CERTS, SJUKFALL_PATIENTS, SJUKFALL_SEED.
 *
 * Then the engines side by side through the CLI (scripts/bench/sjukfall-engines.ts): NDJSON in
 * memory and through DuckDB, Parquet through DuckDB at ten times the size, and PostgreSQL.
 */

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sjukfall, type SickLeaveCertificate } from '../src/decision/sjukfall.js';
import { formatDay, parseDay } from '../src/decision/days.js';
import { compareEngines } from './bench/sjukfall-engines.js';
import { personIdCheckDigit } from '../src/util/personnummer.js';
import { rng } from './region-generator.js';

const CERTS = Number(process.env.SJUKFALL_CERTS ?? 1_000_000);
const PATIENTS = Number(process.env.SJUKFALL_PATIENTS ?? 300_000);
const SEED = Number(process.env.SJUKFALL_SEED ?? 20261120);
const ACTIVE_DATE = '2026-11-20';
const DAYS_BACK = 2 * 365;

const DIAGNOSES = ['F438A', 'F321', 'F329', 'F411', 'F430', 'M545', 'M541', 'M751', 'M179', 'S8250', 'J069', 'U071', 'C509', 'I639', 'K409', 'O210', 'R53', 'Z733', 'G439', 'N390'];
const DEGREES = ['HELT_NEDSATT', 'HELT_NEDSATT', 'HALFTEN', 'TRE_FJARDEDEL', 'EN_FJARDEDEL'];
const OCCUPATIONS = [['NUVARANDE_ARBETE'], ['NUVARANDE_ARBETE'], ['NUVARANDE_ARBETE'], ['ARBETSSOKANDE'], ['STUDIER'], ['FORALDRALEDIG']];

export function generate(certCount = CERTS, patientCount = PATIENTS, seed = SEED): SickLeaveCertificate[] {
  return Array.from(generateStream(certCount, patientCount, seed));
}

/** The region one certificate at a time, so ten million can be written to a file without holding them. */
export function* generateStream(certCount = CERTS, patientCount = PATIENTS, seed = SEED): Generator<SickLeaveCertificate> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const today = parseDay(ACTIVE_DATE);
  const firstDay = today - DAYS_BACK;
  const dates = Array.from({ length: DAYS_BACK + 400 }, (_, i) => formatDay(firstDay + i));
  const units = Array.from({ length: 60 }, (_, i) => ({ hsaId: `SE2321000016-E${String(i).padStart(4, '0')}`, name: `Vårdenhet ${i + 1}` }));
  const doctors = Array.from({ length: 1500 }, (_, i) => ({ hsaId: `SE2321000016-L${String(i).padStart(5, '0')}`, name: `Läkare ${i + 1}` }));
  const diagnoses = DIAGNOSES.flatMap((a) => [[{ code: a }], [{ code: a }, { code: pick(DIAGNOSES) }]]);
  let made = 0;
  for (let p = 0; p < patientCount && made < certCount; p++) {
    const year = 1950 + Math.floor(random() * 55);
    const birth = `${String(year % 100).padStart(2, '0')}${String(1 + Math.floor(random() * 12)).padStart(2, '0')}${String(1 + Math.floor(random() * 28)).padStart(2, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
    const patient = { personId: `${String(year).slice(0, 2)}${birth}${personIdCheckDigit(birth)}` };
    const unit = pick(units);
    // Spread the rest evenly: about 1,000,000 / 300,000 = 3.3 certificates per patient.
    const remainingPatients = patientCount - p;
    const mean = (certCount - made) / remainingPatients;
    const count = Math.max(1, Math.min(certCount - made, Math.round(mean * 2 * random() + 0.5)));
    // Day offsets from firstDay index the shared date strings.
    let day = Math.floor(random() * DAYS_BACK);
    for (let c = 0; c < count; c++) {
      const length = 7 + Math.floor(random() * 50);
      const split = random() < 0.3;
      const first = split ? Math.floor(length / 2) : length;
      const sjukskrivning: NonNullable<SickLeaveCertificate['answers']>['sjukskrivning'] = { [pick(DEGREES)]: { from: dates[day], to: dates[day + first - 1] } };
      if (split) sjukskrivning[DEGREES[2 + (c % 3)]] = { from: dates[day + first], to: dates[day + length - 1] };
      made++;
      yield {
        id: `c${made}`,
        type: 'fk7804',
        status: 'signed',
        signedAt: dates[Math.max(0, day - Math.floor(random() * 3))],
        patient,
        issuer: pick(doctors),
        unit,
        answers: { sjukskrivning, diagnoser: pick(diagnoses), sysselsattning: pick(OCCUPATIONS) },
      };
      // Usually the next certificate continues the case; sometimes after a gap or much later.
      const r = random();
      day += length + (r < 0.6 ? 0 : r < 0.8 ? Math.floor(random() * 8) : 30 + Math.floor(random() * 200));
      if (day > DAYS_BACK + 300) day = Math.floor(random() * DAYS_BACK);
    }
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function main(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  const certs = generate();
  const t1 = performance.now();
  sample();
  const rssBefore = process.memoryUsage().rss;
  const cases = sjukfall(certs, { activeDate: ACTIVE_DATE });
  const t2 = performance.now();
  sample();
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const days = cases.reduce((n, c) => n + c.days, 0);
  console.log(`sjukfall: ${certs.length.toLocaleString('en-US')} certificates, ${PATIENTS.toLocaleString('en-US')} patients, seed ${SEED}, active date ${ACTIVE_DATE}`);
  console.log(`  generate   ${Math.round(t1 - t0)} ms`);
  console.log(`  sjukfall   ${Math.round(t2 - t1)} ms → ${cases.length.toLocaleString('en-US')} ongoing cases, mean ${Math.round(days / Math.max(1, cases.length))} days  (target < 5000 ms)`);
  console.log(`  rss        ${mb(rssBefore)} after generation, ${mb(peakRss)} sampled peak, ${mb(maxRss)} max RSS of the process  (target < 1024 MB)`);
  if (t2 - t1 > 5000 || maxRss > 1024 ** 3) process.exitCode = 1;
  // The engines side by side, each a CLI process of its own (scripts/bench/sjukfall-engines.ts).
  if (process.env.SJUKFALL_ENGINES !== '0') await compareEngines({ certs: CERTS, patients: PATIENTS, seed: SEED, activeDate: ACTIVE_DATE });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
