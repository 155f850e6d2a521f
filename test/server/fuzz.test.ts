/**
 * fast-check over the running service (scripts/bench/service-fuzz.ts): random JSON bodies, query
 * strings and path parameters against every route /openapi.json lists. A fixed number of runs
 * here; `npm run bench:fuzz` runs many more from a seed and reports how many it tried.
 */

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemWith, requestArbitrary, routesOf, send, type Route } from '../../scripts/bench/service-fuzz.js';
import { start, type Running } from './helpers.js';

const RUNS = 400;

let s: Running;
let routes: Route[];
beforeAll(async () => {
  s = await start();
  routes = routesOf(await (await fetch(`${s.url}/openapi.json`)).json() as Parameters<typeof routesOf>[0]);
});
afterAll(async () => { await s.close(); });

describe('random requests against every route', () => {
  it('covers every documented route', () => {
    expect(routes.map((route) => `${route.method} ${route.url}`)).toEqual(expect.arrayContaining([
      'POST /validate', 'POST /evaluate', 'POST /actions', 'POST /actions/:action', 'POST /render', 'GET /types/:id', 'GET /fmb/:code', 'POST /sjukfall', 'POST /statistik', 'GET /health',
    ]));
  });

  it(`never answers 5xx, a stack trace or an error out of shape (${RUNS} inputs)`, async () => {
    const seen = new Map<string, number>();
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary(routes, s.server.ctx.runtime), async (request) => {
        tried += 1;
        seen.set(request.route, (seen.get(request.route) ?? 0) + 1);
        const problem = problemWith(await send(s.url, request));
        if (problem) throw new Error(`${request.method} ${request.path}\n${request.body?.slice(0, 500) ?? ''}\n→ ${problem}`);
      }),
      { numRuns: RUNS },
    );
    expect(tried).toBe(RUNS);
    expect(seen.size).toBe(routes.length);
    expect((await send(s.url, { method: 'GET', path: '/health', route: 'GET /health' })).status).toBe(200);
  }, 120_000);
});
