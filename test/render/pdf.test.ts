/**
 * The printer itself: locked pages (payload markup prints as text, no script runs, no request
 * leaves the page, proven with a local server that counts hits), byte-identical output for the
 * same certificate and print time, the markings on every page, surviving crashed pages and a
 * killed browser, a clean close, and no temporary profile left behind by a killed process.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfPrinter } from '../../src/render/index.js';
import { createBrowserHome, sweepStaleHomes } from '../../src/render/chromium.js';
import { stampPdfDates } from '../../src/render/pdf-metadata.js';
import { DEFINITIONS_DIR } from '../../src/project.js';
import { PRINTED_AT, bodyText, cleanupScratch, pdfPages, poppler, squash, testRenderer, watermarksOn } from './helpers.js';

const renderer = testRenderer();
let server: Server;
let hits = 0;
let origin = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits += 1;
    response.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await renderer.close();
  await new Promise((resolve) => server.close(resolve));
  cleanupScratch();
});

const base = () => JSON.parse(readFileSync(join(DEFINITIONS_DIR, 'ag114', 'examples', 'valid-med-diagnos.json'), 'utf8')) as Record<string, any>;

/** Long free texts with paragraphs, so the printout runs over several pages. */
function longCertificate(extra: Record<string, unknown> = {}): Record<string, any> {
  const certificate = base();
  const paragraph = 'Patienten beskriver uttalad trötthet, koncentrationssvårigheter och sömnstörning; hen tappar tråden i samtal och behöver pauser. ';
  const text = Array.from({ length: 12 }, (_, i) => paragraph.repeat(3) + (i % 3 === 2 ? '\n\n' : '')).join('');
  Object.assign(certificate.answers, { yrkeOchArbetsuppgifter: text, nedsattArbetsformaga: text, ovrigt: text });
  return Object.assign(certificate, extra);
}

