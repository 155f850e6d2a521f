/** The live form: what the rules show and hide, messages at the field, text shown as text. */

import { describe, expect, it } from 'vitest';
import { useStudio, openType, retype, shownFields, textOf, showMissing } from './harness.js';

const h = useStudio();

describe('the live form', () => {
  it('ticking 27 hides questions 1, 28, 35, 17 and 39, and unticking brings them back', async () => {
    const page = await openType(h, 'fk7804');
    const byRef = new Map(h.studio.ctx.workspace.get('fk7804')!.model!.fields.map((field) => [field.ref, field.id]));
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
    const page = await openType(h, 'fk7804');
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
    await showMissing(page);
    await page.waitForSelector('[data-field="ojamnArbetstid"] .issue[data-code="required"]');
    expect(await textOf(page, '[data-field="ojamnArbetstid"] .issue')).toContain('Välj ett alternativ.');
    await page.close();
  });

  it('shows payload text as text: markup typed into an answer never becomes markup', async () => {
    const page = await openType(h, 'fk7804');
    await page.type('#f-ovrigt', '<img src=x onerror="window.hacked=1"><b>fet</b>');
    await page.waitForFunction(() => (document.querySelector('#f-ovrigt') as HTMLTextAreaElement).value.endsWith('</b>'));
    expect(await page.$$eval('form.certificate img, form.certificate b', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await page.close();
  });
});
