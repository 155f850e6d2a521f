/**
 * PDFs over HTTP with the real browser pool: /ready once it is up, the print queue's 503 with
 * Retry-After, and a graceful close that lets a print in flight finish. Chromium is a hard
 * requirement here, as in test/render (scripts/ensure-browser.sh installs it).
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser } from '../../src/server/app.js';
import { example, expectError, post, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => {
  s = await start({ printQueue: 2, pages: 1 });
  await startBrowser(s.server.ctx);
});
afterAll(async () => { await s.close(); });

const certificate = () => example('ag7804', 'valid-heltid-lumbago');

describe('printing', () => {
  it('is ready once the browser is up', async () => {
    const response = await fetch(`${s.url}/ready`);
    expect(await response.json()).toMatchObject({ ready: true, browser: 'up' });
    expect(response.status).toBe(200);
  });

  it('prints a PDF with the hide-diagnosis choice', async () => {
    const response = await post(`${s.url}/render?format=pdf&hide=diagnos&printedAt=2026-11-20T10:00`, certificate());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses prints beyond the queue with 503 and Retry-After', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => post(`${s.url}/render?format=pdf`, certificate())));
    const statuses = responses.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const refused = responses.find((r) => r.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('1');
    await expectError(refused, 503, 'print-queue-full');
    for (const r of responses) if (!r.bodyUsed) await r.arrayBuffer();
  });
});

describe('shutdown', () => {
  it('finishes a print in flight, then refuses new connections and closes the browser', async () => {
    const own = await start({ pages: 1 });
    await startBrowser(own.server.ctx);
    const inFlight = post(`${own.url}/render?format=pdf`, certificate());
    // Close only once the print holds a queue slot, so it is truly in flight.
    while (own.server.ctx.queue.pending === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const closing = own.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    await closing;
    expect(own.server.ctx.renderer.printer.browser).toBeUndefined();
    await expect(fetch(`${own.url}/health`)).rejects.toThrow();
  });
});
