/** A control for every field kind: filled as a user fills it, the runtime accepts the answer. */

import { describe, expect, it } from 'vitest';
import { useStudio, openType, retype, errorsAt, showMissing } from './harness.js';

const h = useStudio();

describe('a control for every kind', () => {
  it('uncertain date and municipality typeahead (Dödsbevis)', async () => {
    const page = await openType(h, 'db');
    await showMissing(page);
    await page.click('#f-dodsdatumSakert-1');
    await page.waitForSelector('#f-dodsdatumOsakert');
    expect(await errorsAt(page, 'dodsdatumOsakert')).toEqual(['Ange år.']);
    await page.select('#f-dodsdatumOsakert', '2026');
    await page.select('#f-dodsdatumOsakert-month', '10');
    expect(await errorsAt(page, 'dodsdatumOsakert')).toEqual([]);
    await page.type('#f-dodsplatsKommun', 'Uppsal');
    await page.waitForSelector('#f-dodsplatsKommun-list li[role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#f-dodsplatsKommun') as HTMLInputElement).value === 'UPPSALA');
    expect(await errorsAt(page, 'dodsplatsKommun')).toEqual([]);
    await page.close();
  });

  it('rows with a drop-down, a date and a text per row (FK7800 underlag)', async () => {
    const page = await openType(h, 'fk7800');
    await showMissing(page);
    await page.click('#f-underlagFinns');
    await page.waitForSelector('#f-underlag');
    expect((await errorsAt(page, 'underlag')).length).toBeGreaterThan(0);
    await page.select('#f-underlag', 'PSYKOLOG');
    await retype(page, '#f-underlag-0-datum', '2026-10-01');
    await retype(page, '#f-underlag-0-hamtasFran', 'Psykologmottagningen i Lund');
    await page.waitForFunction(() => !document.querySelector('[data-field="underlag"] .issue-error'));
    await retype(page, '#f-underlag-0-datum', '2026-13-01');
    await page.waitForSelector('[data-field="underlag"] .issue-error');
    await page.close();
  });

  it('visual acuities with a decimal comma (TSTRK1007)', async () => {
    const page = await openType(h, 'tstrk1007');
    await showMissing(page);
    expect((await errorsAt(page, 'synskarpa')).length).toBeGreaterThan(0);
    await page.type('#f-synskarpa', '0,8');
    await page.type('#f-synskarpa-leftEye-withoutCorrection', '1,0');
    await page.type('#f-synskarpa-binocular-withoutCorrection', '1,0');
    await page.waitForFunction(() => !document.querySelector('[data-field="synskarpa"] .issue-error'));
    await page.type('#f-synskarpa-rightEye-withCorrection', '2,5');
    await page.waitForFunction(() => document.querySelector('[data-field="synskarpa"] .issue-error')?.textContent?.endsWith('Ange synskärpa i intervallet 0,0 - 2,0.'));
    await page.close();
  });

  it('integer and date range (AG1-14); what is typed reaches the rules as typed', async () => {
    const page = await openType(h, 'ag114');
    await showMissing(page);
    await page.type('#f-nedsattningProcent', 'x5');
    await page.waitForFunction(() => document.querySelector('[data-field="nedsattningProcent"] .issue-error')?.textContent?.endsWith('Svaret har fel format.'));
    await retype(page, '#f-nedsattningProcent', '50');
    await retype(page, '#f-arbetsformagaPeriod', '2026-11-20');
    await retype(page, '#f-arbetsformagaPeriod-to', '2026-11-30');
    await page.waitForFunction(() => !document.querySelector('[data-field="nedsattningProcent"] .issue-error, [data-field="arbetsformagaPeriod"] .issue-error'));
    await page.close();
  });

  it('yes/no, radio choice, integer, multi-choice, date choices and ICF codes (FK7804)', async () => {
    const page = await openType(h, 'fk7804');
    await showMissing(page);
    await page.click('#f-baseratPa-JOURNALUPPGIFTER');
    expect(await page.$eval('#f-baseratPa-JOURNALUPPGIFTER-date', (node) => (node as HTMLInputElement).value)).toBe('2026-11-20');
    await page.click('#f-sysselsattning-STUDIER');
    await page.click('#f-prognos-ATER_X_ANTAL_MANADER');
    await page.waitForSelector('#f-prognosManader');
    await page.type('#f-prognosManader', '3');
    await page.type('#f-funktionsnedsattning-code', 'b130');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-field="funktionsnedsattning"] .chips li');
    await page.type('#f-funktionsnedsattning', 'Nedsatt energi.');
    await page.click('#f-sjukskrivning');
    await retype(page, '#f-sjukskrivning-to', '2026-12-20');
    await page.waitForSelector('#f-ojamnArbetstid');
    await page.click('#f-ojamnArbetstid-1');
    await page.waitForFunction(() => !document.querySelector('[data-field="ojamnArbetstid"] .issue-error'));
    for (const field of ['baseratPa', 'sysselsattning', 'prognos', 'prognosManader', 'funktionsnedsattning', 'sjukskrivning']) {
      expect(await errorsAt(page, field), field).toEqual([]);
    }
    expect(await page.$('[data-field="ojamnArbetstidMotivering"]')).toBeNull();
    await page.close();
  });

  it('diagnoses in KSH97-P where the form takes primary care\'s codes (AG7804)', async () => {
    const page = await openType(h, 'ag7804');
    await showMissing(page);
    await page.click('#f-formedlaDiagnos');
    const radios = await page.$$('[data-field="diagnoser"] .code-systems input');
    await radios[1].click();
    await page.type('#f-diagnoser-0-text', 'salmonella');
    await page.waitForSelector('#f-diagnoser-0-text-list li[role="option"]');
    expect(await page.$eval('#f-diagnoser-0-text-list li', (node) => node.textContent)).toBe('A02-P Salmonellainfektioner');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#f-diagnoser') as HTMLInputElement).value === 'A02-P');
    expect(await errorsAt(page, 'diagnoser')).toEqual([]);
    // The same code read as ICD-10-SE is not a code at all.
    await radios[0].click();
    await page.waitForFunction(() => document.querySelector('[data-field="diagnoser"] .issue-error'));
    await page.close();
  });
});

