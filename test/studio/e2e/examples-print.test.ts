/** Examples saved from the page (and checked by `intyg test`), and the printout shown in the page. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';
import { useStudio, openType, textOf } from './harness.js';

const h = useStudio();

describe('examples and printing', () => {
  it('loads an example, saves it under a new name, and intyg test passes on it', async () => {
    const page = await openType(h, 'fk7804');
    await page.click('#tab-examples');
    await page.waitForFunction(() => [...document.querySelectorAll('#example-choice option')].some((option) => option.textContent === 'valid-heltid-lumbago'));
    await page.select('#example-choice', 'valid-heltid-lumbago');
    await page.click('.examples .row button.secondary');
    await page.waitForFunction(() => (document.querySelector('#f-diagnoser') as HTMLInputElement)?.value === 'M545');
    await page.waitForSelector('.topbar .status-ok');
    expect(await page.$eval('#today', (node) => (node as HTMLInputElement).value)).toBe('2026-11-20');
    // A valid- name for an invalid certificate is refused, and nothing is written: a 25 % period without its end.
    await page.click('#f-sjukskrivning');
    await page.waitForSelector('.topbar .status-missing');
    await page.type('#example-name', 'valid-fran-studion');
    await page.click('.examples button.primary');
    const refused = await page.waitForSelector('.examples .issue-error');
    expect(await refused!.evaluate((node) => (node as HTMLElement).innerText)).toContain('ska vara giltigt');
    expect(readdirSync(join(h.copy.dir, 'fk7804', 'examples'))).not.toContain('valid-fran-studion.json');
    await page.click('#f-sjukskrivning');
    await page.waitForSelector('.topbar .status-ok');
    await page.click('.examples button.primary');
    await page.waitForSelector('.examples .notice-ok');
    expect(await textOf(page, '.examples .notice-ok')).toContain('definitions/fk7804/examples/valid-fran-studion.expect.json');
    const saved = JSON.parse(readFileSync(join(h.copy.dir, 'fk7804', 'examples', 'valid-fran-studion.json'), 'utf8'));
    expect(saved.answers.diagnoser).toEqual([{ code: 'M545', description: 'Lumbago' }]);
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'intyg.mjs'), 'test', 'fk7804', '--definitions', h.copy.dir], { encoding: 'utf8' });
    const count = readdirSync(join(h.copy.dir, 'fk7804', 'examples')).filter((name) => name.endsWith('.expect.json')).length;
    expect(run.stdout + run.stderr).toContain(`${count} av ${count} exempel gav väntat resultat`);
    expect(run.status).toBe(0);
    await page.close();
  });

  it('shows the printout of the current answers as a PDF, in the chosen status', async () => {
    // The test reads the shown PDF back from its blob: URL, which the page's own CSP does not let scripts fetch.
    const page = await openType(h, 'fk7804', { bypassCsp: true });
    await page.type('#f-ovrigt', 'Förhandsgranskad i studion');
    await page.click('#tab-print');
    await page.click('.print-preview input[name="print-status"]:nth-of-type(1)');
    const statuses = await page.$$('.print-preview input[name="print-status"]');
    await statuses[1].click();
    await page.click('.print-preview button.primary');
    const frame = await page.waitForSelector('.print-preview iframe.pdf[src^="blob:"]');
    // The PDF the page shows, read back from its blob: URL.
    const pdf = await frame!.evaluate(async (node) => {
      const blob = await (await fetch((node as HTMLIFrameElement).src)).blob();
      return { type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] };
    });
    expect(pdf.type).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'intyg-studio-pdf-'));
    try {
      writeFileSync(join(dir, 'print.pdf'), Buffer.from(pdf.bytes));
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'print.pdf'), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Läkarintyg för sjukpenning');
      expect(text).toContain('Förhandsgranskad i studion');
      expect(text).toContain('Intyget har signerats elektroniskt');
      expect(text).toContain('19121212-1212');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });
});
