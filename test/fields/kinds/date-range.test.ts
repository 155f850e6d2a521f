/**
 * Owns the `dateRange` kind (DateRange) and its checkRange, which sickLeavePeriods reuses: both
 * ends inclusive, each end checked on its own first, then the order. A period of one day is valid.
 */

import { describe, expect, it } from 'vitest';
import dateRange, { checkRange } from '../../../src/fields/kinds/date-range.js';
import { env, errorsOf, issue, makeField, makeRun, schemaAccepts } from '../../helpers/field.js';

const field = makeField('dateRange', { max: 'today+30' }, { id: 'period' });

describe('dateRange', () => {
  it('is answered with { from, to }', () => {
    expect(dateRange.kind).toBe('dateRange');
    expect(dateRange.hasAnswer).toBe(true);
    expect(dateRange.requiredMessage).toBe('Ange period.');
    expect(dateRange.tsType(field)).toBe('DateRange');
  });

  it('has a schema of two optional dates and nothing else', () => {
    const accepts = schemaAccepts(dateRange, field);
    for (const value of [{}, { from: '2026-11-01' }, { from: '2026-11-01', to: '2026-11-10' }]) {
      expect(accepts(value), JSON.stringify(value)).toBe(true);
    }
    for (const value of [{ from: '', to: '' }, { from: '2026-11-01', end: '2026-11-10' }, { from: '2026-02-30' }, ['2026-11-01'], '2026-11-01', null]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('describes the range and its two ends', () => {
    expect(dateRange.describe(field, [])).toEqual({ type: 'dateRange' });
    expect(dateRange.describe(field, ['from'])).toEqual({ type: 'date' });
    expect(dateRange.describe(field, ['to'])).toEqual({ type: 'date' });
    expect(dateRange.describe(field, ['end'])).toBeUndefined();
    expect(dateRange.describe(field, ['from', 'year'])).toBeUndefined();
  });

  it('titles the ends with their labels', () => {
    const own = makeField('dateRange', { fromLabel: 'Från', toLabel: 'Till' });
    expect(dateRange.answerSchema(own, env)).toMatchObject({ properties: { from: { title: 'Från', format: 'date' }, to: { title: 'Till', format: 'date' } } });
    expect(dateRange.answerSchema(field, env)).toMatchObject({ properties: { from: { title: 'Fr.o.m.' }, to: { title: 'T.o.m.' } } });
  });

  it('counts a range without any key as unanswered, and empty ends as an answer to check', () => {
    expect(dateRange.isAnswered({})).toBe(false);
    expect(dateRange.isAnswered({ from: '', to: '' })).toBe(true);
    expect(dateRange.isAnswered(undefined)).toBe(false);
    expect(dateRange.isAnswered({ to: '2026-11-10' })).toBe(true);
    expect(dateRange.isAnswered('2026-11-10')).toBe(true);
  });

  describe('validator', () => {
    it('accepts a period, including one of a single day', () => {
      expect(errorsOf(dateRange, field, { from: '2026-11-01', to: '2026-11-10' })).toEqual([]);
      expect(errorsOf(dateRange, field, { from: '2026-11-20', to: '2026-11-20' })).toEqual([]);
    });

    it('reports a period that ends before it starts', () => {
      expect(errorsOf(dateRange, field, { from: '2026-11-10', to: '2026-11-09' })).toEqual([
        issue('period', 'period-order', 'Ange ett slutdatum som infaller efter startdatumet.'),
      ]);
    });

    it('reports a missing end at that end', () => {
      expect(errorsOf(dateRange, field, { from: '2026-11-01' })).toEqual([issue('period.to', 'required', 'Ange ett datum.')]);
      expect(errorsOf(dateRange, field, { from: '', to: '2026-11-01' })).toEqual([issue('period.from', 'invalid-date', 'Ange ett datum.')]);
    });

    it('checks each end on its own, and the order only when both are usable', () => {
      expect(errorsOf(dateRange, field, { from: '2026-02-30', to: '2026-01-01' })).toEqual([
        issue('period.from', 'invalid-date', 'Ange datum i formatet ÅÅÅÅ-MM-DD.'),
      ]);
      // Out of limits is still a usable date, so the order is checked too.
      expect(errorsOf(dateRange, field, { from: '2027-01-10', to: '2027-01-01' })).toEqual([
        issue('period.from', 'date-max', 'Ange ett datum som är senast 2026-12-20.'),
        issue('period.to', 'date-max', 'Ange ett datum som är senast 2026-12-20.'),
        issue('period', 'period-order', 'Ange ett slutdatum som infaller efter startdatumet.'),
      ]);
    });

    it('reports an unknown key in the period', () => {
      expect(errorsOf(dateRange, field, { from: '2026-11-01', to: '2026-11-02', end: '2026-11-03' })).toEqual([
        issue('period.end', 'unknown-field', 'Okänd uppgift i perioden.'),
      ]);
    });

    it('uses the field’s own messages', () => {
      const custom = makeField('dateRange', {}, { id: 'period', messages: { 'period-order': 'Slutet före början.', required: 'Ange slutdatum.' } });
      expect(errorsOf(dateRange, custom, { from: '2026-11-10', to: '2026-11-01' })).toEqual([issue('period', 'period-order', 'Slutet före början.')]);
      expect(errorsOf(dateRange, custom, { from: '2026-11-10' })).toEqual([issue('period.to', 'required', 'Ange slutdatum.')]);
    });

    it('reports a value that is not an object', () => {
      for (const value of ['2026-11-01', ['2026-11-01', '2026-11-02'], null]) {
        expect(errorsOf(dateRange, field, value), JSON.stringify(value)).toEqual([issue('period', 'invalid-type', 'Svaret har fel format.')]);
      }
    });
  });

  describe('checkRange', () => {
    it('returns the range only when it is complete and in order', () => {
      const limits = { min: null, max: null };
      expect(checkRange(field, { from: '2026-11-01', to: '2026-11-02' }, 'p', makeRun(), limits)).toEqual({ from: '2026-11-01', to: '2026-11-02' });
      expect(checkRange(field, { from: '2026-11-02', to: '2026-11-01' }, 'p', makeRun(), limits)).toBeNull();
      expect(checkRange(field, { from: '2026-11-02' }, 'p', makeRun(), limits)).toBeNull();
      expect(checkRange(field, { from: '2026-11-01', to: '2026-11-02', x: 1 }, 'p', makeRun(), limits)).toBeNull();
    });
  });

  it('refuses a limit it cannot resolve', () => {
    expect(dateRange.check?.(makeField('dateRange', { min: 'today-x' }), env)).toHaveLength(1);
  });

  it('prints with the default or the field’s own labels', () => {
    expect(dateRange.printable(field, { from: '2026-11-01', to: '2026-11-10' })).toBe('Fr.o.m. 2026-11-01 T.o.m. 2026-11-10');
    const labelled = makeField('dateRange', { fromLabel: 'Från', toLabel: 'Till' });
    expect(dateRange.printable(labelled, { from: '2026-11-01', to: '2026-11-10' })).toBe('Från 2026-11-01 Till 2026-11-10');
  });
});

describe('dateRange in conditions', () => {
  it('names each end by its label', () => {
    expect(dateRange.wording!(field, ['from'])).toEqual({ part: '”Fr.o.m.”' });
    expect(dateRange.wording!(makeField('dateRange', { toLabel: 'Till' }), ['to'])).toEqual({ part: '”Till”' });
    expect(dateRange.wording!(field, [])).toEqual({});
  });
});
