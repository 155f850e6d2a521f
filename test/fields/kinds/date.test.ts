/**
 * Owns the `date` kind: `YYYY-MM-DD` with limits relative to the validation date (`today`,
 * `today-7`, `today+30`) or fixed. Limits resolve against each run's own date, so a long-lived
 * runtime never validates against a stale "today".
 */

import { describe, expect, it } from 'vitest';
import date from '../../../src/fields/kinds/date.js';
import { env, errorsOf, issue, makeField, makeRun, schemaAccepts } from '../../helpers/field.js';

const notFuture = makeField('date', { max: 'today' });
const lastWeek = makeField('date', { min: 'today-7', max: 'today' });

describe('date', () => {
  it('is answered with an ISO date', () => {
    expect(date.kind).toBe('date');
    expect(date.hasAnswer).toBe(true);
    expect(date.requiredMessage).toBe('Ange ett datum.');
    expect(date.tsType(notFuture)).toBe('IsoDate');
  });

  it('has a schema of real dates: a plain format date, which form generators show as a date picker', () => {
    expect(date.answerSchema(notFuture, env)).toEqual({ type: 'string', format: 'date' });
    const accepts = schemaAccepts(date, notFuture);
    for (const value of ['2026-11-20', '2024-02-29', '2030-01-01']) expect(accepts(value), value).toBe(true);
    for (const value of ['', '2026-02-29', '2026-11-20T00:00:00Z', '20261120', '2026-10-00', 20261120, null]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('describes only the whole answer, as a date', () => {
    expect(date.describe(notFuture, [])).toEqual({ type: 'date' });
    expect(date.describe(notFuture, ['year'])).toBeUndefined();
  });

  it('counts the empty string as an answer in the wrong shape, so it reaches the validator', () => {
    expect(date.isAnswered('')).toBe(true);
    expect(date.isAnswered(undefined)).toBe(false);
    expect(date.isAnswered('2026-11-20')).toBe(true);
    expect(date.isAnswered('igår')).toBe(true);
  });

  describe('validator', () => {
    it('accepts dates within the limits, inclusive', () => {
      for (const value of ['2026-11-13', '2026-11-20']) expect(errorsOf(date, lastWeek, value), value).toEqual([]);
      expect(errorsOf(date, makeField('date'), '1950-01-01')).toEqual([]);
    });

    it('keeps a date without limits plausible: within 120 years back and 5 years ahead', () => {
      const open = makeField('date');
      expect(errorsOf(date, open, '1906-11-20')).toEqual([]);
      expect(errorsOf(date, open, '2031-11-20')).toEqual([]);
      expect(errorsOf(date, open, '0000-01-01')).toEqual([issue('falt', 'date-min', 'Ange ett datum som är tidigast 1906-11-20.')]);
      expect(errorsOf(date, open, '9999-12-31')).toEqual([issue('falt', 'date-max', 'Ange ett datum som är senast 2031-11-20.')]);
      // A limit the definition sets replaces the default on its side only.
      expect(errorsOf(date, makeField('date', { max: 'today' }), '0001-01-01').map((found) => found.code)).toEqual(['date-min']);
    });

    it('reports the empty string as a malformed date asking for one, as the schema rejects it', () => {
      expect(errorsOf(date, notFuture, '')).toEqual([issue('falt', 'invalid-date', 'Ange ett datum.')]);
    });

    it('reports a date after max = today', () => {
      expect(errorsOf(date, notFuture, '2026-11-21')).toEqual([issue('falt', 'date-max', 'Ange ett datum som är senast 2026-11-20.')]);
    });

    it('reports a date before min = today-7', () => {
      expect(errorsOf(date, lastWeek, '2026-11-12')).toEqual([issue('falt', 'date-min', 'Ange ett datum som är tidigast 2026-11-13.')]);
    });

    it('resolves today+N and fixed dates', () => {
      const soon = makeField('date', { min: '2026-01-01', max: 'today+30' });
      expect(errorsOf(date, soon, '2026-12-20')).toEqual([]);
      expect(errorsOf(date, soon, '2026-12-21')).toEqual([issue('falt', 'date-max', 'Ange ett datum som är senast 2026-12-20.')]);
      expect(errorsOf(date, soon, '2025-12-31')).toEqual([issue('falt', 'date-min', 'Ange ett datum som är tidigast 2026-01-01.')]);
    });

    it('uses the field’s own message for date-max', () => {
      const custom = makeField('date', { max: 'today' }, { messages: { 'date-max': 'Ange dagens eller ett tidigare datum.' } });
      expect(errorsOf(date, custom, '2026-12-24')).toEqual([issue('falt', 'date-max', 'Ange dagens eller ett tidigare datum.')]);
    });

    it('resolves today-relative limits against each run’s date', () => {
      const validate = date.createValidator(notFuture, env);
      const first = makeRun('2026-11-20');
      validate('2026-11-21', 'falt', first);
      const next = makeRun('2026-11-21');
      validate('2026-11-21', 'falt', next);
      expect(first.errors.map((e) => e.code)).toEqual(['date-max']);
      expect(next.errors).toEqual([]);
    });

    it('reports a malformed or impossible date', () => {
      for (const value of ['2026-02-29', '2026-13-01', '2026-11-20T10:00', '20/11/2026', '2026-10-00']) {
        expect(errorsOf(date, notFuture, value), value).toEqual([issue('falt', 'invalid-date', 'Ange datum i formatet ÅÅÅÅ-MM-DD.')]);
      }
    });

    it('reports a value that is not a string', () => {
      expect(errorsOf(date, notFuture, 20261120)).toEqual([issue('falt', 'invalid-type', 'Svaret har fel format.')]);
    });
  });

  it('refuses limits it cannot resolve, when the definition is checked', () => {
    expect(date.check?.(lastWeek, env)).toEqual([]);
    expect(date.check?.(makeField('date', { max: 'igår', min: 7 }), env)).toEqual([
      { code: 'definition/bad-date-limit', message: expect.stringContaining('"7" är ingen datumgräns.'), at: ['min'] },
      { code: 'definition/bad-date-limit', message: expect.stringContaining('"igår" är ingen datumgräns.'), at: ['max'] },
    ]);
  });

  it('refuses a min that lies after max, on every validation date', () => {
    expect(date.check?.(makeField('date', { min: 'today', max: 'today-7' }), env)).toEqual([
      expect.objectContaining({ code: 'definition/bad-limits', at: ['min'] }),
    ]);
    expect(date.check?.(makeField('date', { min: 'today-7', max: 'today' }), env)).toEqual([]);
  });

  it('prints the date as it is', () => {
    expect(date.printable(notFuture, '2026-11-20')).toBe('2026-11-20');
  });

  describe('limits relative to the patient’s birth and the signing date', () => {
    const life = makeField('date', { min: 'birthDate', max: 'signingDate' });
    const run = (value: string, anchors: { birthDate?: string; signingDate?: string }) => {
      const context = { ...makeRun('2026-11-20'), ...anchors };
      date.createValidator(life, env)(value, 'falt', context);
      return context.errors.map((error) => error.code);
    };

    it('bounds the date by the birth date and the signing date', () => {
      expect(run('1980-04-30', { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual(['date-min']);
      expect(run('1980-05-01', { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual([]);
      expect(run('2026-11-21', { birthDate: '1980-05-01', signingDate: '2026-11-20' })).toEqual(['date-max']);
      expect(run('2026-11-21', { birthDate: '1980-05-01', signingDate: '2026-12-01' })).toEqual([]);
    });

    it('has no lower limit without a birth date', () => {
      expect(run('1850-01-01', { signingDate: '2026-11-20' })).toEqual([]);
    });

    it('does not compare limits of different anchors when checking the definition', () => {
      expect(date.check?.(life, env)).toEqual([]);
      expect(date.check?.(makeField('date', { min: 'birthDate+28', max: 'birthDate' }), env)).toEqual([expect.objectContaining({ code: 'definition/bad-limits' })]);
    });
  });

  it('issue 12 point 8: a malformed date feeds no condition; a well-formed one does', () => {
    expect(date.factValue?.('2026-01-00')).toBeUndefined();
    expect(date.factValue?.('2026-02-30')).toBeUndefined();
    expect(date.factValue?.('2026-01-31')).toBe('2026-01-31');
    // The empty string is a malformed date too (it gets 'Ange ett datum.'), so it feeds no condition either.
    expect(date.factValue?.('')).toBeUndefined();
  });
});
