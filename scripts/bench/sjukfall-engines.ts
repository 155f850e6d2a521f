/**
 * The sick-leave engines side by side, each run as the user runs it: `intyg sjukfall … --json` as
 * a process of its own, timed wall-clock with its peak RSS (GNU time), median of SJUKFALL_RUNS.
 *
 *   memory    NDJSON read and parsed in Node (`--engine memory`): the baseline
 *   duckdb    the same NDJSON through DuckDB (the default for files)      target ≤ 3 s, ≤ 1 GB at 1M
 *   parquet   SJUKFALL_LARGE certificates (10M) exported to Parquet       target ≤ 20 s, ≤ 2 GB
 *   postgres  the 1M region loaded into a throwaway PostgreSQL server     target ≤ 10 s
 *
 * Every engine's output must be byte-identical to the in-memory one of the same region. The data
 * files are kept in SJUKFALL_DATA (default /tmp/intyg-bench-sjukfall) and reused by later runs.
 * SJUKFALL_LARGE=0 skips the 10M part, SJUKFALL_LARGE_MEMORY=0 only its in-memory baseline.
 */

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { PACKAGE_ROOT } from '../../src/util/package-root.js';
import { startPostgres } from '../../test/helpers/postgres.js';
import { generateStream } from '../bench-sjukfall.js';

const RUNS = Number(process.env.SJUKFALL_RUNS ?? 3);
const LARGE = Number(process.env.SJUKFALL_LARGE ?? 10_000_000);
const DATA = process.env.SJUKFALL_DATA ?? '/tmp/intyg-bench-sjukfall';
const TIMEOUT_MS = 15 * 60_000;

interface Region { certs: number; patients: number; seed: number; activeDate: string }
interface Run { seconds: number; rssMb: number; ok: boolean; digest: string; error?: string }