describe('locked down', () => {
  it('prints markup in an answer as text, runs no script and makes no request', async () => {
    const before = renderer.printer.stats.blockedRequests;
    const markup = `<script>document.write('JS-KÖRDES')</script><img src=${origin}/bild.png> & <b>fet</b>`;
    const certificate = base();
    certificate.answers.ovrigt = markup;
    const pages = pdfPages(await renderer.pdf(certificate, { printedAt: PRINTED_AT }));
    const text = squash(pages.join(''));
    expect(text).toContain(squash(markup));
    // Once, as printed text; a script that ran would have added a second.
    expect(text.split('JS-KÖRDES').length - 1).toBe(1);
    const html = renderer.html(certificate, { printedAt: PRINTED_AT });
    expect(html).toContain('&lt;script&gt;document.write(&#x27;JS-KÖRDES&#x27;)&lt;/script&gt;&lt;img src&#x3D;http://127.0.0.1');
    expect(html).not.toMatch(/<img|<script/);
    expect(renderer.printer.stats.blockedRequests).toBe(before);
    expect(hits).toBe(0);
  });

  it('blocks every request even for raw HTML that asks for one, and keeps JavaScript off', async () => {
    const printer = renderer.printer;
    const before = printer.stats.blockedRequests;
    const html = `<!DOCTYPE html><html lang="sv-SE"><head><title>t</title><link rel="stylesheet" href="${origin}/s.css"></head>
      <body><p>Rå <img src="${origin}/a.png"></p><script>document.write('JS-KÖRDES')</script><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;
    const pdf = await printer.print({ html, printedAtInstant: 0 });
    expect(squash(pdfPages(pdf).join(''))).not.toContain('JS-KÖRDES');
    expect(printer.stats.blockedRequests - before).toBe(2);
    expect(printer.stats.blockedUrls).toEqual(expect.arrayContaining([`${origin}/s.css`, `${origin}/a.png`]));
    expect(hits).toBe(0);
  });
});

describe('reproducible', () => {
  it('gives byte-identical PDFs for the same certificate and print time, on any pool page', async () => {
    const certificate = longCertificate({ status: 'signed', signedAt: '2026-11-20' });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => renderer.pdf(certificate, { printedAt: PRINTED_AT })));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(true);
    const info = poppler('pdfinfo', a, ['-isodates']);
    expect(info).toMatch(/^CreationDate:\s+2026-11-20T13:05:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-11-20T13:05:00Z$/m);
  });

  it('stamps the dates in place, moving no byte', async () => {
    const pdf = await renderer.pdf(base(), { printedAt: PRINTED_AT });
    const restamped = stampPdfDates(pdf, Date.UTC(2030, 0, 2, 3, 4, 5));
    expect(restamped.length).toBe(pdf.length);
    expect(poppler('pdfinfo', restamped, ['-isodates'])).toMatch(/^CreationDate:\s+2030-01-02T03:04:05Z$/m);
    expect(poppler('pdftotext', restamped)).toBe(poppler('pdftotext', pdf));
  });
});

describe('layout', () => {
  it('runs long free texts over pages with the header, markings and numbers on each', async () => {
    const certificate = longCertificate({ status: 'revoked', signedAt: '2026-11-20T10:15' });
    const pdf = await renderer.pdf(certificate, { printedAt: PRINTED_AT });
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(watermarksOn(page)).toContain('MAKULERAT');
      expect(squash(page)).toContain(squash(`Intygs-ID: ${certificate.id}`));
      expect(squash(page)).toContain(squash('Person- /samordningsnr 19121212-1212'));
      expect(squash(page)).toContain(`${index + 1}(${pages.length})`);
    });
    const model = renderer.model(certificate, { printedAt: PRINTED_AT });
    const body = bodyText(pages, model);
    expect(body).toContain(squash(certificate.answers.ovrigt));
    expect(body).toContain(squash('Intygsutfärdare: Ajla Doktor'));
    expect(body).toContain(squash('Intyget signerades: 2026-11-20 10:15'));
  });

  it('marks a locked draft LÅST UTKAST', async () => {
    const pages = pdfPages(await renderer.pdf({ ...base(), status: 'locked' }, { printedAt: PRINTED_AT }));
    for (const page of pages) expect(watermarksOn(page)).toContain('LÅSTUTKAST');
  });

  it('prints the patient-customised copy without the diagnosis', async () => {
    const certificate = { ...base(), status: 'signed', signedAt: '2026-11-20' };
    const text = squash(pdfPages(await renderer.pdf(certificate, { printedAt: PRINTED_AT, hide: ['diagnos'] })).join(''));
    expect(text).toContain(squash('På patientens begäran uppges inte diagnos'));
    expect(text).toContain(squash('Detta är en anpassad utskrift av ett elektroniskt intyg.'));
    expect(text).not.toContain('M545');
  });
});

describe('resilient', () => {
  it('replaces a crashed page and loses no print', async () => {
    const printer = new PdfPrinter({ pages: 2 });
    try {
      const job = renderer.document(base(), { printedAt: PRINTED_AT });
      const reference = await printer.print(job);
      const pages = await printer.browser!.pages();
      await Promise.all(pages.map(async (page) => {
        const crashed = new Promise((resolve) => page.once('error', resolve));
        // Page.crash never answers: the renderer is gone before it can.
        void (await page.createCDPSession()).send('Page.crash').catch(() => undefined);
        await crashed;
      }));
      const results = await Promise.all([1, 2, 3, 4].map(() => printer.print(job)));
      for (const pdf of results) expect(pdf.equals(reference)).toBe(true);
      expect(printer.stats.pageRestarts).toBeGreaterThanOrEqual(1);
      expect(printer.stats.browserLaunches).toBe(1);
    } finally {
      await printer.close();
    }
  });

  it('relaunches a killed browser and loses no print', async () => {
    const printer = new PdfPrinter({ pages: 2 });
    try {
      const job = renderer.document(base(), { printedAt: PRINTED_AT });
      const reference = await printer.print(job);
      const browser = printer.browser!;
      const gone = new Promise((resolve) => browser.once('disconnected', resolve));
      browser.process()!.kill('SIGKILL');
      await gone;
      const results = await Promise.all([1, 2, 3].map(() => printer.print(job)));
      for (const pdf of results) expect(pdf.equals(reference)).toBe(true);
      expect(printer.stats.browserLaunches).toBe(2);
    } finally {
      await printer.close();
    }
  });

  it('closes cleanly: browser gone, temporary profile removed, later prints refused', async () => {
    const printer = new PdfPrinter({ pages: 1 });
    await printer.start();
    const profile = printer.profileDir!;
    const chromium = printer.browser!.process()!;
    expect(existsSync(profile)).toBe(true);
    await printer.close();
    expect(existsSync(profile)).toBe(false);
    expect(chromium.exitCode !== null || chromium.signalCode !== null).toBe(true);
    await expect(printer.print({ html: '', printedAtInstant: 0 })).rejects.toThrow(/stängts/);
  });
});

describe('temporary homes', () => {
  it('sweeps homes whose owner process is gone, and keeps live ones', () => {
    const live = createBrowserHome();
    const dead = createBrowserHome();
    writeFileSync(join(dead.dir, 'owner.pid'), '999999999');
    sweepStaleHomes();
    expect(existsSync(live.dir)).toBe(true);
    expect(existsSync(dead.dir)).toBe(false);
    live.remove();
  });
});
