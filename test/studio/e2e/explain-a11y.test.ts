/** Why a question is shown; the keyboard alone; an accessible name for every control; the README's picture. */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';
import { useStudio, openType, textOf, showHidden, definitionFile } from './harness.js';

const h = useStudio();

describe('explain', () => {
  it('says why question 1.3 is shown: its condition in Swedish, its YAML line, and the value it read', async () => {
    const page = await openType(h, 'fk7804');
    await page.click('#f-baseratPa-ANNAT');
    await page.waitForSelector('#f-annatBeskrivning');
    await page.click('[data-field="annatBeskrivning"] .why');
    const panel = await page.waitForSelector('[data-explain="field:annatBeskrivning"]');
    const text = await panel!.evaluate((node) => (node as HTMLElement).innerText);
    const lines = readFileSync(definitionFile(h), 'utf8').split('\n');
    const field = lines.findIndex((line) => line.includes('id: annatBeskrivning'));
    const showIf = lines.findIndex((line, index) => index > field && line.trimStart().startsWith('showIf:'));
    expect(text).toContain('Fråga 1.3: Ange vad annat är');
    expect(text).toContain('Visas när ”annat” i ”Intyget är baserat på” är ikryssad; det gäller nu.');
    expect(text).toContain(`definitions/fk7804/definition.yaml:${showIf + 1}:${lines[showIf].indexOf('showIf') + 1}`);
    expect(text).toMatch(/1 Intyget är baserat på › annat\s+2026-11-20/);
    // Unticked, the same question explains why it is hidden (shown with "Visa dolda frågor").
    await showHidden(page);
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
    const page = await openType(h, 'fk7804');
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
    await page.close();
  });

  it('gives every control of every type an accessible name', async () => {
    const page = await openType(h, 'fk7804');
    await showHidden(page);
    const unnamed: string[] = [];
    for (const { id } of h.studio.ctx.workspace.types()) {
      await page.evaluate((type) => { location.hash = `#/${type}`; }, id);
      await page.waitForFunction((type) => document.querySelector('.types [aria-current="page"]')?.getAttribute('href') === `#/${type}` && document.querySelector('form.certificate'), {}, id);
      const count = h.studio.ctx.workspace.get(id)!.model!.fields.length;
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
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });
});

describe('screenshot', () => {
  it('takes the README\'s picture: FK7804 with an example loaded, question 1.3 explained', async () => {
    const page = await openType(h, 'fk7804', { viewport: { width: 1440, height: 900 } });
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
