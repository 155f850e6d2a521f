/**
 * What the server sends is what /openapi.json says: every route's answers, good and bad, over
 * real HTTP, checked with ajv against the documented schema for their status and media type
 * (response schemas are closed, so a property the document does not know fails too). The JSON
 * the routes send equals the library's result for every example, so nothing is lost on the way,
 * and every example in the document matches its own schema.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listExamples } from '../../src/examples.js';
import { actionsOf } from '../../src/server/routes/certificates.js';
import { assertMatches, documentSchemas, type DocumentSchemas } from './openapi-ajv.js';
import { example, post, start, type Running } from './helpers.js';

let s: Running;
let doc: any;
let schemas: DocumentSchemas;
beforeAll(async () => {
  s = await start();
  doc = await (await fetch(`${s.url}/openapi.json`)).json();
  schemas = documentSchemas(doc);
});
afterAll(async () => { await s.close(); });

const valid = () => example('fk7804', 'valid-heltid-lumbago');
/** A draft and a signed certificate of the earlier FK7804 version, 1.2. */
const v12 = () => example('fk7804', 'valid-heltid-lumbago', '1.2');
const v12Signed = () => example('fk7804', 'valid-signerat-efter-avveckling', '1.2');
const context = { user: { profession: 'lakare' as const }, today: '2026-11-20' };
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
/** What the login proxy adds for a user working under a documented quality-assurance assignment. */
const ASSIGNED = { 'x-intyg-uppdrag': 'RH 2026/1234', 'x-intyg-anvandare': 'SE2321000016-R1K0' };
const consent = () => example('samtycke-arbetsgivare', 'valid-muntligt-vid-besok');
const contact = () => example('vardkontakt-rehab', 'valid-plan-vid-sjukskrivning');
const listing = { unit: 'SE2321000016-1004', unitName: 'Vårdcentralen Linden', listed: 4200 };

interface Case {
  /** `<METHOD> <path as in the document>`. */
  operation: string;
  url: string;
  init?: RequestInit;
  status: number;
}

