/** Bad input over HTTP: each case a 4xx with the stable error object, never a 500 or a stack. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, expectError, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start({ limits: { bytes: 256 * 1024 } }); });
afterAll(async () => { await s.close(); });

const valid = () => example('fk7804', 'valid-heltid-lumbago');

describe('transport', () => {
  it('413 for a body over the limit', async () => {
    const huge = { ...valid(), answers: { ...valid().answers, pagaendeBehandling: 'x'.repeat(300 * 1024) } };
    await expectError(await post(`${s.url}/validate`, huge), 413, 'body-too-large');
  });

  it('415 for another content type', async () => {
    const response = await fetch(`${s.url}/validate`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid()) });
    await expectError(response, 415, 'unsupported-media-type');
  });

  it('400 for JSON that does not parse, without quoting it', async () => {
    const body = await expectError(await post(`${s.url}/validate`, '{"patient": {"personId": "191212121212"'), 400, 'invalid-json');
    expect(JSON.stringify(body)).not.toContain('191212121212');
  });

  it('400 for an empty body', async () => {
    await expectError(await post(`${s.url}/validate`, ''), 400, 'empty-body');
  });

  it('400 for deep nesting', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    await expectError(await post(`${s.url}/validate`, deep), 400, 'too-deep');
    const deepAnswer = { ...valid(), answers: { x: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) } };
    await expectError(await post(`${s.url}/validate`, deepAnswer), 400, 'too-deep');
  });

  it('413 for a document with too many values', async () => {
    const small = await start({ limits: { nodes: 1000 } });
    try {
      await expectError(await post(`${small.url}/sjukfall`, { certificates: Array.from({ length: 600 }, () => ({ answers: {} })) }, { 'x-intyg-uppdrag': 'RH 2026/1234' }), 413, 'too-many-values');
    } finally {
      await small.close();
    }
  });

  it('400 for __proto__ keys', async () => {
    await expectError(await post(`${s.url}/validate`, '{"type":"fk7804","__proto__":{"polluted":true}}'), 400, 'forbidden-key');
  });

  it('404 for an unknown route, without echoing the path', async () => {
    const body = await expectError(await fetch(`${s.url}/patient/191212121212`), 404, 'not-found');
    expect(JSON.stringify(body)).not.toContain('191212121212');
  });
});

describe('payload envelope', () => {
  it('400 when the body is not an object', async () => {
    await expectError(await post(`${s.url}/validate`, '[1,2]'), 400, 'invalid-payload');
    await expectError(await post(`${s.url}/evaluate`, '"text"'), 400, 'invalid-payload');
  });

  it('422 for an unknown type or version', async () => {
    const unknown = await expectError(await post(`${s.url}/validate`, { ...valid(), type: 'fk9999' }), 422, 'unknown-type');
    expect(unknown.field).toBe('type');
    await expectError(await post(`${s.url}/render?format=html`, { ...valid(), version: '9.9' }), 422, 'unknown-version');
    const nested = await expectError(await post(`${s.url}/actions`, { certificate: { ...valid(), type: 'nej' }, context: { user: { profession: 'lakare' } } }), 422, 'unknown-type');
    expect(nested.field).toBe('certificate.type');
  });

  it('404 for an unknown type id', async () => {
    await expectError(await fetch(`${s.url}/types/fk9999`), 404, 'not-found');
  });

  it('400 for schema-invalid requests, with the field', async () => {
    const body = await expectError(await post(`${s.url}/actions`, { certificate: valid(), context: { user: { profession: 'kung' } } }), 400, 'invalid-request');
    expect(body.field).toContain('context');
    await expectError(await post(`${s.url}/sjukfall`, { certificates: 'alla' }, { 'x-intyg-uppdrag': 'RH 2026/1234' }), 400, 'invalid-request');
    await expectError(await post(`${s.url}/validate?today=igår`, valid()), 400, 'invalid-date');
    await expectError(await post(`${s.url}/validate?today=2026-02-31`, valid()), 400, 'invalid-date');
    await expectError(await post(`${s.url}/actions`, { certificate: valid(), context: { user: { profession: 'lakare' }, today: '2026-13-01' } }), 400, 'invalid-date');
    await expectError(await fetch(`${s.url}/fmb/inte-en-kod`), 400, 'invalid-request');
    await expectError(await post(`${s.url}/render?format=docx`, valid()), 400, 'invalid-request');
  });

  it('400 for print options the type does not allow, 404 for FMB without support', async () => {
    await expectError(await post(`${s.url}/render?format=html&hide=diagnos`, valid()), 400, 'invalid-render-options');
    await expectError(await fetch(`${s.url}/fmb/Z99`), 404, 'not-found');
  });

  it('never answers 500 to odd lifecycle contexts', async () => {
    const odd = [{ relations: 5 }, { existing: [{}] }, { relations: { replacedBy: 'x' } }, { questions: [{}] }, { record: { createdAt: 7 } }, { revocation: 'x' }];
    for (const extra of odd) {
      for (const route of ['/actions', '/actions/sign', '/actions/revoke', '/actions/complement', '/actions/renew']) {
        const response = await post(`${s.url}${route}`, { certificate: valid(), context: { user: { profession: 'lakare' }, today: '2026-11-20', ...extra } });
        expect(response.status, `${route} ${JSON.stringify(extra)}`).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
  });

  it('never answers 500 to arbitrary JSON on any certificate route', async () => {
    const bodies = [null, 0, true, {}, { type: 'fk7804' }, { type: 'fk7804', version: '2.0' }, { type: 'fk7804', version: '2.0', answers: [] },
      { type: 'fk7804', version: '2.0', answers: { diagnoser: 'x', sjukskrivning: [1, 2] }, patient: 5 }];
    for (const route of ['/validate', '/evaluate', '/render?format=html']) {
      for (const body of bodies) {
        const response = await post(`${s.url}${route}`, JSON.stringify(body));
        expect(response.status, `${route} ${JSON.stringify(body)}`).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
  });
});
