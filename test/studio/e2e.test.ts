/**
 * The studio end to end, as its user works: a real server on loopback over a private copy of the
 * definitions, the page in Debian's Chromium through puppeteer-core, files saved on disk as an
 * editor saves them, the printout read back with pdftotext and the saved example checked by
 * `intyg test`.
 */

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/util/package-root.js';
import { buildStudio, type Studio } from '../../src/studio/server.js';
import { launchTestBrowser, type TestBrowser } from '../helpers/browser.js';
import { copyDefinitions, type DefinitionsCopy } from './helpers.js';

let copy: DefinitionsCopy;
let studio: Studio;
let chromium: TestBrowser;
let origin = '';
const pageErrors: string[] = [];

const TODAY = '2026-11-20';
const yamlOf = () => join(copy.dir, 'fk7804', 'definition.yaml');
const edit = (change: (text: string) => string) => writeFileSync(yamlOf(), change(readFileSync(yamlOf(), 'utf8')));

async function openType(type: string, options: { viewport?: { width: number; height: number }; bypassCsp?: boolean } = {}): Promise<Page> {
  const page = await chromium.browser.newPage();
  await page.setViewport(options.viewport ?? { width: 1440, height: 1000 });
  if (options.bypassCsp) await page.setBypassCSP(true);
  page.on('pageerror', (error) => pageErrors.push(`${type}: ${(error as Error).message}`));
  await page.goto(`${origin}/studio/#/${type}`);
  await page.waitForSelector('form.certificate [data-field]');
  await setToday(page, TODAY);
  return page;
}

