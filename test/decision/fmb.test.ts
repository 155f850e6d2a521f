/** FMB import and lookup, per Webcert's FmbBaseService and TidEnhet. */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, renderDecisionSupport } from '../../scripts/import-fmb.js';
import { createFmb, maxRecommendedDays } from '../../src/decision/fmb.js';
import { defaultDecisionSupportDir, loadFmb, loadFmbFile } from '../../src/decision/load.js';
import type { FmbFile } from '../../src/decision/types.js';

const fmb = loadFmb();

describe('fmb(code)', () => {
  it('shortens F321 to F32 and says which code it matched', () => {
    const result = fmb('F32.1')!;
    expect(result.code).toBe('F321');
    expect(result.matchedCode).toBe('F32');
    expect(result.title).toBe('Depressiv episod');
    expect(result.texts.functionalImpairment).not.toBe('');
    expect(result.texts.activityLimitation).not.toBe('');
  });

  it('prefers the longest matching code (F200 is its own entry)', () => {
    expect(fmb('F2001')!.matchedCode).toBe('F200');
  });

  it('finds nothing for a group without FMB support and never goes below three characters', () => {
    expect(fmb('X99')).toBeUndefined();
    expect(fmb('Z')).toBeUndefined();
    expect(fmb('F3')).toBeUndefined();
  });

  it('counts a month as 31 days', () => {
    const result = fmb('F32')!;
    const months = result.typicalCases.filter((tc) => tc.unit === 'mo');
    expect(months.length).toBeGreaterThan(0);
    for (const tc of months) expect(tc.days).toBe(tc.amount! * 31);
    expect(result.maxDays).toBe(186);
  });

  it('takes the highest maximum across diagnoses and ignores codes without support', () => {
    const one = fmb('F32')!.maxDays!;
    const best = maxRecommendedDays(fmb, ['X99', 'F321', 'K40'])!;
    expect(best.days).toBe(Math.max(one, fmb('K40')!.maxDays!));
    expect(maxRecommendedDays(fmb, ['X99'])).toBeUndefined();
  });

  it('ignores typical cases without a length when taking the maximum', () => {
    const file: FmbFile = {
      id: 'fmb', title: 't', snapshot: 's', apiVersion: '', source: '',
      groups: [{
        id: '1', title: 'Test', codes: [{ code: 'A00', title: 'a' }], reference: null,
        texts: { generalInfo: '', symptomPrognosisTreatment: '', functionalImpairment: '', activityLimitation: '', rehabilitation: null },
        typicalCases: [
          { text: 'a', recommendation: 'Upp till 2 veckor', degree: 'heltid', amount: 2, unit: 'wk', days: 14, codes: ['A00'] },
          { text: 'b', recommendation: 'Under behandlingen', degree: 'heltid', amount: null, unit: null, days: null, codes: ['A00'] },
        ],
      }],
    };
    expect(createFmb(file)('A001')!.maxDays).toBe(14);
  });
});

// The reference data sits beside the repository (../shared/data) in CI, not in every clone.
describe.skipIf(!existsSync(DEFAULT_DATA_DIR))('import-fmb', () => {
  it('reproduces the committed files byte for byte', () => {
    for (const [name, text] of renderDecisionSupport()) {
      expect(text, name).toBe(readFileSync(join(defaultDecisionSupportDir(), name), 'utf8'));
    }
  });

  it('names the 2018-06 snapshot', () => {
    expect(loadFmbFile().snapshot).toBe('2018-06');
  });
});
