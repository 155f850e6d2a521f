/** The log stream never holds a personnummer or free text; /openapi.json lists every route. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start({ logLevel: 'debug' }); });
afterAll(async () => { await s.close(); });

describe('logs', () => {
  it('carry request ids and never the personnummer or the answers', async () => {
    const certificate = example('fk7804', 'valid-heltid-lumbago');
    const personId = certificate.patient.personId as string;
    const freeText = certificate.answers.yrkeOchArbetsuppgifter as string;
    const context = { user: { profession: 'lakare' }, today: '2026-11-20' };
    const calls = [
      post(`${s.url}/validate?today=2026-11-20`, certificate),
      post(`${s.url}/evaluate?today=${personId}`, certificate),
      post(`${s.url}/actions`, { certificate, context }),
      post(`${s.url}/actions/sign`, { certificate, context }),
      post(`${s.url}/render?format=html&printedAt=${personId}`, certificate),
      post(`${s.url}/validate`, { ...certificate, type: personId }),
      post(`${s.url}/validate`, `{"patient":{"personId":"${personId}"`),
      post(`${s.url}/sjukfall`, { certificates: [{ ...certificate, status: 'signed' }], activeDate: '2026-11-25' }),
      fetch(`${s.url}/fmb/F32.1?personId=${personId}`),
      fetch(`${s.url}/patient/${personId}`),
      fetch(`${s.url}/health`, { headers: { 'x-request-id': personId } }),
    ];
    for (const response of await Promise.all(calls)) await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = s.logs.join('');
    expect(s.logs.length).toBeGreaterThanOrEqual(calls.length);
    expect(text).not.toContain(personId);
    expect(text).not.toContain(personId.slice(0, 8));
    expect(text).not.toContain(freeText.slice(0, 30));
    expect(text).not.toContain('F32');
    const lines = s.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
    expect(lines.every((line) => typeof line.reqId === 'string' && typeof line.status === 'number')).toBe(true);
    expect(lines.some((line) => line.type === 'fk7804' && line.route === '/validate')).toBe(true);
    expect(lines.some((line) => line.route === '/fmb/:code')).toBe(true);
  });
});

describe('openapi', () => {
  it('parses, is 3.1, lists every route and refers to the generated schemas', async () => {
    const response = await fetch(`${s.url}/openapi.json`);
    expect(response.status).toBe(200);
    const doc = JSON.parse(await response.text());
    expect(doc.openapi).toBe('3.1.0');
    const listed = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const registered = s.server.app.printRoutes({ commonPrefix: false });
    for (const route of ['GET /types', 'GET /types/{id}', 'POST /validate', 'POST /evaluate', 'POST /actions', 'POST /actions/{action}', 'POST /render',
      'GET /fmb/{code}', 'POST /sjukfall', 'POST /statistik', 'GET /openapi.json', 'GET /health', 'GET /ready']) {
      expect(listed).toContain(route);
    }
    expect(registered).toContain('validate');
    // The components are the generated schemas themselves, $id included, whatever form the $id takes.
    for (const [id, { $schema: _dialect, $comment: _banner, ...schema }] of s.server.ctx.schemas.byId) {
      expect(typeof schema.$id).toBe('string');
      expect(doc.components.schemas[id]).toEqual(schema);
    }
    const validateBody = doc.paths['/validate'].post.requestBody.content['application/json'].schema;
    expect(validateBody.oneOf).toContainEqual({ $ref: '#/components/schemas/fk7804' });
    expect(JSON.stringify(doc)).not.toContain('x-certificate-at');
    // Every $ref resolves inside the document.
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas).toHaveProperty(ref);
    expect(doc.paths['/render'].post.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['format', 'hide']));
  });
});
