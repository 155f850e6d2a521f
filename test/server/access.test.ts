/**
 * Seed 004: reading patient-level sick-leave data requires a documented quality-assurance
 * assignment, stated by the login proxy in X-Intyg-Uppdrag. A caller without it gets 403 and no
 * data; aggregates need none; every granted read leaves an access-log line that names the
 * assignment and the count, never a patient.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, example, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

const certificate = (): Record<string, any> => ({ ...example('fk7804', 'valid-heltid-lumbago'), status: 'signed', signedAt: '2026-11-19' });
const body = () => ({ certificates: [certificate()], activeDate: '2026-11-25' });

describe('POST /sjukfall (patient by patient)', () => {
  it('refuses a caller without an assignment with 403 and no data', async () => {
    const response = await post(`${s.url}/sjukfall`, body());
    const text = await response.clone().text();
    await expectError(response, 403, 'assignment-required');
    expect(text).not.toContain('cases');
    expect(text).not.toContain(certificate().patient.personId);
    expect(JSON.parse(text).message).toContain('kvalitetssäkringsuppdrag');
  });

  it.each([['', 'empty'], ['   ', 'blank'], ['<script>', 'markup'], ['x'.repeat(81), 'too long']])('refuses %j (%s)', async (value) => {
    await expectError(await post(`${s.url}/sjukfall`, body(), { 'x-intyg-uppdrag': value }), 403, 'assignment-required');
  });

  it('refuses before reading the body: an unauthorised request never reaches the computation', async () => {
    await expectError(await post(`${s.url}/sjukfall`, '{"certificates": "not even valid'), 403, 'assignment-required');
  });

  it('answers under an assignment and logs who read how many patients, under which assignment', async () => {
    const response = await post(`${s.url}/sjukfall`, body(), { 'x-intyg-uppdrag': 'RH 2026/1234', 'x-intyg-anvandare': 'SE2321000016-R1K0' });
    expect(response.status).toBe(200);
    const { cases } = await response.json() as { cases: unknown[] };
    expect(cases).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const access = s.logs.map((line) => JSON.parse(line)).filter((line) => line.access);
    expect(access.at(-1).access).toEqual({ assignment: 'RH 2026/1234', user: 'SE2321000016-R1K0', route: '/sjukfall', patients: 1 });
    expect(s.logs.join('')).not.toContain(certificate().patient.personId);
  });
});

describe('aggregates need no assignment', () => {
  it('POST /statistik', async () => {
    expect((await post(`${s.url}/statistik`, body())).status).toBe(200);
  });

  it('POST /indikatorer', async () => {
    expect((await post(`${s.url}/indikatorer`, { certificates: [certificate()], date: '2026-11-25', to: '2026-12-31' })).status).toBe(200);
  });
});

describe('the model in /openapi.json', () => {
  it('documents the header as a security scheme and requires it exactly where sick-leave cases are returned', async () => {
    const doc = await (await fetch(`${s.url}/openapi.json`)).json() as any;
    expect(doc.components.securitySchemes.kvalitetssakringsuppdrag).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Intyg-Uppdrag' });
    for (const [path, operations] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        const ok = operation.responses['200']?.content?.['application/json']?.schema?.$ref ?? '';
        const patientLevel = ok.endsWith('/SjukfallResponse');
        expect(Boolean(operation.security?.length), `${method} ${path}`).toBe(patientLevel);
        if (patientLevel) expect(operation.responses['403'].description).toContain('assignment-required');
      }
    }
  });
});
