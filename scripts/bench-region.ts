/**
 * `npm run bench:region`: a seeded region's year (300,000 registered care contacts, 50,000
 * consents, 100,000 1177 cases, 100,000 certificates with Försäkringskassan's questions, 30
 * units) checked on one core, in memory: every consent validated into the patients' history,
 * every contact validated against it (sick leave through sjukfall(), valid consent for the actor),
 * every case validated and set against its reply deadline, and the quality indicators computed.
 * Target ≤ 5 s. Prints the median of BENCH_REGION_RUNS runs (default 3), each part, a baseline
 * measured in the same run (the contacts validated without a history), and the load average.
 * Env: BENCH_REGION_CONTACTS, _CONSENTS, _CASES, _CERTIFICATES, _RUNS, _SEED.
 */

import { loadavg } from 'node:os';
import { caseOverview } from '../src/documents/cases.js';
import { createHistory } from '../src/documents/history.js';
import { indicators } from '../src/documents/indicators.js';
import type { SickLeaveCertificate } from '../src/decision/sjukfall.js';
import { loadRuntime } from '../src/project.js';
import { DEFAULT_REGION, generateRegion } from './region-generator.js';

const env = (name: string, fallback: number) => Number(process.env[`BENCH_REGION_${name}`] ?? fallback);
const options = {
  contacts: env('CONTACTS', DEFAULT_REGION.contacts), consents: env('CONSENTS', DEFAULT_REGION.consents), cases: env('CASES', DEFAULT_REGION.cases),
  certificates: env('CERTIFICATES', DEFAULT_REGION.certificates), seed: env('SEED', DEFAULT_REGION.seed),
};
const RUNS = env('RUNS', 3);
const TODAY = `${DEFAULT_REGION.year}-12-31`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const runtime = loadRuntime();
let started = process.hrtime.bigint();
const region = generateRegion(options);
console.log(`genererade ${region.contacts.length} vårdkontakter, ${region.consents.length} samtycken, ${region.cases.length} ärenden, ${region.certificates.length} intyg, ${region.questions.length} frågor på ${(ms(started) / 1000).toFixed(1)} s`);

interface Run { history: number; contacts: number; cases: number; indicators: number; total: number; cpu: number; baseline: number; outcome: string }

function once(): Run {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let t = process.hrtime.bigint();
  const history = createHistory(runtime, { certificates: region.certificates, consents: region.consents }, { today: TODAY });
  const historyMs = ms(t);
  t = process.hrtime.bigint();
  let invalidContacts = 0, warnings = 0;
  for (const contact of region.contacts) {
    const result = runtime.validate(contact, { today: TODAY, history });
    if (!result.valid) invalidContacts += 1;
    warnings += result.warnings.length;
  }
  const contactsMs = ms(t);
  t = process.hrtime.bigint();
  let invalidCases = 0;
  for (const found of region.cases) if (!runtime.validate(found, { today: TODAY }).valid) invalidCases += 1;
  const overview = caseOverview(region.cases, runtime.models, TODAY);
  const casesMs = ms(t);
  t = process.hrtime.bigint();
  const result = indicators(
    { certificates: region.certificates as SickLeaveCertificate[], questions: region.questions, registrations: region.contacts, listings: region.listings },
    { date: TODAY, from: `${DEFAULT_REGION.year}-01-01`, to: TODAY, models: runtime.models },
  );
  const indicatorsMs = ms(t);
  const total = ms(start);
  // CPU time of this process: what other work on the machine cannot add to, unlike wall time.
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1000;
  t = process.hrtime.bigint();
  for (const contact of region.contacts) runtime.validate(contact, { today: TODAY });
  const baseline = ms(t);
  const outcome = `${history.rejectedConsents.length} samtycken räknades inte; ${invalidContacts} kontakter med fel, ${warnings} varningar; ${invalidCases} ärenden med fel, `
    + `${overview.answeredLate + overview.late.length} sena (${overview.late.length} obesvarade); regionen: ${result.region.sickLeaveCases} sjukfall, median ${result.medianCasesPer1000} per 1000, `
    + `${result.region.rehabCoordinatorPatients} patienter med GC001, ${result.region.plans} planer DV077`;
  return { history: historyMs, contacts: contactsMs, cases: casesMs, indicators: indicatorsMs, total, cpu, baseline, outcome };
}

const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  runs.push(once());
  console.log(`körning ${i + 1}: ${(runs[i].total / 1000).toFixed(2)} s (processorns tid ${(runs[i].cpu / 1000).toFixed(2)} s)`);
}
const m = (key: keyof Omit<Run, 'outcome'>) => median(runs.map((run) => run[key]));
console.log(runs[0].outcome);
console.log(`median av ${RUNS}: totalt ${(m('total') / 1000).toFixed(2)} s, processorns tid ${(m('cpu') / 1000).toFixed(2)} s (mål ≤ 5 s): samtycken till historik ${(m('history') / 1000).toFixed(2)} s, vårdkontakter ${(m('contacts') / 1000).toFixed(2)} s, ärenden ${(m('cases') / 1000).toFixed(2)} s, indikatorer ${(m('indicators') / 1000).toFixed(2)} s`);
console.log(`baslinje i samma körning: vårdkontakterna utan historik ${(m('baseline') / 1000).toFixed(2)} s; med historik ${(m('contacts') / m('baseline')).toFixed(2)}× så lång tid`);
console.log(`lastmedelvärde (1, 5, 15 min): ${loadavg().map((value) => value.toFixed(2)).join(', ')}; minne (RSS) ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
if (m('total') > 5000) process.exitCode = 1;