const CASES: Case[] = [
  { operation: 'GET /types', url: '/types', status: 200 },
  { operation: 'GET /types/{id}', url: '/types/fk7804', status: 200 },
  { operation: 'GET /types/{id}', url: '/types/ingen', status: 404 },
  { operation: 'GET /types/{id}', url: '/types/STORA_BOKSTAVER', status: 400 },
  { operation: 'GET /types/{id}', url: '/types/fk7804?version=1.2', status: 200 },
  { operation: 'GET /types/{id}', url: '/types/fk7804?version=3.0', status: 422 },
  { operation: 'GET /types/{id}', url: '/types/fk7804?version=senaste', status: 400 },
  { operation: 'POST /validate', url: '/validate?today=2026-11-20', init: json(v12Signed()), status: 200 },
  { operation: 'POST /migrate', url: '/migrate?today=2024-03-12', init: json(v12()), status: 200 },
  { operation: 'POST /migrate', url: '/migrate?to=2.0&today=2024-03-12', init: json(v12()), status: 200 },
  { operation: 'POST /migrate', url: '/migrate', init: json(v12Signed()), status: 409 },
  { operation: 'POST /migrate', url: '/migrate?to=1.2', init: json(valid()), status: 422 },
  { operation: 'POST /migrate', url: '/migrate?to=9.0', init: json(v12()), status: 422 },
  { operation: 'POST /migrate', url: '/migrate?today=2024-02-30', init: json(v12()), status: 400 },
  { operation: 'POST /migrate', url: '/migrate', init: json({ ...v12(), version: '0.9' }), status: 422 },
  { operation: 'POST /validate', url: '/validate?today=2026-11-20', init: json(valid()), status: 200 },
  { operation: 'POST /validate', url: '/validate?today=2026-11-20', init: json(example('fk7804', 'invalid-overlappande-perioder')), status: 200 },
  { operation: 'POST /validate', url: '/validate?today=2026-02-31', init: json(valid()), status: 400 },
  { operation: 'POST /validate', url: '/validate?today=igar', init: json(valid()), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json('{"type":'), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json(''), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json([1, 2]), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json('{"__proto__":{}}'), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json('['.repeat(100) + ']'.repeat(100)), status: 400 },
  { operation: 'POST /validate', url: '/validate', init: json(new Array(200_001).fill(0)), status: 413 },
  { operation: 'POST /validate', url: '/validate', init: json({ ...valid(), answers: { text: 'x'.repeat(2_200_000) } }), status: 413 },
  { operation: 'POST /validate', url: '/validate', init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, status: 415 },
  { operation: 'POST /validate', url: '/validate', init: json({ ...valid(), type: 'fk0000' }), status: 422 },
  { operation: 'POST /validate', url: '/validate', init: json({ ...valid(), version: '0.9' }), status: 422 },
  { operation: 'POST /evaluate', url: '/evaluate?today=2026-11-20', init: json(valid()), status: 200 },
  { operation: 'POST /clean', url: '/clean?today=2026-11-20', init: json(valid()), status: 200 },
  { operation: 'POST /clean', url: '/clean?today=2026-11-20', init: json({ ...valid(), answers: { ...valid().answers, okandFraga: 'x' } }), status: 200 },
  { operation: 'POST /clean', url: '/clean', init: json({ ...valid(), type: 'fk0000' }), status: 422 },
  { operation: 'GET /codes/{system}', url: '/codes/icd10se?q=F32', status: 200 },
  { operation: 'GET /codes/{system}', url: '/codes/ksh97p?q=depression&limit=5', status: 200 },
  { operation: 'GET /codes/{system}', url: '/codes/okand?q=F32', status: 400 },
  { operation: 'GET /codes/{system}/{code}', url: '/codes/icd10se/F322', status: 200 },
  { operation: 'GET /codes/{system}/{code}', url: '/codes/icd10se/Q999X', status: 404 },
  { operation: 'POST /evaluate', url: '/evaluate', init: json({ type: 'fk0000' }), status: 422 },
  { operation: 'POST /actions', url: '/actions', init: json({ certificate: valid(), context }), status: 200 },
  { operation: 'POST /actions', url: '/actions', init: json({ certificate: valid() }), status: 400 },
  { operation: 'POST /actions', url: '/actions', init: json({ certificate: valid(), context: { user: {} } }), status: 400 },
  { operation: 'POST /actions/{action}', url: '/actions/sign', init: json({ certificate: valid(), context }), status: 200 },
  { operation: 'POST /actions/{action}', url: '/actions/revoke', init: json({ certificate: valid(), context }), status: 409 },
  { operation: 'POST /actions/{action}', url: '/actions/explode', init: json({ certificate: valid(), context }), status: 400 },
  { operation: 'POST /actions/{action}', url: '/actions/sign', init: json({ certificate: { ...valid(), type: 'x' }, context }), status: 422 },
  { operation: 'POST /render', url: '/render?format=html&today=2026-11-20', init: json(valid()), status: 200 },
  { operation: 'POST /render', url: '/render?today=2026-11-20', init: json(valid()), status: 200 },
  { operation: 'POST /render', url: '/render?format=html&hide=ingenting', init: json(valid()), status: 400 },
  { operation: 'POST /render', url: '/render?format=doc', init: json(valid()), status: 400 },
  { operation: 'GET /fmb/{code}', url: '/fmb/F32.1', status: 200 },
  { operation: 'GET /fmb/{code}', url: '/fmb/Z99', status: 404 },
  { operation: 'GET /fmb/{code}', url: '/fmb/inte-en-kod', status: 400 },
  { operation: 'POST /sjukfall', url: '/sjukfall', init: json({ certificates: [{ ...valid(), status: 'signed', signedAt: '2026-11-19' }], activeDate: '2026-11-25' }, ASSIGNED), status: 200 },
  { operation: 'POST /sjukfall', url: '/sjukfall', init: json({ certificates: [{ ...valid(), status: 'signed', signedAt: '2026-11-19' }], activeDate: '2026-11-25' }), status: 403 },
  { operation: 'POST /sjukfall', url: '/sjukfall', init: json({ certificates: [], activeDate: '2026-13-01' }, ASSIGNED), status: 400 },
  { operation: 'POST /sjukfall', url: '/sjukfall', init: json({ certificates: [], activeDate: '2026-02-30' }, ASSIGNED), status: 400 },
  { operation: 'POST /samtycke', url: '/samtycke', init: json({ consents: [consent()], personId: '19121212-1212', actor: 'ARBETSGIVARE', date: '2026-03-20' }), status: 200 },
  { operation: 'POST /samtycke', url: '/samtycke', init: json({ consents: [consent()], personId: '191212121212', actor: 'GRANNEN' }), status: 400 },
  { operation: 'POST /arenden', url: '/arenden', init: json({ cases: [example('arende-1177', 'valid-ny-fornya-recept')], date: '2026-03-23' }), status: 200 },
  { operation: 'POST /arenden', url: '/arenden', init: json({ cases: [], date: '2026-02-30' }), status: 400 },
  { operation: 'POST /indikatorer', url: '/indikatorer', init: json({ certificates: [{ ...valid(), status: 'signed' }], registrations: [contact()], listings: [listing], date: '2026-11-25', from: '2026-01-01', to: '2026-12-31' }), status: 200 },
  { operation: 'POST /indikatorer', url: '/indikatorer?format=csv', init: json({ registrations: [contact()], listings: [listing], to: '2026-12-31' }), status: 200 },
  { operation: 'POST /indikatorer', url: '/indikatorer?format=html', init: json({ registrations: [contact()], listings: [listing], to: '2026-12-31' }), status: 200 },
  { operation: 'POST /indikatorer', url: '/indikatorer?format=pdf', init: json({ registrations: [contact()], listings: [listing], to: '2026-12-31' }), status: 200 },
  { operation: 'POST /indikatorer', url: '/indikatorer', init: json({ from: '2026-12-01', to: '2026-01-01' }), status: 400 },
  { operation: 'POST /statistik', url: '/statistik', init: json({ certificates: [{ ...valid(), status: 'signed', signedAt: '2026-11-19' }], activeDate: '2026-11-25', questions: [{ certificateId: valid().id, subject: 'KOMPLT' }] }), status: 200 },
  { operation: 'POST /statistik', url: '/statistik', init: json({}), status: 400 },
  { operation: 'GET /health', url: '/health', status: 200 },
  // The browser is not started in these tests, so the service is not ready.
  { operation: 'GET /ready', url: '/ready', status: 503 },
  { operation: 'GET /openapi.json', url: '/openapi.json', status: 200 },
];

