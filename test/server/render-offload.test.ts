/**
 * Large printouts are built in a worker thread (src/server/render-offload.ts) with the project's
 * own models: the service answers exactly as it does on its main thread, errors included, and
 * keeps answering other requests meanwhile.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_TEXT_ABOVE } from '../../src/server/body.js';
import { poppler } from '../render/helpers.js';
import { example, expectError, post, start, type Running } from './helpers.js';

let running: Running;
const PRINTED_AT = '2026-11-20T12:00';

beforeAll(async () => {
  // No injected runtime: the service runs on the project's compiled models, as `intyg serve` does.
  running = await start({ runtime: undefined });
});
afterAll(() => running?.close());

/** An FK7804 draft whose free text makes the body larger than the main thread renders itself. */
function large(text = '<script>alert("å")</script>&\n'): Record<string, any> {
  const certificate = example('fk7804', 'valid-heltid-lumbago');
  certificate.answers.ovrigt = text.repeat(Math.ceil((KEEP_TEXT_ABOVE + 1000) / text.length));
  return certificate;
}

describe('printouts of large bodies in a worker thread', () => {
  it('gives byte for byte the HTML the main thread gives, escaped', async () => {
    const certificate = large();
    const before = running.server.ctx.offload!.done;
    const response = await post(`${running.url}/render?format=html&printedAt=${PRINTED_AT}`, certificate);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(running.server.ctx.offload!.done).toBe(before + 1);
    expect(html).toBe(running.server.ctx.renderer.html(certificate, { printedAt: PRINTED_AT, hide: [] }));
    expect(html).toContain('&lt;script&gt;alert(&quot;å&quot;)&lt;/script&gt;&amp;');
    expect(html).not.toContain('<script>');
  });

  it('prints a PDF from the document the worker built, read back with pdftotext', async () => {
    const before = running.server.ctx.offload!.done;
    const certificate = large('Patienten beskriver trötthet <b>och</b> värk. ');
    const response = await post(`${running.url}/render?printedAt=${PRINTED_AT}`, certificate);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await response.arrayBuffer());
    expect(running.server.ctx.offload!.done).toBe(before + 1);
    const text = poppler('pdftotext', pdf, ['-l', '2']);
    expect(text).toContain('Läkarintyg för sjukpenning');
    expect(text).toContain('19121212-1212');
    expect(text).toContain('Patienten beskriver trötthet <b>och</b> värk.');
  }, 120_000);

  it('leaves small bodies on the main thread', async () => {
    const before = running.server.ctx.offload!.done;
    const response = await post(`${running.url}/render?format=html&printedAt=${PRINTED_AT}`, example('fk7804', 'valid-heltid-lumbago'));
    expect(response.status).toBe(200);
    expect(running.server.ctx.offload!.done).toBe(before);
  });

  it('answers errors as the main thread does: bad options 400, a certificate that cannot print 422', async () => {
    const before = running.server.ctx.offload!.done;
    await expectError(await post(`${running.url}/render?format=html&printedAt=1969-12-31T23:00`, large()), 400, 'invalid-render-options');
    // Answers that are not an object: evaluation refuses them, so there is nothing to print.
    const unprintable = { ...large(), answers: 'x'.repeat(KEEP_TEXT_ABOVE + 1000) };
    const body = await expectError(await post(`${running.url}/render?format=html&printedAt=${PRINTED_AT}`, unprintable), 422, 'not-printable');
    expect(body.message).toMatch(/^Intyget kan inte skrivas ut/);
    expect(running.server.ctx.offload!.done).toBe(before + 2);
  });

  it('answers /health while large printouts are being built', async () => {
    const prints = Array.from({ length: 4 }, () => post(`${running.url}/render?format=html&printedAt=${PRINTED_AT}`, large()).then(async (r) => ({ status: r.status, at: (await r.text(), performance.now()) })));
    const health = await fetch(`${running.url}/health`);
    const healthAt = performance.now();
    expect(health.status).toBe(200);
    const done = await Promise.all(prints);
    expect(done.map((p) => p.status)).toEqual([200, 200, 200, 200]);
    // The worker builds them one after another; the main thread answered /health before the last.
    expect(healthAt).toBeLessThan(Math.max(...done.map((p) => p.at)));
  });
});