const fmt = (n: number) => n.toLocaleString('en-US');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function writeNdjson(file: string, region: Region): Promise<void> {
  if (existsSync(file)) return;
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let buffer = '';
  for (const cert of generateStream(region.certs, region.patients, region.seed)) {
    buffer += `${JSON.stringify({ ...cert, version: '2.0' })}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  renameSync(partial, file);
}

/** One CLI process under GNU time; stdout hashed so engines can be compared. */
function cli(args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync('/usr/bin/time', ['-f', '@@ %e %M', process.execPath, join(PACKAGE_ROOT, 'bin', 'intyg.mjs'), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 30, timeout: TIMEOUT_MS, env: { ...process.env, ...env },
  });
  const measured = /@@ ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  const ok = result.status === 0 && measured !== null;
  return {
    seconds: measured ? Number(measured[1]) : NaN,
    rssMb: measured ? Math.round(Number(measured[2]) / 1024) : NaN,
    ok,
    digest: createHash('sha256').update(result.stdout ?? '').digest('hex').slice(0, 12),
    error: ok ? undefined : (result.error?.message ?? result.stderr?.split('\n').filter((l) => !l.startsWith('@@')).slice(-3).join(' ')),
  };
}

function repeat(label: string, args: string[], runs = RUNS, env: Record<string, string> = {}): Run {
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const run = cli(args, env);
    all.push(run);
    if (!run.ok) break;
  }
  const ok = all.every((r) => r.ok);
  const summary: Run = { seconds: median(all.map((r) => r.seconds)), rssMb: Math.max(...all.map((r) => r.rssMb)), ok, digest: all[0].digest, error: all.find((r) => !r.ok)?.error };
  const times = all.map((r) => r.seconds.toFixed(2)).join(', ');
  console.log(`  ${label.padEnd(34)} ${ok ? `${summary.seconds.toFixed(2).padStart(6)} s  ${String(summary.rssMb).padStart(5)} MB peak RSS  (runs: ${times}; load ${load()})` : `failed: ${summary.error}`}`);
  return summary;
}

function verdict(name: string, run: Run, seconds: number, mb: number | null, baseline: Run): boolean {
  const pass = run.ok && run.seconds <= seconds && (mb === null || run.rssMb <= mb);
  const ratio = baseline.ok && run.ok ? `, ${(baseline.seconds / run.seconds).toFixed(1)}× faster than memory` : '';
  console.log(`  → ${name}: ${pass ? 'meets' : 'MISSES'} ≤ ${seconds} s${mb === null ? '' : ` and ≤ ${mb} MB`}${ratio}`);
  return pass;
}

export async function compareEngines(region: Region): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const key = (n: number) => `${n}-${Math.round((region.patients * n) / region.certs)}-${region.seed}`;
  const query = ['--date', region.activeDate, '--json'];
  console.log(`\nengines: ${cpus().length} cores, load average ${load()}; median of ${RUNS} runs; data in ${DATA}`);

  const ndjson = join(DATA, `region-${key(region.certs)}.ndjson`);
  await writeNdjson(ndjson, region);
  console.log(`\n${fmt(region.certs)} certificates, NDJSON ${Math.round(statSync(ndjson).size / 1024 / 1024)} MB`);
  const memory = repeat('memory (--engine memory)', ['sjukfall', ndjson, '--engine', 'memory', ...query]);
  const duckdb = repeat('duckdb, NDJSON', ['sjukfall', ndjson, ...query]);
  const same = (run: Run) => (run.ok && memory.ok ? (run.digest === memory.digest ? 'same output as memory' : 'OUTPUT DIFFERS FROM MEMORY') : '');
  console.log(`  ${same(duckdb)}`);
  let pass = verdict('duckdb NDJSON', duckdb, 3, 1024, memory);

  const server = await startPostgres();
  try {
    const loaded = repeat('postgres: intyg load', ['load', ndjson, '--into', server.url], 1);
    const postgres = repeat('postgres, store', ['sjukfall', '--source', server.url, ...query]);
    console.log(`  ${same(postgres)}`);
    pass = verdict('postgres', postgres, 10, null, memory) && loaded.ok && pass;
  } finally {
    server.stop();
  }

  if (LARGE > 0) {
    const large = { ...region, certs: LARGE, patients: Math.round((region.patients * LARGE) / region.certs) };
    const largeNdjson = join(DATA, `region-${key(LARGE)}.ndjson`);
    const parquet = join(DATA, `region-${key(LARGE)}.parquet`);
    await writeNdjson(largeNdjson, large);
    console.log(`\n${fmt(LARGE)} certificates, NDJSON ${Math.round(statSync(largeNdjson).size / 1024 / 1024)} MB`);
    if (!existsSync(parquet)) repeat('intyg export --parquet', ['export', largeNdjson, '--parquet', parquet], 1);
    console.log(`  Parquet ${Math.round(statSync(parquet).size / 1024 / 1024)} MB`);
    // Minutes and 5 GB: SJUKFALL_LARGE_MEMORY=0 leaves the in-memory baseline out of a rerun.
    const largeMemory = process.env.SJUKFALL_LARGE_MEMORY === '0'
      ? { seconds: NaN, rssMb: NaN, ok: false, digest: '', error: 'not run (SJUKFALL_LARGE_MEMORY=0)' }
      : repeat('memory (--engine memory)', ['sjukfall', largeNdjson, '--engine', 'memory', ...query], 1, { NODE_OPTIONS: '--max-old-space-size=16384' });
    const largeDuck = repeat('duckdb, Parquet', ['sjukfall', '--source', parquet, ...query], RUNS);
    if (largeMemory.ok) console.log(`  ${largeDuck.digest === largeMemory.digest ? 'same output as memory' : 'OUTPUT DIFFERS FROM MEMORY'}`);
    pass = verdict('duckdb Parquet', largeDuck, 20, 2048, largeMemory) && pass;
  }
  if (!pass) process.exitCode = 1;
}
