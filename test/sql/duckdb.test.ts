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
  // The record number is the staged table's rowid (stage.ts): it must be the line's place in the
  // file also when DuckDB reads a file large enough to be split between threads. Every line is a
  // certificate here, so one without id is `#` and its line number.
  it('numbers records in file order in a file read in parallel, ids missing or not', async () => {
    const lines = 250_000;
    const text = Array.from({ length: lines }, (_, i) => (i % 1000 === 999
      ? `{"type":"fk7804","status":"signed","patient":{"personId":"191212121212"},"answers":{"sjukskrivning":{}},"note":"${'x'.repeat(200)}"}`
      : `{"id":"c${i + 1}","type":"fk7804","status":"signed","patient":{"personId":"191212121212"},"answers":{"sjukskrivning":{}},"note":"${'x'.repeat(200)}"}`)).join('\n');
    const file = join(dir, 'ordered.ndjson');
    writeFileSync(file, `${text}\n`);
    expect(text.length).toBeGreaterThan(64 * 1024 * 1024);
    await stageNdjsonFile(runner, file);
    const [row] = await runner.all<{ n: string; out_of_order: string; numbered: string }>(`SELECT count(*) AS n,
      count(*) FILTER (WHERE cert_id NOT LIKE '#%' AND cert_id <> 'c' || rec) AS out_of_order,
      count(*) FILTER (WHERE cert_id = '#' || rec) AS numbered FROM staged`, []);
    expect({ n: Number(row.n), outOfOrder: Number(row.out_of_order), numbered: Number(row.numbered) }).toEqual({ n: lines, outOfOrder: 0, numbered: lines / 1000 });
  });

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

describe('DuckDB, a file larger than its read buffers', () => {
  it('keeps the line order as the last tie-break, read in parallel', async () => {
    // 12,000 patients × 3 certificates alike but for the line they are on, each patient's lines a
    // third of the file apart, padded to about 40 MB: only the line order picks the active one.
    const padding = 'x'.repeat(1000);
    const lines: SickLeaveCertificate[] = [];
    for (let round = 0; round < 3; round++) {
      for (let p = 0; p < 12_000; p++) {
        lines.push({
          id: round === 1 && p % 2 === 0 ? undefined : `r${round}p${p}`, status: 'signed', signedAt: '2026-03-01',
          patient: { personId: `19800101${String(p).padStart(4, '0')}` }, unit: { hsaId: 'SE-VE-1' },
          answers: { sjukskrivning: { HALFTEN: { from: '2026-03-01', to: '2026-03-31' } }, diagnoser: [{ code: `F${p % 100}` }] },
          padding,
        } as SickLeaveCertificate);
      }
    }
    const parsed = await stage(lines);
    const opts = { activeDate: '2026-03-15' };
    const fromDuckDb = await engine.sjukfall(opts);
    expect(fromDuckDb).toHaveLength(12_000);
    expect(fromDuckDb).toEqual(sjukfall(parsed, opts));
  });
});