/** Replaces an input's text the way a user does: select all, type. */
async function retype(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

async function setToday(page: Page, date: string): Promise<void> {
  await retype(page, '#today', date);
  await page.waitForFunction((day) => (document.querySelector('#today') as HTMLInputElement).value === day, {}, date);
}

const shownFields = (page: Page) => page.$$eval('form.certificate [data-field]', (nodes) => nodes.map((node) => node.getAttribute('data-field')!));
const textOf = (page: Page, selector: string) => page.$eval(selector, (node) => (node as HTMLElement).innerText);

beforeAll(async () => {
  copy = copyDefinitions();
  studio = buildStudio({ definitions: copy.dir });
  origin = await studio.app.listen({ port: 0, host: '127.0.0.1' });
  chromium = await launchTestBrowser();
}, 60_000);

afterAll(async () => {
  await chromium?.close();
  await studio?.close();
  copy?.remove();
});

describe('the live form', () => {
  it('ticking 27 hides questions 1, 28, 35, 17 and 39, and unticking brings them back', async () => {
    const page = await openType('fk7804');
    const byRef = new Map(studio.ctx.workspace.get('fk7804')!.model!.fields.map((field) => [field.ref, field.id]));
    const questions = ['1', '28', '35', '17', '39'].map((ref) => byRef.get(ref)!);
    expect(await shownFields(page)).toEqual(expect.arrayContaining(questions));
    await page.click('#f-smittbararpenning');
    await page.waitForFunction((ids: string[]) => ids.every((id) => !document.querySelector(`[data-field="${id}"]`)), {}, questions);
    const shown = await shownFields(page);
    expect(shown).toEqual(expect.arrayContaining(['smittbararpenning', 'diagnoser', 'sjukskrivning', 'ovrigt']));
    for (const id of questions) expect(shown).not.toContain(id);
    await page.click('#f-smittbararpenning');
    await page.waitForSelector('[data-field="baseratPa"]');
    await page.close();
  });

  it('two overlapping periods (25 % and 50 %) get "Ange perioder som inte överlappar varandra." at the period', async () => {
    const page = await openType('fk7804');
    await page.click('#f-sjukskrivning');
    await retype(page, '#f-sjukskrivning-from', '2026-11-20');
    await retype(page, '#f-sjukskrivning-to', '2026-12-10');
    await page.click('#f-sjukskrivning-HALFTEN');
    await retype(page, '#f-sjukskrivning-HALFTEN-from', '2026-12-01');
    await retype(page, '#f-sjukskrivning-HALFTEN-to', '2026-12-20');
    const issue = await page.waitForSelector('[data-field="sjukskrivning"] [data-option="HALFTEN"] .issue[data-code="overlap"]');
    expect(await issue!.evaluate((node) => (node as HTMLElement).innerText)).toContain('Ange perioder som inte överlappar varandra.');
    expect(await textOf(page, '[data-field="sjukskrivning"] [data-option="EN_FJARDEDEL"] .days')).toBe('21 dagar');
    expect(await textOf(page, '[data-field="sjukskrivning"] .note')).toBe('Intyget motsvarar en period på 31 dagar.');
    // Questions that depend on a part-time period appear (33), and required ones stay quiet until asked.
    await page.waitForSelector('[data-field="ojamnArbetstid"]');
    expect(await page.$('[data-field="ojamnArbetstid"] .issue')).toBeNull();
    await page.click('.topbar .switch input');
    await page.waitForSelector('[data-field="ojamnArbetstid"] .issue[data-code="required"]');
    expect(await textOf(page, '[data-field="ojamnArbetstid"] .issue')).toContain('Välj ett alternativ.');
    await page.close();
  });

  it('shows payload text as text: markup typed into an answer never becomes markup', async () => {
    const page = await openType('fk7804');
    await page.type('#f-ovrigt', '<img src=x onerror="window.hacked=1"><b>fet</b>');
    await page.waitForFunction(() => (document.querySelector('#f-ovrigt') as HTMLTextAreaElement).value.endsWith('</b>'));
    expect(await page.$$eval('form.certificate img, form.certificate b', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await page.close();
  });
});

describe('live reload', () => {
  it('shows a label changed in the YAML on disk and keeps the answers', async () => {
    const page = await openType('fk7804');
    await page.click('#f-baseratPa-ANNAT');
    await page.waitForSelector('#f-annatBeskrivning');
    await page.type('#f-annatBeskrivning', 'Samtal med anhörig');
    await page.type('#f-ovrigt', 'Behåll mig');
    edit((text) => text.replace('label: Ange vad annat är', 'label: Ange vad annat är, med egna ord'));
    await page.waitForFunction(() => document.querySelector('[data-field="annatBeskrivning"] label')?.textContent?.includes('Ange vad annat är, med egna ord'));
    expect(await page.$eval('#f-annatBeskrivning', (node) => (node as HTMLInputElement).value)).toBe('Samtal med anhörig');
    expect(await page.$eval('#f-ovrigt', (node) => (node as HTMLTextAreaElement).value)).toBe('Behåll mig');
    expect(await page.$eval('#f-baseratPa-ANNAT', (node) => (node as HTMLInputElement).checked)).toBe(true);
    edit((text) => text.replace('label: Ange vad annat är, med egna ord', 'label: Ange vad annat är'));
    await page.waitForFunction(() => !document.querySelector('[data-field="annatBeskrivning"] label')?.textContent?.includes('med egna ord'));
    await page.close();
  });

  it('shows a broken YAML\'s located diagnostic, keeps the last good form usable, and clears when fixed', async () => {
    const page = await openType('fk7804');
    await page.type('#f-ovrigt', 'Skrivet före felet');
    edit((text) => text.replace('    title: Smittbärarpenning', '    title: [Smittbärarpenning'));
    const banner = await page.waitForSelector('.diagnostics-error');
    const text = await banner!.evaluate((node) => (node as HTMLElement).innerText);
    expect(text).toMatch(/definitions\/fk7804\/definition\.yaml:\d+:\d+ yaml\/syntax/);
    expect(text).toContain('Ett tecken saknas');
    expect(text).toContain('senaste versionen som fungerade');
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
    // The last good form still works: ticking 27 still hides question 1.
    await page.click('#f-smittbararpenning');
    await page.waitForFunction(() => !document.querySelector('[data-field="baseratPa"]'));
    expect(await page.$eval('#f-ovrigt', (node) => (node as HTMLTextAreaElement).value)).toBe('Skrivet före felet');
    edit((text) => text.replace('    title: [Smittbärarpenning', '    title: Smittbärarpenning'));
    await page.waitForFunction(() => !document.querySelector('.diagnostics-error'));
    await page.close();
  });
});

describe('examples and printing', () => {
  it('loads an example, saves it under a new name, and intyg test passes on it', async () => {
    const page = await openType('fk7804');
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
    expect(readdirSync(join(copy.dir, 'fk7804', 'examples'))).not.toContain('valid-fran-studion.json');
    await page.click('#f-sjukskrivning');
    await page.waitForSelector('.topbar .status-ok');
    await page.click('.examples button.primary');
    await page.waitForSelector('.examples .notice-ok');
    expect(await textOf(page, '.examples .notice-ok')).toContain('definitions/fk7804/examples/valid-fran-studion.expect.json');
    const saved = JSON.parse(readFileSync(join(copy.dir, 'fk7804', 'examples', 'valid-fran-studion.json'), 'utf8'));
    expect(saved.answers.diagnoser).toEqual([{ code: 'M545', description: 'Lumbago' }]);
    const run = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'intyg.mjs'), 'test', 'fk7804', '--definitions', copy.dir], { encoding: 'utf8' });
    const count = readdirSync(join(copy.dir, 'fk7804', 'examples')).filter((name) => name.endsWith('.expect.json')).length;
    expect(run.stdout + run.stderr).toContain(`${count} av ${count} exempel gav väntat resultat`);
    expect(run.status).toBe(0);
    await page.close();
  });

  it('shows the printout of the current answers as a PDF, in the chosen status', async () => {
    // The test reads the shown PDF back from its blob: URL, which the page's own CSP does not let scripts fetch.
    const page = await openType('fk7804', { bypassCsp: true });
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

describe('explain', () => {
  it('says why question 1.3 is shown: its condition in Swedish, its YAML line, and the value it read', async () => {
    const page = await openType('fk7804');
    await page.click('#f-baseratPa-ANNAT');
    await page.waitForSelector('#f-annatBeskrivning');
    await page.click('[data-field="annatBeskrivning"] .why');
    const panel = await page.waitForSelector('[data-explain="field:annatBeskrivning"]');
    const text = await panel!.evaluate((node) => (node as HTMLElement).innerText);
    const lines = readFileSync(yamlOf(), 'utf8').split('\n');
    const field = lines.findIndex((line) => line.includes('id: annatBeskrivning'));
    const showIf = lines.findIndex((line, index) => index > field && line.trimStart().startsWith('showIf:'));
    expect(text).toContain('Fråga 1.3: Ange vad annat är');
    expect(text).toContain('Visas när ”annat” i ”Intyget är baserat på” är ikryssad; det gäller nu.');
    expect(text).toContain(`definitions/fk7804/definition.yaml:${showIf + 1}:${lines[showIf].indexOf('showIf') + 1}`);
    expect(text).toMatch(/1 Intyget är baserat på › annat\s+2026-11-20/);
    // Unticked, the same question explains why it is hidden (shown with "Visa dolda frågor").
    await page.click('.topbar .switch:nth-of-type(2) input');
    await page.click('#f-baseratPa-ANNAT');
    await page.waitForFunction(() => document.querySelector('[data-explain="field:annatBeskrivning"]')?.textContent?.includes('det gäller inte nu'));
    expect(await page.$eval('[data-field="annatBeskrivning"]', (node) => node.classList.contains('is-hidden'))).toBe(true);
    // A section explains itself too.
    await page.click('#f-smittbararpenning');
    await page.click('[data-section="grundForMedicinsktUnderlag"] .why');
    const section = await page.waitForSelector('[data-explain="section:grundForMedicinsktUnderlag"]');
    expect(await section!.evaluate((node) => (node as HTMLElement).innerText)).toMatch(/Döljs när ”.*Smittbärarpenning.*” är ikryssad; det gäller nu/);
    await page.close();
  });
});

describe('keyboard and labels', () => {
  /** Tab until the element with `id` has focus, as a keyboard user would; fails after `limit` presses. */
  async function tabTo(page: Page, id: string, limit = 150): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`#${id} never got focus`);
  }

  it('fills a smittbärarpenning certificate to "Klart att signera" with the keyboard alone', async () => {
    const page = await openType('fk7804');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, 'f-smittbararpenning');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => !document.querySelector('[data-field="baseratPa"]'));
    await tabTo(page, 'f-diagnoser');
    await page.keyboard.type('J06');
    await page.waitForSelector('#f-diagnoser-list li[role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#f-diagnoser-0-text') as HTMLInputElement).value !== '');
    await tabTo(page, 'f-sjukskrivning-HELT_NEDSATT');
    await page.keyboard.press('Space');
    // Ticking a degree fills in today as the start and moves the cursor to t.o.m, as in Webcert.
    await page.waitForFunction(() => document.activeElement?.id === 'f-sjukskrivning-HELT_NEDSATT-to');
    expect(await page.$eval('#f-sjukskrivning-HELT_NEDSATT-from', (node) => (node as HTMLInputElement).value)).toBe('2026-11-20');
    await page.keyboard.type('14d');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => (document.querySelector('#f-sjukskrivning-HELT_NEDSATT-to') as HTMLInputElement).value === '2026-12-03');
    await page.waitForSelector('.topbar .status-ok');
    expect(await textOf(page, '[data-field="sjukskrivning"] .note')).toBe('Intyget motsvarar en period på 14 dagar.');
    expect(await textOf(page, '[data-field="sjukskrivning"] .issue-info')).toContain('kortare än 15 dagar');
    await page.close();
  });

  it('gives every control of every type an accessible name', async () => {
    const page = await openType('fk7804');
    await page.click('.topbar .switch:nth-of-type(2) input');
    const unnamed: string[] = [];
    for (const { id } of studio.ctx.workspace.types()) {
      await page.evaluate((type) => { location.hash = `#/${type}`; }, id);
      await page.waitForFunction((type) => document.querySelector('.types [aria-current="page"]')?.getAttribute('href') === `#/${type}` && document.querySelector('form.certificate'), {}, id);
      const count = studio.ctx.workspace.get(id)!.model!.fields.length;
      await page.waitForFunction((n) => document.querySelectorAll('form.certificate [data-kind]').length === n, {}, count);
      const tree = await page.accessibility.snapshot({ interestingOnly: true });
      const walk = (node: { role: string; name?: string; children?: unknown[] } | null | undefined): void => {
        if (!node) return;
        if (['textbox', 'checkbox', 'radio', 'combobox', 'button', 'spinbutton', 'listbox', 'tab', 'link'].includes(node.role) && !node.name?.trim()) unnamed.push(`${id}: ${node.role}`);
        for (const child of (node.children ?? []) as Array<typeof node>) walk(child);
      };
      walk(tree as never);
    }
    expect(unnamed).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('screenshot', () => {
  it('takes the README\'s picture: FK7804 with an example loaded, question 1.3 explained', async () => {
    const page = await openType('fk7804', { viewport: { width: 1440, height: 900 } });
    await page.click('#tab-examples');
    await page.waitForFunction(() => [...document.querySelectorAll('#example-choice option')].some((option) => option.textContent === 'valid-deltid-ojamn-arbetstid'));
    await page.select('#example-choice', 'valid-deltid-ojamn-arbetstid');
    await page.click('.examples .row button.secondary');
    await page.waitForFunction(() => (document.querySelector('#f-diagnoser') as HTMLInputElement)?.value !== '');
    await page.click('#f-baseratPa-ANNAT');
    await page.type('#f-annatBeskrivning', 'Samtal med fysioterapeut');
    await page.click('[data-field="annatBeskrivning"] .why');
    await page.waitForSelector('[data-explain="field:annatBeskrivning"]');
    await page.evaluate(() => document.querySelector('[data-section="grundForMedicinsktUnderlag"]')!.scrollIntoView());
    // The committed picture changes only when asked; otherwise the test checks that one can be taken.
    const update = process.env.INTYG_UPDATE_SCREENSHOT === '1';
    const file = update ? join(PACKAGE_ROOT, 'docs', 'studio.png') : join(mkdtempSync(join(tmpdir(), 'intyg-studio-shot-')), 'studio.png');
    await page.screenshot({ path: file });
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1440);
    if (!update) rmSync(join(file, '..'), { recursive: true, force: true });
    await page.close();
  });
});
