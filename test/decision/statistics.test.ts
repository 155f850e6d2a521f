/** statistics(): the national bands and groupings over sjukfall output. */

import { describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { loadDiagnosisGroups } from '../../src/decision/load.js';
import type { Sjukfall } from '../../src/decision/sjukfall.js';
import { ageBand, lengthBand, statistics } from '../../src/decision/statistics.js';

const input = { chapters: loadCodeSystems().chapters.entries, diagnosisGroups: loadDiagnosisGroups().entries };

function kase(sex: 'M' | 'F', age: number, diagnosis: string | null, days: number, currentDegree: number | null, ids = ['x']): Sjukfall {
  return {
    patient: { personId: '191212121212', sex, age }, diagnosis, secondaryDiagnoses: [], start: '2026-01-01', end: '2026-01-02', days,
    certificates: ids.length, certificateIds: ids, degrees: [currentDegree ?? 50], currentDegree, occupation: [], doctor: null, unit: null,
    activeCertificateId: null, recentlyEnded: currentDegree === null,
  };
}

const count = (list: Array<{ key: string; total: number; women: number; men: number }>, key: string) => list.find((c) => c.key === key);

describe('statistics', () => {
  it('uses the national age and length bands', () => {
    expect([15, 16, 20, 21, 65, 66].map(ageBand)).toEqual(['<16', '16-20', '16-20', '21-25', '61-65', '>65']);
    expect([14, 15, 30, 31, 90, 91, 180, 181, 364, 365, 730, 731].map(lengthBand)).toEqual(['<15', '15-30', '15-30', '31-60', '61-90', '91-180', '91-180', '181-364', '181-364', '365-730', '365-730', '>730']);
  });

  it('groups by sex, chapter, diagnosis group and degree, split by sex', () => {
    const stats = statistics([kase('F', 40, 'F438A', 100, 50), kase('M', 30, 'F321', 10, 100), kase('F', 70, 'M545', 400, null), kase('M', 50, null, 20, 25)], input);
    expect(stats.cases).toBe(4);
    expect(count(stats.bySex, 'F')).toMatchObject({ total: 2, women: 2, men: 0 });
    expect(count(stats.byChapter, 'F00-F99')).toMatchObject({ total: 2, women: 1, men: 1 });
    expect(count(stats.byDiagnosisGroup, 'F00-F99')!.total).toBe(2);
    expect(count(stats.byDiagnosisGroup, 'M00-M99')!.total).toBe(1);
    expect(stats.byDiagnosisGroup.find((g) => g.key === '-')).toMatchObject({ label: 'Utan giltig diagnoskod', total: 1 });
    expect(count(stats.byDegree, '50')!.total).toBe(2);
    expect(count(stats.byLengthBand, '365-730')!.total).toBe(1);
    expect(count(stats.byAgeBand, '>65')!.women).toBe(1);
    expect(stats.komplettering).toBeUndefined();
  });

  it('computes the share of certificates with a komplettering request', () => {
    const stats = statistics([kase('F', 40, 'F438A', 100, 50, ['a', 'b']), kase('M', 30, 'F321', 10, 100, ['c', 'd'])], {
      ...input,
      questions: [{ certificateId: 'a', subject: 'KOMPLT' }, { certificateId: 'a', subject: 'KOMPLT' }, { certificateId: 'c', subject: 'OVRIGT' }],
    });
    expect(stats.komplettering).toEqual({ certificates: 4, withRequest: 1, share: 0.25 });
  });
});
