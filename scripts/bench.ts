/**
 * `npm run bench`: full validations per second of realistic FK7804 payloads (valid and invalid)
 * through the runtime, json-rules-engine running the emitted rules directly, a hand-written
 * JavaScript check of the same rules, and ajv over the generated schema; plus the time of
 * `intyg generate`. Prints medians with the spread of rounds, which is the machine's noise.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { compile } from '../src/compile.js';
import { SCHEMA_ANNOTATIONS } from '../src/compiler/json-schema.js';
import { GENERATED_DIR, PACKAGE_ROOT, readCompileInput } from '../src/project.js';
import { createRuntime } from '../src/runtime/runtime.js';
import { createEngine, runEngine } from '../src/runtime/engine-runner.js';
import { contextFacts, shiftDates } from '../src/rules/facts.js';
import { createIcd10Checker } from '../src/codesystems/icd10.js';
import { Fact } from 'json-rules-engine';
import { BENCH_TODAY, fk7804Payload } from './bench/fk7804-payloads.js';
import { checkFk7804 } from './bench/fk7804-handwritten.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 1000);
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

/** One warm-up round, then ROUNDS timed rounds; ops/s per round. */
async function measure(name: string, payloads: unknown[], run: (payload: any) => unknown): Promise<{ name: string; median: number; min: number; max: number }> {
  const perRound: number[] = [];
  for (let round = -1; round < ROUNDS; round += 1) {
    let ops = 0;
    const started = performance.now();
    while (performance.now() - started < ROUND_MS) {
      for (let i = 0; i < 100; i += 1) {
        const outcome = run(payloads[ops % payloads.length]);
        if (outcome instanceof Promise) await outcome;
        ops += 1;
      }
    }
    if (round >= 0) perRound.push((ops * 1000) / (performance.now() - started));
  }
  return { name, median: median(perRound), min: Math.min(...perRound), max: Math.max(...perRound) };
}

const key = (list: Array<{ field: string; code: string }>) => list.map((i) => `${i.field} ${i.code}`).sort().join('|');

async function main(): Promise<void> {
  const input = readCompileInput();
  const { models } = compile(input);
  const runtime = createRuntime(models, input.env.codeSystems);
  const icd10 = createIcd10Checker(input.env.codeSystems);
  const valid = Array.from({ length: 200 }, (_, seed) => fk7804Payload(seed, false));
  const invalid = Array.from({ length: 200 }, (_, seed) => fk7804Payload(seed, true));
  const textChars = valid.reduce((sum, p) => sum + JSON.stringify(p).length, 0) / valid.length;

  // The comparison is only fair if every contender finds the same things.
  for (const payload of [...valid, ...invalid]) {
    const ours = runtime.validate(payload, { today: BENCH_TODAY });
    const hand = checkFk7804(payload, BENCH_TODAY, icd10);
    for (const list of ['errors', 'warnings', 'info'] as const) {
      if (key(ours[list]) !== key(hand[list])) throw new Error(`hand-written check disagrees on ${list}: ${key(ours[list])} vs ${key(hand[list])}`);
    }
  }
  if (!valid.every((p) => runtime.validate(p, { today: BENCH_TODAY }).valid) || invalid.some((p) => runtime.validate(p, { today: BENCH_TODAY }).valid)) {
    throw new Error('bench payloads are not what they claim to be');
  }

  const ruleSet = JSON.parse(readFileSync(join(GENERATED_DIR, 'fk7804.rules.json'), 'utf8'));
  const engine = createEngine(ruleSet);
  const plan = runtime.plans.get('fk7804')!;
  const ajv = addFormats(new Ajv2020({ allErrors: true, keywords: [...SCHEMA_ANNOTATIONS] }));
  const schemaValidate = ajv.compile(JSON.parse(readFileSync(join(GENERATED_DIR, 'fk7804.schema.json'), 'utf8')));
  const directFacts = (payload: any) => [
    ...Object.entries(contextFacts(payload, BENCH_TODAY)).map(([id, value]) => new Fact(id, (params: { days?: number }) => shiftDates(value, params?.days))),
    ...plan.fields.map((f) => new Fact(f.field.id, (params: { days?: number }) => shiftDates(payload.answers[f.field.id], params?.days))),
  ];

  console.log(`intyg bench — Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, one core used`);
  console.log(`FK7804: ${plan.fields.length} fields, ${ruleSet.rules.length} emitted engine rules, payloads ≈${fmt(textChars)} bytes of JSON, ${ROUNDS} rounds of ${ROUND_MS} ms after a warm-up\n`);
  const results = [];
  for (const [label, payloads] of [['valid', valid], ['invalid', invalid]] as const) {
    results.push(await measure(`intyg validate() — schema checks + every rule (${label})`, payloads, (p) => runtime.validate(p, { today: BENCH_TODAY })));
    results.push(await measure(`json-rules-engine, emitted rules, one engine.run (${label})`, payloads, (p) => engine.run(directFacts(p))));
    results.push(await measure(`json-rules-engine, emitted rules, with hidden-answer masking (${label})`, payloads, (p) => runEngine(engine, plan, p.answers, contextFacts(p, BENCH_TODAY) as never)));
    results.push(await measure(`hand-written JavaScript, same rules (${label})`, payloads, (p) => checkFk7804(p, BENCH_TODAY, icd10)));
    results.push(await measure(`ajv, generated JSON Schema only (${label})`, payloads, (p) => schemaValidate(p)));
  }
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)}  ${'median ops/s'.padStart(12)}  ${'min–max (noise)'.padStart(22)}`);
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${fmt(r.median).padStart(12)}  ${`${fmt(r.min)}–${fmt(r.max)}`.padStart(22)}  ±${((100 * (r.max - r.min)) / 2 / r.median).toFixed(1)}%`);
  const ours = results[0].median;
  const engineOnce = results[1].median;
  console.log(`\nintyg validate() vs one json-rules-engine run (valid): ${(ours / engineOnce).toFixed(1)}×`);

  const generateRuns: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'intyg.mjs'), 'generate', '--check'], { cwd: PACKAGE_ROOT, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`intyg generate --check failed: ${child.stdout}${child.stderr}`);
    generateRuns.push(performance.now() - started);
  }
  const compileRuns: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const started = performance.now();
    compile(readCompileInput());
    compileRuns.push(performance.now() - started);
  }
  console.log(`intyg generate --check, whole process, ${models.length} definitions: median ${fmt(median(generateRuns))} ms (${fmt(Math.min(...generateRuns))}–${fmt(Math.max(...generateRuns))})`);
  console.log(`compile() in process (read + load + check + generate): median ${median(compileRuns).toFixed(1)} ms (${Math.min(...compileRuns).toFixed(1)}–${Math.max(...compileRuns).toFixed(1)})`);
}

await main();
