/**
 * `npm run bench:serve`: the HTTP service on loopback under autocannon, in one run:
 *   1. POST /echo — a bare Fastify route that returns the body, in the same app (parser, hooks,
 *      logging) as the service: the framework's ceiling on this machine;
 *   2. POST /validate with a realistic FK7804 payload — targets ≥ 60 % of (1), p99 ≤ 20 ms;
 *   3. POST /render?format=pdf — target ≥ 25 PDFs/s with no errors over 30 s;
 *   4. a bounded soak: N renders (default 5,000), RSS of the server before and after.
 * The server runs in a child process so autocannon does not share its event loop; logs go to
 * /dev/null (they are still formatted and written, as in production).
 *
 * BENCH_SERVE_SECONDS (default 10) for 1–2, BENCH_SERVE_PDF_SECONDS (default 30),
 * BENCH_SERVE_SOAK (default 5000; 0 skips it; BENCH_SERVE_SOAK_ONLY=1 runs only the soak), BENCH_SERVE_CONNECTIONS (default 10), BENCH_SERVE_PAGES
 * (default 2: the printer's page pool).
 */

import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_TODAY, fk7804Payload } from './bench/fk7804-payloads.js';

const SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 10);
const PDF_SECONDS = Number(process.env.BENCH_SERVE_PDF_SECONDS ?? 30);
const SOAK = Number(process.env.BENCH_SERVE_SOAK ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_SERVE_CONNECTIONS ?? 10);
const PAGES = Number(process.env.BENCH_SERVE_PAGES ?? 2);

async function child(): Promise<void> {
  const { pino } = await import('pino');
  const { buildServer, startBrowser } = await import('../src/server/app.js');
  const server = buildServer({ lazyBrowser: true, pages: PAGES, logStream: pino.destination({ dest: '/dev/null', sync: false }) });
  server.app.post('/echo', { schema: { hide: true } }, async (request) => request.body);
  // After a full GC, so what is left is what the server holds on to, not garbage not yet collected.
  server.app.get('/_rss', { schema: { hide: true } }, async () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, external } = process.memoryUsage();
    return { rss, heapUsed, external };
  });
  await startBrowser(server.ctx);
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  process.send!({ url });
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

function startChild(): Promise<{ proc: ChildProcess; url: string }> {
  const proc = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, BENCH_SERVE_CHILD: '1' }, execArgv: ['--import', 'tsx', '--expose-gc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (message: { url: string }) => resolve({ proc, url: message.url }));
    proc.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

interface Cell { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; total: number }

async function run(name: string, options: autocannon.Options): Promise<Cell> {
  const result = await autocannon({ connections: CONNECTIONS, ...options });
  const cell = { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, total: result.requests.total };
  console.log(`${name.padEnd(28)} ${cell.rps.toFixed(0).padStart(7)}/s  p50 ${String(cell.p50).padStart(4)} ms  p99 ${String(cell.p99).padStart(4)} ms  ${cell.total} requests, ${cell.errors} errors, ${cell.non2xx} non-2xx`);
  return cell;
}

type Memory = { rss: number; heapUsed: number; external: number };
async function memory(url: string): Promise<Memory> {
  const raw = (await (await fetch(`${url}/_rss`)).json()) as Memory;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return { rss: mb(raw.rss), heapUsed: mb(raw.heapUsed), external: mb(raw.external) };
}

async function main(): Promise<void> {
  const { proc, url } = await startChild();
  const body = JSON.stringify(fk7804Payload(1, false));
  const post = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body };
  console.log(`bench:serve — ${url}, payload ${body.length} bytes, ${CONNECTIONS} connections, ${PAGES} pages, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  // Warm-up: JIT, the runtime's first-call caches, the browser's first pages.
  await run('warm-up', { url: `${url}/validate?today=${BENCH_TODAY}`, ...post, duration: 2 });
  await run('warm-up pdf', { url: `${url}/render?format=pdf&printedAt=${BENCH_TODAY}T14:05`, ...post, duration: 2, connections: 4 });

  const skipRates = process.env.BENCH_SERVE_SOAK_ONLY === '1';
  if (!skipRates) await rates(url, post);
  if (SOAK > 0) await soakRun(url, post);
  proc.disconnect();
  await new Promise((resolve) => proc.once('exit', resolve));
}

async function rates(url: string, post: Pick<autocannon.Options, 'method' | 'headers' | 'body'>): Promise<void> {
  const echo = await run('echo (Fastify ceiling)', { url: `${url}/echo`, ...post, duration: SECONDS });
  const validate = await run('POST /validate FK7804', { url: `${url}/validate?today=${BENCH_TODAY}`, ...post, duration: SECONDS });
  const pdf = await run('POST /render pdf', { url: `${url}/render?format=pdf&printedAt=${BENCH_TODAY}T14:05`, ...post, duration: PDF_SECONDS, connections: 4 });

  const share = validate.rps / echo.rps;
  console.log(`\nvalidation ${(share * 100).toFixed(0)} % of echo (target ≥ 60 %), p99 ${validate.p99} ms (target ≤ 20 ms): ${share >= 0.6 && validate.p99 <= 20 ? 'OK' : 'MISSED'}`);
  console.log(`printing ${pdf.rps.toFixed(1)} PDFs/s (target ≥ 25), ${pdf.errors + pdf.non2xx} failed: ${pdf.rps >= 25 && pdf.errors + pdf.non2xx === 0 ? 'OK' : 'MISSED'}`);
}

async function soakRun(url: string, post: Pick<autocannon.Options, 'method' | 'headers' | 'body'>): Promise<void> {
  const before = await memory(url);
  const soak = await run(`soak ${SOAK} renders`, { url: `${url}/render?format=pdf&printedAt=${BENCH_TODAY}T14:05`, ...post, amount: SOAK, connections: 4 });
  const after = await memory(url);
  const show = (m: Memory) => `RSS ${m.rss} MB, heap ${m.heapUsed} MB, external ${m.external} MB`;
  console.log(`soak: server before ${show(before)}; after ${soak.total} renders ${show(after)}; ${soak.errors + soak.non2xx} failed`);
}

await (process.env.BENCH_SERVE_CHILD ? child() : main());
