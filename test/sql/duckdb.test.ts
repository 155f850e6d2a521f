/** DuckDB over NDJSON and Parquet answers exactly what sjukfall() and statistics() answer, case by case. */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { loadDiagnosisGroups } from '../../src/decision/load.js';
import { sjukfall, type SickLeaveCertificate } from '../../src/decision/sjukfall.js';
import { statistics } from '../../src/decision/statistics.js';
import { DuckDbRunner, stageNdjsonFile } from '../../src/sql/duckdb/runner.js';
import { NDJSON_COUNTS } from '../../src/sql/duckdb/stage.js';
import { SqlEngine } from '../../src/sql/engine.js';
import { tempDir } from '../cli/run-cli.js';
import { options, questionsFor, region, toNdjson } from './region.js';

const { dir, cleanup } = tempDir('duckdb');
const input = { chapters: loadCodeSystems().chapters.entries, diagnosisGroups: loadDiagnosisGroups().entries };
let runner: DuckDbRunner;
let engine: SqlEngine;

beforeAll(async () => {
  runner = await DuckDbRunner.open({ threads: 2 }, NDJSON_COUNTS);
  engine = new SqlEngine(runner);
});
afterAll(async () => {
  await runner?.close();
  cleanup();
});

async function stage(certs: readonly SickLeaveCertificate[], questions: readonly object[] = []): Promise<SickLeaveCertificate[]> {
  const file = join(dir, 'region.ndjson');
  writeFileSync(file, toNdjson([...certs, ...questions]));
  await stageNdjsonFile(runner, file);
  // What readNdjson gives the in-memory engine: the JSON text read back.
  return JSON.parse(JSON.stringify(certs));
}

describe('DuckDB, NDJSON', () => {
  it('finds the same cases as sjukfall() on random regions', async () => {
    await fc.assert(fc.asyncProperty(region, options, async (certs, opts) => {
      const parsed = await stage(certs);
      expect(await engine.sjukfall(opts)).toEqual(sjukfall(parsed, opts));
    }), { numRuns: 60, seed: 20261120 });
  });

  it('gives the same statistics as statistics(), komplettering included', async () => {
    await fc.assert(fc.asyncProperty(region, options, async (certs, opts) => {
      const questions = questionsFor(certs);
      const parsed = await stage(certs, questions);
      const cases = sjukfall(parsed, { activeDate: opts.activeDate, unit: opts.unit, gapDays: 5 });
      expect(await engine.statistik(opts, input)).toEqual(statistics(cases, { ...input, questions }));
    }), { numRuns: 40, seed: 20261121 });
  });
});
