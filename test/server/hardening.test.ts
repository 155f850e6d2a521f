/**
 * Issue 13 over HTTP: errors Node's parser finds before Fastify (raw bytes in the request line,
 * oversized headers) in our shape; HTML under a strict CSP and nosniff; impossible dates as 400
 * naming the field, never 500 and never rolled over; signing refused with the validation errors.
 */

import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_CSP } from '../../src/server/app.js';
import { example, expectError, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => { s = await start(); });
afterAll(async () => { await s.close(); });

/** Sends bytes as they are and returns the raw response, for what no HTTP client would send. */
function raw(url: string, request: Buffer | string): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body: rest.join('\r\n\r\n') });
    });
  });
}

const ourShape = (body: string, code: string) => {
  const parsed = JSON.parse(body);
  expect(parsed).toMatchObject({ code, message: expect.any(String), messageEn: expect.any(String) });
  expect(Object.keys(parsed).sort()).toEqual(['code', 'message', 'messageEn']);
  expect(body).not.toMatch(/\bat .+:\d+:\d+|Bad Request|statusCode/);
};

describe('errors below the router are in our shape', () => {
  it('a request line with raw UTF-8 bytes: 400 bad-request', async () => {
    const response = await raw(s.url, Buffer.concat([Buffer.from('GET /typer/'), Buffer.from('åäö', 'utf8'), Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n')]));
    expect(response.status).toBe(400);
    expect(response.headers).toMatch(/content-type: application\/json/i);
    ourShape(response.body, 'bad-request');
  });

  it('a 100 kB header: 431 headers-too-large', async () => {
    const response = await raw(s.url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Stor: ${'a'.repeat(100 * 1024)}\r\n\r\n`);
    expect(response.status).toBe(431);
    ourShape(response.body, 'headers-too-large');
  });

  it('garbage instead of HTTP: 400 bad-request', async () => {
    const response = await raw(s.url, '\u0000\u0001\u0002 nonsens\r\n\r\n');
    expect(response.status).toBe(400);
    ourShape(response.body, 'bad-request');
  });

  it('a badly encoded URL: 400 bad-url', async () => {
    await expectError(await fetch(`${s.url}/types/%E0%A4%A`), 400, 'bad-url');
  });

  it('while shutting down: 503 shutting-down, not Fastify’s own body', async () => {
    const own = await start();
    own.server.ctx.draining = true;
    try {
      const response = await fetch(`${own.url}/types`);
      expect(response.headers.get('retry-after')).toBe('1');
      await expectError(response, 503, 'shutting-down');
      expect((await fetch(`${own.url}/ready`)).status).toBe(503);
    } finally {
      own.server.ctx.draining = false;
      await own.close();
    }
  });
});

describe('response headers', () => {
  it('HTML carries a strict CSP (inline styles only) and nosniff; a payload script stays text', async () => {
    const certificate = example('fk7804', 'valid-heltid-lumbago');
    certificate.answers.ovrigt = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const response = await post(`${s.url}/render?format=html&printedAt=2026-11-20T12:00`, certificate);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(HTML_CSP);
    expect(HTML_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('JSON and errors carry nosniff too', async () => {
    expect((await fetch(`${s.url}/health`)).headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${s.url}/nej`)).headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('dates and times are real ones', () => {
  const certificate = () => example('fk7804', 'valid-heltid-lumbago');

  it.each([
    ['printedAt=2026-02-30T10:00', 'querystring.printedAt'],
    ['printedAt=2026-11-20T25:00', 'querystring.printedAt'],
    ['printedAt=2026-11-20T10:61', 'querystring.printedAt'],
    ['today=2026-02-30', 'querystring.today'],
  ])('/render?%s is 400 invalid-date naming the field', async (query, field) => {
    const body = await expectError(await post(`${s.url}/render?format=html&${query}`, certificate()), 400, 'invalid-date');
    expect(body.field).toBe(field);
    expect(body.message).toMatch(/^Anropet följer inte schemat: (printedAt ska vara en verklig tidpunkt|today ska vara ett verkligt datum)/);
  });

  it('printedAt before 1970 is refused by the renderer, naming the option', async () => {
    const body = await expectError(await post(`${s.url}/render?format=html&printedAt=1969-12-31T23:00Z`, certificate()), 400, 'invalid-render-options');
    expect(body.field).toBe('printedAt');
  });

  it('signedAt 2026-02-30T25:61 is an invalid-date error, never printed as written', async () => {
    const signed = { ...certificate(), status: 'signed', signedAt: '2026-02-30T25:61' };
    const result = await (await post(`${s.url}/validate?today=2026-11-20`, signed)).json() as { valid: boolean; errors: unknown[] };
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ field: 'signedAt', code: 'invalid-date' }));
    const html = await (await post(`${s.url}/render?format=html&printedAt=2026-11-20T12:00`, signed)).text();
    expect(html).not.toContain('2026-02-30');
  });

  it('context dates are checked: record.createdAt, config.lockCutoff', async () => {
    for (const context of [{ record: { createdAt: '2026-02-30' } }, { config: { lockCutoff: '2024-13-01' } }]) {
      await expectError(await post(`${s.url}/actions`, { certificate: certificate(), context: { user: { profession: 'lakare' }, ...context } }), 400, 'invalid-date');
    }
  });
});

describe('signing over HTTP validates', () => {
  it('the Dödsbevis of the report: 409 invalid-certificate with the errors, nothing sent', async () => {
    const draft = { ...example('db', 'valid-sakert-dodsdatum'), status: 'draft', answers: { identitetStyrkt: 12345, dodsdatum: 'inte ett datum', bogus: true } };
    const body = await expectError(await post(`${s.url}/actions/sign`, { certificate: draft, context: { user: { profession: 'lakare' }, today: '2026-11-20' } }), 409, 'invalid-certificate');
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'identitetStyrkt', code: 'invalid-type' }), expect.objectContaining({ field: 'bogus', code: 'unknown-field' })]));
    expect(body).not.toHaveProperty('effects');
  });

  it('a valid Dödsbevis is signed and sent to Skatteverket', async () => {
    const draft = { ...example('db', 'valid-sakert-dodsdatum'), status: 'draft' };
    const response = await post(`${s.url}/actions/sign`, { certificate: draft, context: { user: { profession: 'lakare' }, today: '2026-11-20' } });
    const result = await response.json() as { effects: unknown[] };
    expect(response.status, JSON.stringify(result)).toBe(200);
    expect(result.effects).toContainEqual({ kind: 'sendToRecipient', recipient: 'SKV' });
  });

  it('a client cannot swap in its own validator through the context', async () => {
    const draft = { ...example('db', 'valid-sakert-dodsdatum'), status: 'draft', answers: { bogus: true } };
    const context = { user: { profession: 'lakare' }, today: '2026-11-20', runtime: { validate: 'ok' } };
    await expectError(await post(`${s.url}/actions/sign`, { certificate: draft, context }), 409, 'invalid-certificate');
  });
});