describe('every route answers as documented', () => {
  it.each(CASES)('$operation $url → $status', async ({ operation, url, init, status }) => {
    const [method, path] = operation.split(' ');
    const response = await fetch(`${s.url}${url}`, init);
    const text = Buffer.from(await response.arrayBuffer());
    expect(response.status, text.toString('utf8').slice(0, 300)).toBe(status);
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0];
    const schema = schemas.response(path, method.toLowerCase(), status, mediaType);
    if (mediaType === 'application/json') assertMatches(schemas, schema, JSON.parse(text.toString('utf8')), `${operation} ${status}`);
    else if (mediaType === 'application/pdf') expect(text.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    else if (mediaType === 'text/csv') expect(text.toString('utf8').split('\n')[0]).toContain('Vårdenhet;HSA-id');
    else expect(text.toString('utf8')).toContain('<html');
  });

  it('the cases reach every documented operation and a success of each', () => {
    const documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const succeeded = new Set(CASES.filter((c) => c.status < 300 || c.operation === 'GET /ready').map((c) => c.operation));
    expect(documented.filter((operation) => !succeeded.has(operation))).toEqual([]);
  });
});

describe('the routes send what the library computes', () => {
  const examples = listExamples();

  it('for every example: /validate and /evaluate equal the runtime, /actions equals the lifecycle', async () => {
    const runtime = s.server.ctx.runtime;
    for (const { type, name, payload, expect: expected } of examples) {
      const { today } = expected;
      const where = `${type}/${name}`;
      const validated = await (await post(`${s.url}/validate?today=${today}`, payload)).json();
      expect(validated, where).toEqual(runtime.validate(payload, { today }));
      assertMatches(schemas, doc.components.schemas.ValidationResult, validated, where);
      const evaluated = await (await post(`${s.url}/evaluate?today=${today}`, payload)).json();
      expect(evaluated, where).toEqual(runtime.evaluate(payload, { today }));
      assertMatches(schemas, doc.components.schemas.EvaluationResult, evaluated, where);
      if (!expected.valid) continue;
      const body = { certificate: payload as any, context: { ...context, today } };
      const actions = await (await post(`${s.url}/actions`, body)).json();
      expect(actions, where).toEqual(actionsOf(runtime, body));
      assertMatches(schemas, doc.components.schemas.ActionsResponse, actions, where);
    }
    expect(examples.length).toBeGreaterThan(100);
  });

  it('for every type and version: GET /types/{id} matches its schema and has that version', async () => {
    for (const model of s.server.ctx.runtime.models.all()) {
      const detail: any = await (await fetch(`${s.url}/types/${model.id}?version=${model.version}`)).json();
      assertMatches(schemas, doc.components.schemas.TypeDetail, detail, `${model.id} ${model.version}`);
      expect(detail.version).toBe(model.version);
      expect(detail.schema.$id).toBe(`urn:intyg:schema:${model.id}:${model.version}`);
    }
  });

  it('for every draft of an earlier version: /migrate equals the runtime', async () => {
    const runtime = s.server.ctx.runtime;
    const drafts = examples.filter((each) => each.version !== undefined && (each.payload as { status?: string }).status === 'draft');
    expect(drafts.length).toBeGreaterThan(5);
    for (const { file, payload, expect: expected } of drafts) {
      const response = await post(`${s.url}/migrate?today=${expected.today}`, payload);
      const migrated = runtime.migrate(payload, { today: expected.today });
      expect(await response.json(), file).toEqual('report' in migrated ? { certificate: migrated.certificate, report: migrated.report } : undefined);
    }
  });
});

