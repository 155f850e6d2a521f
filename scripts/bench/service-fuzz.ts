/**
 * fast-check over the HTTP service: random requests against every route /openapi.json lists —
 * random and certificate-shaped JSON bodies (and some that are not JSON), random query strings
 * and path parameters, sent as raw bytes with node:http so nothing is normalised on the way.
 * The property: never a 5xx, never a stack trace, and every error in our shape. Used by
 * test/server/fuzz.test.ts (a fixed number of runs) and `npm run bench:fuzz` (a larger seeded run).
 */

import { request } from 'node:http';
import fc from 'fast-check';
import { PROFESSIONS } from '../../src/model/types.js';
import type { Runtime } from '../../src/runtime/runtime.js';

export interface Route {
  method: 'GET' | 'POST';
  /** `/types/:id`, as Fastify has it. */
  url: string;
  query: string[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  contentType?: string;
  body?: string;
  route: string;
}

export interface FuzzResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** The routes, methods and query parameter names the service documents. */
export function routesOf(openapi: { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> }): Route[] {
  return Object.entries(openapi.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase() as Route['method'],
    url: path.replace(/\{([^}]+)\}/g, ':$1'),
    query: (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name),
  })));
}

const DATES = ['2026-11-20', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '2026-11-20T14:05', '2026-11-20T25:00', '2026-11-20T14:05:00+01:00', '', 'igår'];

function text(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(...DATES) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\uD800', '\u202Eabc', '%', '%E0%A4%A', '../..', '<script>', 'a'.repeat(5000)) },
  );
}

/** Lone surrogates replaced, as encodeURIComponent cannot encode them. */
const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** Bodies shaped like certificates of a known type, with random answers: they get past the envelope. */
function certificateArbitrary(runtime: Runtime): fc.Arbitrary<Record<string, unknown>> {
  const types = [...runtime.models.values()];
  return fc.constantFrom(...types).chain((model) => {
    const ids = model.fields.map((field) => field.id);
    return fc.record({
      type: fc.oneof({ weight: 9, arbitrary: fc.constant(model.id) }, { weight: 1, arbitrary: text() }),
      version: fc.oneof({ weight: 9, arbitrary: fc.constant(model.version) }, { weight: 1, arbitrary: fc.jsonValue() }),
      status: fc.constantFrom('draft', 'signed', 'locked', 'revoked', 'x'),
      signedAt: fc.constantFrom(...DATES),
      patient: fc.oneof(fc.record({ personId: fc.constantFrom('191212121212', '19800101-T123', '121212-1212', 'x') }), fc.jsonValue()),
      answers: fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }),
    }, { requiredKeys: ['type', 'version', 'answers'] });
  });
}

function bodyArbitrary(runtime: Runtime): fc.Arbitrary<unknown> {
  const certificate = certificateArbitrary(runtime);
  const context = fc.record({
    user: fc.oneof({ weight: 4, arbitrary: fc.record({ profession: fc.constantFrom(...PROFESSIONS) }) }, { weight: 1, arbitrary: fc.jsonValue() }),
    today: fc.constantFrom(...DATES),
    relations: fc.jsonValue({ maxDepth: 2 }),
    existing: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    record: fc.jsonValue({ maxDepth: 2 }),
    config: fc.jsonValue({ maxDepth: 2 }),
    revocation: fc.jsonValue({ maxDepth: 2 }),
    questions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  }, { requiredKeys: [] });
  return fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 4, arbitrary: certificate },
    { weight: 3, arbitrary: fc.record({ certificate, context }, { requiredKeys: [] }) },
    { weight: 2, arbitrary: fc.record({ certificates: fc.array(certificate, { maxLength: 4 }), activeDate: fc.constantFrom(...DATES), unit: text(), gapDays: fc.jsonValue() }, { requiredKeys: [] }) },
  );
}

/** One random request against one of `routes`. */
export function requestArbitrary(routes: readonly Route[], runtime: Runtime): fc.Arbitrary<FuzzRequest> {
  const types = [...runtime.models.keys()];
  const param = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...types, 'sign', 'send', 'revoke', 'F32', 'F32.1', 'Z99') },
    { weight: 2, arbitrary: text().map((value) => encodeURIComponent(wellFormed(value))) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '..%2F..', 'x'.repeat(300)) },
  );
  return fc.constantFrom(...routes).chain((route) => {
    const name = fc.oneof({ weight: 4, arbitrary: route.query.length ? fc.constantFrom(...route.query) : fc.constant('today') }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...DATES, 'pdf', 'html', 'docx', 'diagnos', 'diagnos,okand') },
      { weight: 2, arbitrary: text() },
    );
    return fc.record({
      params: fc.array(param, { minLength: 2, maxLength: 2 }),
      query: fc.array(fc.tuple(name, value), { maxLength: 4 }),
      rawQuery: fc.option(fc.constantFrom('&&=', '%', 'a=%ZZ', 'today', '=x', '?'), { nil: undefined }),
      body: bodyArbitrary(runtime),
      notJson: fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.constant('{"type":')), { freq: 8, nil: undefined }),
      contentType: fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/problem+json') }),
    }).map(({ params, query, rawQuery, body, notJson, contentType }): FuzzRequest => {
      let index = 0;
      const path = route.url.replace(/:[A-Za-z0-9_]+/g, () => params[index++]);
      const search = new URLSearchParams(query).toString() + (rawQuery ? `&${rawQuery}` : '');
      return {
        method: route.method,
        path: `${path}${search ? `?${search}` : ''}`,
        route: `${route.method} ${route.url}`,
        ...(route.method === 'POST' ? { contentType, body: notJson ?? JSON.stringify(body) } : {}),
      };
    });
  });
}

export function send(url: string, fuzz: FuzzRequest): Promise<FuzzResponse> {
  const { hostname, port } = new URL(url);
  const body = fuzz.body === undefined ? undefined : Buffer.from(fuzz.body);
  return new Promise((resolve, reject) => {
    const req = request({
      host: hostname, port, method: fuzz.method, path: fuzz.path,
      headers: body ? { 'content-type': fuzz.contentType ?? 'application/json', 'content-length': body.length } : {},
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A V8 stack frame or a source path; payload text echoed in a message cannot look like this. */
const STACK = /\n\s+at .+\(.+:\d+:\d+\)|node_modules\/|\.[jt]s:\d+:\d+/;

/** 503s the service means: not ready yet, print queue full, no browser, shutting down. */
const UNAVAILABLE = new Set(['not-ready', 'print-queue-full', 'browser-missing', 'shutting-down']);

/** What every answer must satisfy; returns the problem, or null. */
export function problemWith(response: FuzzResponse): string | null {
  const unavailable = response.status === 503 && UNAVAILABLE.has((/"code":"([a-z-]+)"/.exec(response.text) ?? [])[1] ?? '');
  if (response.status >= 500 && !unavailable) return `status ${response.status}: ${response.text.slice(0, 300)}`;
  const type = String(response.headers['content-type']);
  if (!type.startsWith('application/pdf') && STACK.test(response.text)) return `stack-like text: ${response.text.slice(0, 300)}`;
  if (response.status >= 400) {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(response.text);
    } catch {
      return `error body is not JSON: ${response.text.slice(0, 200)}`;
    }
    if (typeof body.code !== 'string' || typeof body.message !== 'string' || typeof body.messageEn !== 'string') return `error not in our shape: ${response.text.slice(0, 200)}`;
  }
  if (response.headers['x-content-type-options'] !== 'nosniff') return 'no nosniff header';
  return null;
}
