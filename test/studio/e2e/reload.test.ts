/** Live reload: a definition saved on disk updates the open page; a broken one shows where it broke. */

import { describe, expect, it } from 'vitest';
import { useStudio, openType, editDefinition } from './harness.js';

const h = useStudio();

describe('live reload', () => {
  it('shows a label changed in the YAML on disk and keeps the answers', async () => {
    const page = await openType(h, 'fk7804');
    await page.click('#f-baseratPa-ANNAT');
    await page.waitForSelector('#f-annatBeskrivning');
    await page.type('#f-annatBeskrivning', 'Samtal med anhörig');
    await page.type('#f-ovrigt', 'Behåll mig');
    editDefinition(h, (text) => text.replace('label: Ange vad annat är', 'label: Ange vad annat är, med egna ord'));
    await page.waitForFunction(() => document.querySelector('[data-field="annatBeskrivning"] label')?.textContent?.includes('Ange vad annat är, med egna ord'));
    expect(await page.$eval('#f-annatBeskrivning', (node) => (node as HTMLInputElement).value)).toBe('Samtal med anhörig');
    expect(await page.$eval('#f-ovrigt', (node) => (node as HTMLTextAreaElement).value)).toBe('Behåll mig');
    expect(await page.$eval('#f-baseratPa-ANNAT', (node) => (node as HTMLInputElement).checked)).toBe(true);
    editDefinition(h, (text) => text.replace('label: Ange vad annat är, med egna ord', 'label: Ange vad annat är'));
    await page.waitForFunction(() => !document.querySelector('[data-field="annatBeskrivning"] label')?.textContent?.includes('med egna ord'));
    await page.close();
  });

  it('shows a broken YAML\'s located diagnostic, keeps the last good form usable, and clears when fixed', async () => {
    const page = await openType(h, 'fk7804');
    await page.type('#f-ovrigt', 'Skrivet före felet');
    editDefinition(h, (text) => text.replace('    title: Smittbärarpenning', '    title: [Smittbärarpenning'));
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
    editDefinition(h, (text) => text.replace('    title: [Smittbärarpenning', '    title: Smittbärarpenning'));
    await page.waitForFunction(() => !document.querySelector('.diagnostics-error'));
    await page.close();
  });

  it('shows markup written in the YAML as text, never as markup', async () => {
    const page = await openType(h, 'fk7804');
    editDefinition(h, (text) => text.replace('label: Övriga upplysningar', 'label: "Övriga <img src=x onerror=\\"window.hacked=1\\"> upplysningar"'));
    await page.waitForFunction(() => document.querySelector('[data-field="ovrigt"] label')?.textContent?.includes('<img src=x'));
    expect(await page.$$eval('form.certificate img', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    editDefinition(h, (text) => text.replace(/label: "Övriga <img[^\n]*/, 'label: Övriga upplysningar'));
    await page.waitForFunction(() => document.querySelector('[data-field="ovrigt"] label')?.textContent?.endsWith('Övriga upplysningar'));
    await page.close();
  });
});
