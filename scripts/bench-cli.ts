/**
 * `npm run bench:cli`: how long `intyg` takes as a whole process, which is what a user and a
 * script calling it feel. Each command runs interleaved with `node -e 0` in the same rounds, so
 * the figures are ratios against Node's own start-up on this machine at this moment; medians,
 * with the min–max spread, and the load average before and after. Targets (issue 10):
 * validate ≤ 4×, --help ≤ 3×, check fk7804 ≤ 500 ms, generate all types cold ≤ 1 s, the watch
 * rebuild after a one-field edit ≤ 150 ms, `intyg main` ≤ 5 s.
 */

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/project-paths.js';

const ROUNDS = Number(process.env.BENCH_CLI_ROUNDS ?? 11);
const MAIN_ROUNDS = Number(process.env.BENCH_CLI_MAIN_ROUNDS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'intyg-bench-cli-'));
const bin = join(PACKAGE_ROOT, 'bin', 'intyg.mjs');
const example = 'definitions/fk7804/examples/valid-deltid-ojamn-arbetstid.json';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

interface Case {
  name: string;
  args: (round: number) => string[];
  target: { ratio?: number; ms?: number };
  rounds?: number;
}

const CASES: Case[] = [
  { name: 'intyg --help', args: () => [bin, '--help'], target: { ratio: 3 } },
  { name: `intyg validate <FK7804>`, args: () => [bin, 'validate', example, '--today', '2026-11-20'], target: { ratio: 4 } },
  { name: 'intyg check definitions/fk7804', args: () => [bin, 'check', 'definitions/fk7804'], target: { ms: 500 } },
  { name: 'intyg generate (all types, cold, fresh --out)', args: (round) => [bin, 'generate', '--out', join(scratch, `out-${round}`)], target: { ms: 1000 } },
  { name: 'intyg main', args: () => [bin, 'main'], target: { ms: 5000 }, rounds: MAIN_ROUNDS },
];

/** Edits one field's label in a copy of the definitions and times until the watcher has rewritten the model. */
async function watchRebuild(): Promise<{ printed: number[]; endToEnd: number[] }> {
  const definitions = join(scratch, 'watch', 'definitions');
  const out = join(scratch, 'watch', 'generated');
  cpSync(join(PACKAGE_ROOT, 'definitions'), definitions, { recursive: true });
  const child = spawn(process.execPath, [bin, 'generate', '--watch', '--definitions', definitions, '--out', out], { cwd: PACKAGE_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const waitFor = (pattern: RegExp, from: number) => new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout waiting for ${pattern}: ${stderr}`)), 20_000);
    const check = () => {
      const match = pattern.exec(stderr.slice(from));
      if (match) {
        clearTimeout(timer);
        child.stderr!.off('data', check);
        resolve(match);
      }
    };
    child.stderr!.on('data', check);
    check();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await waitFor(/Bevakar/, 0);
  const file = join(definitions, 'fk7804', 'definition.yaml');
  const model = join(out, 'fk7804.model.json');
  const original = readFileSync(file, 'utf8');
  const printed: number[] = [];
  const endToEnd: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const from = stderr.length;
    const before = statSync(model).mtimeMs;
    const started = performance.now();
    writeFileSync(file, original.replace('label: Förhållningsregler enligt smittskyddslagen på grund av smitta', `label: Förhållningsregler enligt smittskyddslagen på grund av smitta ${round}`));
    const match = await waitFor(/\((\d+) ms\)/, from);
    endToEnd.push(performance.now() - started);
    printed.push(Number(match[1]));
    if (statSync(model).mtimeMs === before) throw new Error('the watcher did not rewrite fk7804.model.json');
  }
  child.kill('SIGTERM');
  return { printed, endToEnd };
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  console.log(`bench:cli — ${ROUNDS} rounds (intyg main: ${MAIN_ROUNDS}), each command interleaved with \`node -e 0\`; medians (min–max).`);
  for (const entry of CASES) timed(entry.args(-1)); // warm the page cache and dist/
  const rows: string[] = [];
  for (const entry of CASES) {
    const command: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < (entry.rounds ?? ROUNDS); round += 1) {
      baseline.push(timed(['-e', '0']));
      command.push(timed(entry.args(round)));
    }
    const ratio = median(command) / median(baseline);
    const ok = entry.target.ratio !== undefined ? ratio <= entry.target.ratio : median(command) <= entry.target.ms!;
    const target = entry.target.ratio !== undefined ? `≤ ${entry.target.ratio}×` : `≤ ${entry.target.ms} ms`;
    rows.push(`| ${entry.name} | ${median(command).toFixed(0)} ms (${Math.min(...command).toFixed(0)}–${Math.max(...command).toFixed(0)}) | ${median(baseline).toFixed(0)} ms | ${ratio.toFixed(2)}× | ${target} | ${ok ? 'ok' : 'MISSED'} |`);
  }
  const watch = await watchRebuild();
  rows.push(`| generate --watch, one-field edit: rebuild as printed | ${median(watch.printed).toFixed(0)} ms (${Math.min(...watch.printed)}–${Math.max(...watch.printed)}) | | | ≤ 150 ms | ${median(watch.printed) <= 150 ? 'ok' : 'MISSED'} |`);
  rows.push(`| generate --watch, save → model rewritten (incl. 30 ms debounce) | ${median(watch.endToEnd).toFixed(0)} ms (${Math.min(...watch.endToEnd).toFixed(0)}–${Math.max(...watch.endToEnd).toFixed(0)}) | | | | |`);
  console.log('\n| command | median | `node -e 0` | ratio | target | |\n|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  const loadAfter = loadavg();
  console.log(`\nload average before ${loadBefore.map((value) => value.toFixed(2)).join(' ')}, after ${loadAfter.map((value) => value.toFixed(2)).join(' ')}; node ${process.version}.`);
}

try {
  await main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
