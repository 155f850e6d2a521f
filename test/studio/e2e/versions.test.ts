/** A type's earlier version in the page: listed under its type with its retirement, its own questions, examples and printout. */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';
import { openType, setToday, shownFields, textOf, useStudio } from './harness.js';

const h = useStudio();

describe('an earlier version', () => {
  it('FK7804 1.2 is listed under FK7804, marked as retired, and shows its own questions', async () => {
    const page = await openType(h, 'fk7804@1.2');
    const entry = '.types a[href="#/fk7804@1.2"]';
    expect(await page.$eval(entry, (node) => node.getAttribute('aria-current'))).toBe('page');
    expect(await textOf(page, entry)).toMatch(/^Läkarintyg för sjukpenning\s+FK7804 1\.2 · avvecklad 2025-08-04$/);
    // Under its type: in the list item of the current version, after it.
    expect(await page.$eval(entry, (node) => node.closest('ul.type-versions')?.parentElement?.querySelector('a')?.getAttribute('href'))).toBe('#/fk7804');
    expect(await textOf(page, '.types a[href="#/fk7804"]')).toMatch(/FK7804 2\.0$/);
    expect(await textOf(page, 'main h1')).toBe('Läkarintyg för sjukpenning FK7804 1.2');
    expect(await textOf(page, 'main .version-notice')).toBe('Tidigare version 1.2, avvecklad 2025-08-04. Den aktuella versionen är 2.0.');
    // 1.2's own questions: 20 (planned treatments) and 40 (work-related measures as tick boxes), which 2.0 does not have.
    expect(await shownFields(page)).toEqual(expect.arrayContaining(['planeradBehandling', 'arbetslivsinriktadeAtgarder']));
    expect(await textOf(page, '[data-field="planeradBehandling"] label')).toContain('Planerade medicinska behandlingar/åtgärder.');
    expect(await page.$('#f-arbetslivsinriktadeAtgarder-ARBETSTRANING')).not.toBeNull();
    // Before its last day the list says when it goes.
    await setToday(page, '2025-08-01');
    await page.waitForFunction((selector) => (document.querySelector(selector) as HTMLElement).innerText.includes('avvecklas 2025-08-04'), {}, entry);
    expect(await textOf(page, 'main .version-notice')).toContain('avvecklas 2025-08-04');
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('loads its examples, saves one in versions/1.2/examples/, and prints with its own questions', async () => {
    const page = await openType(h, 'fk7804@1.2', { bypassCsp: true });
    await page.click('#tab-examples');
    await page.waitForFunction(() => [...document.querySelectorAll('#example-choice option')].some((option) => option.textContent === 'valid-deltid-atgarder-och-kontakt'));
    // Only 1.2's examples: 2.0's valid-deltid-ojamn-arbetstid is not among them.
    expect(await page.$$eval('#example-choice option', (nodes) => nodes.map((node) => node.textContent))).not.toContain('valid-deltid-ojamn-arbetstid');
    await page.select('#example-choice', 'valid-deltid-atgarder-och-kontakt');
    await page.click('.examples .row button.secondary');
    await page.waitForFunction(() => (document.querySelector('#f-planeradBehandling') as HTMLTextAreaElement)?.value.startsWith('Ortopedbedömning'));
    await page.waitForSelector('.topbar .status-ok');
    await page.type('#example-name', 'valid-version-fran-studion');
    await page.click('.examples button.primary');
    await page.waitForSelector('.examples .notice-ok');
    expect(await textOf(page, '.examples .notice-ok')).toContain('definitions/fk7804/versions/1.2/examples/valid-version-fran-studion.expect.json');
    const examples = join(h.copy.dir, 'fk7804', 'versions', '1.2', 'examples');
    expect(JSON.parse(readFileSync(join(examples, 'valid-version-fran-studion.json'), 'utf8'))).toMatchObject({ type: 'fk7804', version: '1.2' });
    expect(readdirSync(join(h.copy.dir, 'fk7804', 'examples'))).not.toContain('valid-version-fran-studion.json');
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'intyg.mjs'), 'test', 'fk7804', '--definitions', h.copy.dir], { encoding: 'utf8' });
    const count = readdirSync(examples).filter((name) => name.endsWith('.expect.json')).length;
    expect(run.stdout + run.stderr).toContain(`fk7804 1.2      ${count} av ${count} exempel gav väntat resultat`);
    expect(run.status).toBe(0);

    await page.click('#tab-print');
    await page.click('.print-preview button.primary');
    const frame = await page.waitForSelector('.print-preview iframe.pdf[src^="blob:"]');
    const pdf = await frame!.evaluate(async (node) => [...new Uint8Array(await (await (await fetch((node as HTMLIFrameElement).src)).blob()).arrayBuffer())]);
    const dir = mkdtempSync(join(tmpdir(), 'intyg-studio-pdf-'));
    try {
      writeFileSync(join(dir, 'print.pdf'), Buffer.from(pdf));
      const text = spawnSync('pdftotext', ['-layout', join(dir, 'print.pdf'), '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Planerade medicinska behandlingar/åtgärder');
      expect(text).toContain('Ortopedbedömning inom sex veckor');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});
