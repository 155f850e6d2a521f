/** sjukfall() against the national rules in Rehabstöd (reference part C1). */

import { describe, expect, it } from 'vitest';
import { coveredDays, formatDay, parseDay } from '../../src/decision/days.js';
import { sjukfall, sexOf, type SickLeaveCertificate } from '../../src/decision/sjukfall.js';
import { fromEpochDay, toEpochDay } from '../../src/util/dates.js';

const MAN = '191212121212';
const WOMAN = '194011306125';

function cert(id: string, periods: Record<string, [string, string]>, extra: Partial<SickLeaveCertificate> = {}): SickLeaveCertificate {
  return {
    id,
    type: 'fk7804',
    status: 'signed',
    signedAt: `${Object.values(periods)[0][0]}T10:00`,
    patient: { personId: MAN },
    issuer: { hsaId: 'SE-LAK-1', name: 'Ajla Doktor' },
    unit: { hsaId: 'SE-VE-1', name: 'Vårdcentralen Linden' },
    answers: {
      sjukskrivning: Object.fromEntries(Object.entries(periods).map(([k, [from, to]]) => [k, { from, to }])),
      diagnoser: [{ code: 'F438A' }, { code: 'F411' }],
      sysselsattning: ['NUVARANDE_ARBETE'],
    },
    ...extra,
  };
}

const on = (activeDate: string, certs: SickLeaveCertificate[], options = {}) => sjukfall(certs, { activeDate, ...options });

describe('sjukfall', () => {
  it('joins certificates 5 uncovered days apart but not 6 (default gap)', () => {
    const first = cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-01-10'] });
    // 11–15 January uncovered: five days.
    const joined = on('2026-01-20', [first, cert('b', { HELT_NEDSATT: ['2026-01-16', '2026-01-31'] })]);
    expect(joined).toHaveLength(1);
    expect(joined[0]).toMatchObject({ start: '2026-01-01', end: '2026-01-31', certificates: 2, days: 10 + 16 });
    // 11–16 January uncovered: six days, a new case.
    const split = on('2026-01-20', [first, cert('b', { HELT_NEDSATT: ['2026-01-17', '2026-01-31'] })]);
    expect(split[0]).toMatchObject({ start: '2026-01-17', certificates: 1, days: 15 });
  });

  it('honours another gap and returns nothing for a negative one', () => {
    const certs = [cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-01-10'] }), cert('b', { HELT_NEDSATT: ['2026-01-17', '2026-01-31'] })];
    expect(on('2026-01-20', certs, { gapDays: 6 })[0].certificates).toBe(2);
    expect(on('2026-01-20', certs, { gapDays: -1 })).toEqual([]);
    expect(() => on('2026-01-20', certs, { gapDays: 91 })).toThrow(RangeError);
  });

  it('counts overlapping certificates once, inclusive of both ends', () => {
    const cases = on('2026-02-01', [
      cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-01-31'] }),
      cert('b', { HALFTEN: ['2026-01-20', '2026-02-10'] }),
    ]);
    expect(cases[0]).toMatchObject({ start: '2026-01-01', end: '2026-02-10', days: 41, certificates: 2, currentDegree: 50 });
  });

  it('follows a case across the active date, with degrees in date order and the current degree', () => {
    const [c] = on('2026-03-10', [cert('a', { HELT_NEDSATT: ['2026-03-01', '2026-03-07'], HALFTEN: ['2026-03-08', '2026-03-31'] })]);
    expect(c).toMatchObject({ degrees: [100, 50], currentDegree: 50, diagnosis: 'F438A', secondaryDiagnoses: ['F411'], occupation: ['NUVARANDE_ARBETE'], recentlyEnded: false });
    expect(c.patient).toEqual({ personId: MAN, sex: 'M', age: 113 });
    expect(on('2026-04-01', [cert('a', { HELT_NEDSATT: ['2026-03-01', '2026-03-31'] })])).toEqual([]);
  });

  it('takes diagnosis and doctor from the latest-signed active certificate', () => {
    const older = cert('old', { HELT_NEDSATT: ['2026-01-01', '2026-02-28'] }, { signedAt: '2026-01-01T08:00' });
    const newer = cert('new', { HALFTEN: ['2026-01-15', '2026-02-15'] }, { signedAt: '2026-01-15T08:00', issuer: { hsaId: 'SE-LAK-2', name: 'Bo Läkare' } });
    newer.answers!.diagnoser = [{ code: 'M545' }];
    const [c] = on('2026-02-01', [newer, older]);
    expect(c).toMatchObject({ activeCertificateId: 'new', diagnosis: 'M545', currentDegree: 50, doctor: { name: 'Bo Läkare' }, certificates: 2 });
  });

  it('breaks a tie in signing time by the later end, then the later input', () => {
    const a = cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-02-28'] }, { signedAt: '2026-01-01T08:00' });
    const b = cert('b', { HALFTEN: ['2026-01-01', '2026-01-31'] }, { signedAt: '2026-01-01T08:00' });
    expect(on('2026-01-10', [a, b])[0].activeCertificateId).toBe('a');
    const c = cert('c', { HALFTEN: ['2026-01-01', '2026-02-28'] }, { signedAt: '2026-01-01T08:00' });
    expect(on('2026-01-10', [a, c])[0].activeCertificateId).toBe('c');
  });

  it('shows recently ended cases only within the configured days', () => {
    const certs = [cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-01-10'] })];
    expect(on('2026-01-13', certs, { recentlyEndedDays: 2 })).toEqual([]);
    const [c] = on('2026-01-12', certs, { recentlyEndedDays: 2 });
    expect(c).toMatchObject({ recentlyEnded: true, currentDegree: null, activeCertificateId: null, days: 10 });
  });

  it('filters by unit and skips drafts and revoked certificates', () => {
    const at = (unit: string, status = 'signed') => cert(unit + status, { HELT_NEDSATT: ['2026-01-01', '2026-01-31'] }, { status, unit: { hsaId: unit } });
    expect(on('2026-01-10', [at('SE-VE-1'), at('SE-VE-2')], { unit: 'SE-VE-2' })[0].activeCertificateId).toBe('SE-VE-2signed');
    expect(on('2026-01-10', [at('SE-VE-1', 'draft'), at('SE-VE-1', 'locked'), at('SE-VE-1', 'revoked')])).toEqual([]);
  });

  it('keeps patients apart and reads sex from the eleventh digit', () => {
    const cases = on('2026-01-10', [cert('a', { HELT_NEDSATT: ['2026-01-01', '2026-01-31'] }), cert('b', { HELT_NEDSATT: ['2026-01-02', '2026-01-31'] }, { patient: { personId: WOMAN } })]);
    expect(cases.map((c) => c.patient.sex)).toEqual(['M', 'F']);
    expect(sexOf('12345')).toBe('U');
  });
});

describe('days', () => {
  it('agrees with the Date-based helpers', () => {
    for (const s of ['1900-03-01', '1970-01-01', '2000-02-29', '2026-12-31', '2100-02-28']) {
      expect(parseDay(s)).toBe(toEpochDay(s));
      expect(formatDay(toEpochDay(s))).toBe(fromEpochDay(toEpochDay(s)));
    }
    expect(parseDay('2026-02-29')).toBeNaN();
    expect(coveredDays([[10, 12], [1, 3], [2, 5]])).toBe(8);
  });
});
