/**
 * Seed 001's quality indicators, computed from a small hand-made region whose answers can be
 * counted by eye, and the report's CSV and HTML (SVG charts, every input text escaped).
 */

import { describe, expect, it } from 'vitest';
import { indicatorInput, indicators } from '../../src/documents/indicators.js';
import { barChart, escapeHtml, indicatorsCsv, indicatorsHtml } from '../../src/documents/indicators-report.js';
import { project } from '../helpers/project.js';
import { example } from '../server/helpers.js';

const { runtime } = project();
const A = { hsaId: 'SE-A', name: 'Vårdcentralen A' };
const B = { hsaId: 'SE-B', name: '<b>Vårdcentralen B</b>' };

/** personnummer of a 40-year-old, an 80-year-old and a 15-year-old on 2026-11-25. */
const ADULT = ['198601012381', '198601022380', '198601032389', '198601042388'];
const OLD = '194601012380';
const YOUNG = '201101012381';

const cert = (id: string, personId: string, unit: typeof A, from = '2026-11-01', to = '2026-11-30') => ({
  type: 'fk7804', version: '2.0', id, status: 'signed', signedAt: from, patient: { personId }, unit, answers: { sjukskrivning: { HELT_NEDSATT: { from, to } } },
});
const contact = (personId: string, unit: typeof A, codes: string[], contactDate = '2026-05-10') => ({
  ...example('vardkontakt-rehab', 'valid-plan-vid-sjukskrivning'), contactDate, patient: { personId }, unit, answers: { insatser: ['UPPRATTA_PLAN'], kvaKoder: codes },
});

const lines = [
  { unit: 'SE-A', unitName: 'Vårdcentralen A', listed: 2000 },
  { unit: 'SE-B', listed: 1000 },
  { unit: 'SE-C', unitName: 'Vårdcentralen C', listed: 4000 },
  cert('a1', ADULT[0], A), cert('a2', ADULT[1], A), cert('a3', OLD, A), cert('a4', YOUNG, A), cert('a5', ADULT[2], A, '2026-01-01', '2026-01-31'),
  cert('b1', ADULT[3], B),
  { certificateId: 'a1', subject: 'KOMPLT' }, { certificateId: 'a1', subject: 'PAMINN' }, { certificateId: 'a2', subject: 'PAMINN' }, { certificateId: 'b1', subject: 'PAMINN' },
  contact(ADULT[0], A, ['AW020', 'DV077', 'GC001']), contact(ADULT[0], A, ['GC001']), contact(ADULT[1], A, ['AW020', 'DV077']),
  contact(ADULT[0], B, ['GC001']), contact(ADULT[3], B, ['AW020', 'DV077'], '2025-12-31'),
  { something: 'else' },
] as Array<Record<string, unknown>>;

const input = indicatorInput(lines, runtime.models);
const result = indicators(input, { date: '2026-11-25', from: '2026-01-01', to: '2026-12-31', models: runtime.models });
const unit = (id: string) => result.units.find((row) => row.unit === id)!;

describe('the indicators', () => {
  it('sorts the input: certificates, questions, registrations, listings, and counts the rest', () => {
    expect([input.certificates.length, input.questions.length, input.registrations.length, input.listings.length, input.ignored]).toEqual([6, 4, 5, 3, 1]);
  });

  it('sick-leave cases per 1000 listed patients aged 16–68, against the median of the units', () => {
    // A: two ongoing cases aged 16–68 (the 80- and 15-year-olds and the ended case do not count).
    expect(unit('SE-A')).toMatchObject({ listed: 2000, sickLeaveCases: 2, casesPer1000: 1 });
    expect(unit('SE-B')).toMatchObject({ listed: 1000, sickLeaveCases: 1, casesPer1000: 1 });
    expect(unit('SE-C')).toMatchObject({ listed: 4000, sickLeaveCases: 0, casesPer1000: 0 });
    expect(result.medianCasesPer1000).toBe(1);
    expect(unit('SE-A').ratioToMedian).toBe(1);
    expect(unit('SE-C').ratioToMedian).toBe(0);
    expect(result.region).toMatchObject({ listed: 7000, sickLeaveCases: 3, casesPer1000: 0.43 });
  });

  it('komplettering share of the cases\' certificates (as statistik computes it) and reminders from Försäkringskassan', () => {
    expect(unit('SE-A').komplettering).toEqual({ certificates: 4, withRequest: 1, share: 0.25 });
    expect(unit('SE-A').reminders).toBe(2);
    expect(unit('SE-B').reminders).toBe(1);
    expect(result.region.komplettering).toEqual({ certificates: 5, withRequest: 1, share: 0.2 });
  });

  it('unique patients with a GC001 contact, and plans drawn up (DV077), in the period', () => {
    expect(unit('SE-A')).toMatchObject({ rehabCoordinatorPatients: 1, plans: 2 });
    // B's DV077 contact was on 2025-12-31, before the period.
    expect(unit('SE-B')).toMatchObject({ rehabCoordinatorPatients: 1, plans: 0 });
    // The same patient had GC001 contacts at A and at B: once for the region.
    expect(result.region).toMatchObject({ rehabCoordinatorPatients: 1, plans: 2 });
  });
});

describe('the report', () => {
  it('CSV: one row per unit and the region, semicolon-separated, Swedish decimals', () => {
    const csv = indicatorsCsv(result).trim().split('\n');
    expect(csv[0]).toBe('Vårdenhet;HSA-id;Listade 16–68 år;Sjukfall;Sjukfall per 1000 listade;Jämfört med medianen;Intyg i sjukfallen;Med kompletteringsbegäran;Andel komplettering;Påminnelser från Försäkringskassan;Unika patienter med rehabkoordinator (GC001);Upprättade planer (DV077)');
    expect(csv).toHaveLength(5);
    expect(csv[1]).toBe('Vårdcentralen A;SE-A;2000;2;1,00;1,00;4;1;25,0 %;2;1;2');
    expect(csv[4]).toBe('Regionen;;7000;3;0,43;;5;1;20,0 %;3;1;2');
  });

  it('HTML: self-contained SVG charts, the median line, no script or external resource, input text escaped', () => {
    const html = indicatorsHtml(result, { printedAt: '2026-11-25 14:05' });
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('median 1,00');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)|<link|@import/);
    expect(html).toContain('&#60;b&#62;Vårdcentralen B&#60;/b&#62;');
    expect(html).not.toContain('<b>Vårdcentralen B</b>');
  });

  it('bar lengths are proportional to the values', () => {
    const svg = barChart('T', [{ label: 'x', value: 2, text: '2' }, { label: 'y', value: 1, text: '1' }]);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(widths[0]).toBeCloseTo(widths[1] * 2, 1);
    expect(escapeHtml('"\'<&>')).toBe('&#34;&#39;&#60;&#38;&#62;');
  });
});