describe('the document\'s examples', () => {
  const mediaTypes = function* () {
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        const request = op.requestBody?.content?.['application/json'];
        if (request) yield { where: `${method} ${path} request`, media: request };
        for (const [status, response] of Object.entries<any>(op.responses)) {
          const media = response.content?.['application/json'];
          if (media) yield { where: `${method} ${path} ${status}`, media };
        }
      }
    }
  };

  it('match their schemas, and every request example on /validate has its answer', () => {
    let count = 0;
    for (const { where, media } of mediaTypes()) {
      for (const [name, entry] of Object.entries<any>(media.examples ?? {})) {
        const value = entry.$ref ? doc.components.examples[entry.$ref.split('/').pop()].value : entry.value;
        assertMatches(schemas, media.schema, value, `${where} example ${name}`);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
    const validate = doc.paths['/validate'].post;
    const requests = Object.keys(validate.requestBody.content['application/json'].examples);
    expect(Object.keys(validate.responses['200'].content['application/json'].examples)).toEqual(requests);
    // One valid and (where one is about meaning, not shape) one invalid example per type.
    expect(requests.length).toBeGreaterThanOrEqual(s.server.ctx.runtime.models.size);
    const answers = Object.values<any>(validate.responses['200'].content['application/json'].examples).map((entry) => entry.value.valid);
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});
