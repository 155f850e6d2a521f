/**
 * `npm run bench:fuzz`: fast-check over the HTTP service, many more inputs than the test runs,
 * from a fixed seed so a finding can be replayed: random JSON bodies, query strings and path
 * parameters against every route /openapi.json lists (scripts/bench/service-fuzz.ts). Reports how
 * many inputs it tried, per route and per status, the time, and any counterexample.
 *
 * BENCH_FUZZ_RUNS (default 20,000), BENCH_FUZZ_SEED (default 13).
 */

import { loadavg } from 'node:os';
import fc from 'fast-check';
import { pino } from 'pino';
import { buildServer } from '../src/server/app.js';
import { problemWith, requestArbitrary, routesOf, send } from './bench/service-fuzz.js';

const RUNS = Number(process.env.BENCH_FUZZ_RUNS ?? 20_000);
const SEED = Number(process.env.BENCH_FUZZ_SEED ?? 13);

async function main(): Promise<void> {
  const server = buildServer({ lazyBrowser: true, pages: 1, logStream: pino.destination({ dest: '/dev/null', sync: false }) });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  const routes = routesOf(await (await fetch(`${url}/openapi.json`)).json() as Parameters<typeof routesOf>[0]);
  const byRoute = new Map<string, number>();
  const byStatus = new Map<number, number>();
  let tried = 0;
  console.log(`bench:fuzz — ${RUNS} random requests against ${routes.length} routes, seed ${SEED}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const started = performance.now();
  const result = await fc.check(
    fc.asyncProperty(requestArbitrary(routes, server.ctx.runtime), async (request) => {
      tried += 1;
      byRoute.set(request.route, (byRoute.get(request.route) ?? 0) + 1);
      const response = await send(url, request);
      byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
      const problem = problemWith(response);
      if (problem) throw new Error(`${request.method} ${request.path}\n${request.body?.slice(0, 500) ?? ''}\n→ ${problem}`);
    }),
    { numRuns: RUNS, seed: SEED },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`tried ${tried} inputs in ${seconds.toFixed(1)} s (${(tried / seconds).toFixed(0)}/s), load average after ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log('per route:', Object.fromEntries([...byRoute].sort()));
  console.log('per status:', Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])));
  const health = await send(url, { method: 'GET', path: '/health', route: 'GET /health' });
  console.log(`/health afterwards: ${health.status} ${health.text}`);
  await server.close();
  if (result.failed) {
    console.log(`FAILED after ${result.numRuns} runs (seed ${result.seed}, path ${result.counterexamplePath}):\n${String(result.errorInstance)}`);
    process.exitCode = 1;
  } else console.log('no counterexample: never a 5xx, a stack trace or an error out of shape');
}

void main();
