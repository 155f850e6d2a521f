/**
 * Owns shiftDates (the `params: { days }` shift both evaluators share) and contextFacts: the
 * facts besides the answers, with the patient's birth date derived from the personnummer or
 * samordningsnummer, never taken from the payload.
 */

import { describe, expect, it } from 'vitest';
import { contextFacts, shiftDates } from '../../src/rules/facts.js';

describe('shiftDates', () => {
  it('moves a date by whole days, across months, years and leap days', () => {
    expect(shiftDates('2026-11-20', -7)).toBe('2026-11-13');
    expect(shiftDates('2026-11-20', 11)).toBe('2026-12-01');
    expect(shiftDates('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDates('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDates('2027-02-28', 1)).toBe('2027-03-01');
    expect(shiftDates('2026-11-10', -28)).toBe('2026-10-13');
  });

  it('returns the very same value when there is nothing to shift', () => {
    const period = { from: '2026-11-01', to: '2026-11-10' };
    expect(shiftDates(period, 0)).toBe(period);
    expect(shiftDates(period, undefined)).toBe(period);
  });

  it('moves the dates of an object and keeps the rest', () => {
    const patient = { personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12' };
    expect(shiftDates(patient, 365)).toEqual({ personId: '191212121212', idType: 'personnummer', birthDate: '1913-12-12' });
    expect(shiftDates({ from: '2026-11-01', to: '2026-11-10' }, 7)).toEqual({ from: '2026-11-08', to: '2026-11-17' });
    // The input is not modified: the same fact may be read unshifted elsewhere.
    expect(patient.birthDate).toBe('1912-12-12');
  });

  it('keeps values that are not real dates', () => {
    for (const value of [undefined, null, 3, true, 'ANNAT', '2026-02-30', '2026-10-00', '']) {
      expect(shiftDates(value, 7), String(value)).toBe(value);
    }
    expect(shiftDates({ a: '2026-02-30', b: 5 }, 7)).toEqual({ a: '2026-02-30', b: 5 });
  });

  it('moves dates nested in periods and rows', () => {
    const periods = { HALFTEN: { from: '2026-11-01', to: '2026-11-10' }, HELT_NEDSATT: { from: '2026-11-11', to: '' } };
    expect(shiftDates(periods, 7)).toEqual({ HALFTEN: { from: '2026-11-08', to: '2026-11-17' }, HELT_NEDSATT: { from: '2026-11-18', to: '' } });
    expect(shiftDates([{ beskrivning: 'Fall', datum: '2026-11-01' }, {}], -1)).toEqual([{ beskrivning: 'Fall', datum: '2026-10-31' }, {}]);
    expect(shiftDates(['2026-11-01', 'x'], 1)).toEqual(['2026-11-02', 'x']);
    expect(periods.HALFTEN.from).toBe('2026-11-01');
  });

  it('stops four levels down, deeper than any answer nests', () => {
    const deep = { a: { b: { c: { d: '2026-11-01' } } } };
    expect(shiftDates(deep, 1)).toEqual({ a: { b: { c: { d: '2026-11-02' } } } });
    const deeper = { a: { b: { c: { d: { e: '2026-11-01' } } } } };
    expect(shiftDates(deeper, 1)).toEqual(deeper);
  });
});

describe('contextFacts', () => {
  const certificate = (personId: unknown, extra: Record<string, unknown> = {}) => ({ patient: { personId }, ...extra });

  it('derives the birth date of a personnummer', () => {
    expect(contextFacts(certificate('191212121212'), '2026-11-20')).toEqual({
      today: '2026-11-20',
      patient: { personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12', birthYear: 1912 },
      issuer: {},
      unit: {},
      signing: { date: '2026-11-20', year: 2026 },
    });
  });

  it('issue 12 point 4: the signing date is the date of signedAt, or today for a draft', () => {
    expect(contextFacts(certificate('191212121212', { signedAt: '2025-03-04T10:15' }), '2026-11-20').signing).toEqual({ date: '2025-03-04', year: 2025 });
    expect(contextFacts(certificate('191212121212', { signedAt: '2025-03-04' }), '2026-11-20').signing).toEqual({ date: '2025-03-04', year: 2025 });
    for (const signedAt of [undefined, 'igår', 20250304, '2025-02-30']) {
      expect(contextFacts(certificate('191212121212', { signedAt }), '2026-11-20').signing, String(signedAt)).toEqual({ date: '2026-11-20', year: 2026 });
    }
  });

  it('normalizes the hyphen away', () => {
    expect(contextFacts(certificate('19121212-1212'), '2026-11-20').patient.personId).toBe('191212121212');
  });

  it('derives the birth date of a samordningsnummer, whose day is the birth day + 60', () => {
    expect(contextFacts(certificate('191212721219'), '2026-11-20').patient).toEqual({
      personId: '191212721219',
      idType: 'samordningsnummer',
      birthDate: '1912-12-12',
      birthYear: 1912,
    });
  });

  it('ignores a birth date in the payload', () => {
    const facts = contextFacts({ patient: { personId: '191212121212', birthDate: '2000-01-01', idType: 'samordningsnummer' } }, '2026-11-20');
    expect(facts.patient).toEqual({ personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12', birthYear: 1912 });
  });

  it('keeps an unusable id without a birth date, so birth-date conditions stay false', () => {
    for (const personId of ['191212121213', '1212121212', '19121212', 191212121212, undefined]) {
      expect(contextFacts(certificate(personId), '2026-11-20').patient, String(personId)).toEqual({ personId });
    }
    expect(contextFacts({}, '2026-11-20').patient).toEqual({ personId: undefined });
    expect(contextFacts({ patient: 'x' }, '2026-11-20').patient).toEqual({ personId: undefined });
  });

  it('picks only the known issuer and unit keys', () => {
    const facts = contextFacts({
      issuer: { hsaId: 'SE1', name: 'Ajla Doktor', profession: 'lakare', password: 'x' },
      unit: { hsaId: 'SE2', name: 'Vårdcentralen', address: 'Gatan 1', postalCode: '12345', city: 'Orten', phone: '010', email: 'a@b' },
    }, '2026-11-20');
    expect(facts.issuer).toEqual({ hsaId: 'SE1', name: 'Ajla Doktor', profession: 'lakare' });
    expect(facts.unit).toEqual({ hsaId: 'SE2', name: 'Vårdcentralen', address: 'Gatan 1', postalCode: '12345', city: 'Orten', phone: '010' });
  });

  it('reads issuer and unit only from own properties of objects', () => {
    const facts = contextFacts({ issuer: JSON.parse('{"__proto__": {"hsaId": "SE1"}}'), unit: ['SE2'] }, '2026-11-20');
    expect(facts.issuer).toEqual({});
    expect(facts.unit).toEqual({});
    expect(Object.getPrototypeOf(facts.issuer)).toBe(Object.prototype);
  });
});
