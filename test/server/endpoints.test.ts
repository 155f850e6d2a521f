/** Every endpoint over real HTTP on a loopback port, happy paths. */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const valid = () => example('fk7804', 'valid-heltid-lumbago');

describe('types', () => {
  it('lists every certificate type', async () => {
    const body: any = await (await fetch(`${s.url}/types`)).json();
    expect(body.types.map((t: { id: string }) => t.id)).toContain('fk7804');
    expect(body.types.length).toBe(s.server.ctx.runtime.models.size);
  });

  it('says what kind of document each type is; only certificates have a recipient', async () => {
    const body: any = await (await fetch(`${s.url}/types`)).json();
    const byId = new Map(body.types.map((t: { id: string }) => [t.id, t]));
    expect(byId.get('fk7804')).toMatchObject({ document: 'certificate', recipient: 'FKASSA' });
    expect(byId.get('samtycke-arbetsgivare')).toMatchObject({ document: 'consent' });
    expect(byId.get('vardkontakt-rehab')).toMatchObject({ document: 'registration' });
    expect(byId.get('arende-1177')).toMatchObject({ document: 'case' });
    expect((byId.get('vardkontakt-rehab') as { recipient?: string }).recipient).toBeUndefined();
  });

  it('gives one type with fields, JSON Schema and rules', async () => {
    const response = await fetch(`${s.url}/types/fk7804`);
    expect(response.status).toBe(200);
    const body: any = await response.json();
    expect(body).toMatchObject({ id: 'fk7804', version: '2.0', code: 'FK7804' });
    expect(body.schema.$schema).toContain('2020-12');
    expect(body.rules.type).toBe('fk7804');
    expect(body.fields.some((field: { id: string }) => field.id === 'diagnoser')).toBe(true);
  });
});

describe('validate and evaluate', () => {
  it('validates a valid certificate', async () => {
    const response = await post(`${s.url}/validate?today=2026-11-20`, valid());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ valid: true, errors: [], warnings: [], info: [] });
  });

  it('answers an invalid answer with a result, not an error', async () => {
    const response = await post(`${s.url}/validate?today=2026-11-20`, example('fk7804', 'invalid-overlappande-perioder'));
    expect(response.status).toBe(200);
    const body: any = await response.json();
    expect(body.valid).toBe(false);
    expect(body.errors.length).toBeGreaterThan(0);
  });

  it('evaluates field by field', async () => {
    const body: any = await (await post(`${s.url}/evaluate?today=2026-11-20`, valid())).json();
    expect(body.type).toBe('fk7804');
    expect(body.fields.diagnoser).toMatchObject({ shown: true });
  });
});

describe('actions', () => {
  const context = { user: { profession: 'lakare' }, today: '2026-11-20' };

  it('lists the available actions', async () => {
    const body: any = await (await post(`${s.url}/actions`, { certificate: valid(), context })).json();
    expect(body.status).toBe('draft');
    expect(body.actions.find((a: { action: string }) => a.action === 'sign')).toMatchObject({ allowed: true });
  });

  it('applies an action', async () => {
    const response = await post(`${s.url}/actions/sign`, { certificate: valid(), context });
    expect(response.status).toBe(200);
    const body: any = await response.json();
    expect(body.ok).toBe(true);
    expect(body.certificates[0].certificate.status).toBe('signed');
  });

  it('refuses an action that is not allowed with 409 and the lifecycle code', async () => {
    const response = await post(`${s.url}/actions/revoke`, { certificate: valid(), context });
    expect(response.status).toBe(409);
    const body: any = await response.json();
    expect(body.code).toBeTypeOf('string');
    expect(body.message).toBeTypeOf('string');
  });
});

describe('render', () => {
  it('prints HTML with the hide-diagnosis choice', async () => {
    const certificate = example('ag7804', 'valid-heltid-lumbago');
    const response = await post(`${s.url}/render?format=html&hide=diagnos&printedAt=2026-11-20T10:00`, certificate);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('På patientens begäran uppges inte diagnos');
  });
});

describe('decision support', () => {
  it('gives FMB for a diagnosis code', async () => {
    const body: any = await (await fetch(`${s.url}/fmb/F32.1`)).json();
    expect(body.matchedCode).toBe('F32');
  });

  const signed = () => ({ ...valid(), status: 'signed', signedAt: '2026-11-19' });

  it('computes sjukfall for a posted set', async () => {
    const response = await post(`${s.url}/sjukfall`, { certificates: [signed()], activeDate: '2026-11-25' }, { 'x-intyg-uppdrag': 'RH 2026/1234' });
    expect(response.status).toBe(200);
    const body: any = await response.json();
    expect(Array.isArray(body.cases)).toBe(true);
  });

  it('computes statistics for a posted set', async () => {
    const response = await post(`${s.url}/statistik`, { certificates: [signed()], activeDate: '2026-11-25' });
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveProperty('bySex');
  });
});

describe('operations', () => {
  it('is healthy, and not ready before the browser is up', async () => {
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
    const ready = await fetch(`${s.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { ready: boolean }).ready).toBe(false);
  });

  it('echoes a client UUID as request id and replaces anything else', async () => {
    const id = '0b7f3c7e-2f4e-4d7b-9a57-6a3c2b1d0e9f';
    expect((await fetch(`${s.url}/health`, { headers: { 'x-request-id': id } })).headers.get('x-request-id')).toBe(id);
    const other = (await fetch(`${s.url}/health`, { headers: { 'x-request-id': '191212121212' } })).headers.get('x-request-id');
    expect(other).not.toBe('191212121212');
  });
});
