/**
 * Owns the `uncertainDate` kind (UncertainDate): `2026-00-00` (only the year known) or
 * `2026-10-00`, with the year chosen from this year and `yearsBack` years before. The messages
 * are the national ones: "Ange år.", "Ange månad.", "Ange år och månad.".
 */

import { describe, expect, it } from 'vitest';
import uncertainDate, { earliestDay } from '../../../src/fields/kinds/uncertain-date.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const field = makeField('uncertainDate', {}, { id: 'dodsdatum' });
const uncertain = (message: string) => [issue('dodsdatum', 'uncertain-date', message)];

describe('uncertainDate', () => {
  it('is answered with a date string that may hold 00', () => {
    expect(uncertainDate.kind).toBe('uncertainDate');
    expect(uncertainDate.hasAnswer).toBe(true);
    expect(uncertainDate.requiredMessage).toBe('Ange ett datum.');
    expect(uncertainDate.tsType(field)).toBe('UncertainDate');
  });

  it('has a schema of the uncertain-date pattern or the empty string', () => {
    const accepts = schemaAccepts(uncertainDate, field);
    for (const value of ['2026-00-00', '2026-10-00', '2026-11-20', '0000-00-00', '2026-02-31', '']) expect(accepts(value), value).toBe(true);
    for (const value of ['2026-13-00', '2026-00-32', '2026-1-00', '26-10-00', 2026, null]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes only the whole answer', () => {
    expect(uncertainDate.describe(field, [])).toEqual({ type: 'uncertainDate' });
    expect(uncertainDate.describe(field, ['year'])).toBeUndefined();
  });

  it('counts the empty string as unanswered', () => {
    expect(uncertainDate.isAnswered('')).toBe(false);
    expect(uncertainDate.isAnswered(undefined)).toBe(false);
    expect(uncertainDate.isAnswered('0000-00-00')).toBe(true);
  });

  describe('validator (today 2026-11-20, yearsBack 1 by default)', () => {
    it('accepts a known year, a known month and a whole date', () => {
      for (const value of ['2026-00-00', '2026-10-00', '2025-00-00', '2025-01-00', '2026-11-20', '2026-11-00']) {
        expect(errorsOf(uncertainDate, field, value), value).toEqual([]);
      }
    });

    it('asks for the year', () => {
      expect(errorsOf(uncertainDate, field, '0000-00-00')).toEqual(uncertain('Ange år.'));
      expect(errorsOf(uncertainDate, field, '0000-10-00')).toEqual(uncertain('Ange år och månad.'));
    });

    it('asks for the month when the day is known', () => {
      expect(errorsOf(uncertainDate, field, '2026-00-05')).toEqual(uncertain('Ange månad.'));
    });

    it('refuses a day the month does not have', () => {
      expect(errorsOf(uncertainDate, field, '2026-02-29')).toEqual(uncertain('Ange ett giltigt datum.'));
      expect(errorsOf(uncertainDate, field, '2026-04-31')).toEqual(uncertain('Ange ett giltigt datum.'));
    });

    it('limits the year to this year and yearsBack before', () => {
      expect(errorsOf(uncertainDate, field, '2024-05-00')).toEqual(uncertain('Ange ett år mellan 2025 och 2026.'));
      expect(errorsOf(uncertainDate, field, '2027-00-00')).toEqual(uncertain('Ange ett år mellan 2025 och 2026.'));
      const longer = makeField('uncertainDate', { yearsBack: 5 }, { id: 'dodsdatum' });
      expect(errorsOf(uncertainDate, longer, '2021-05-00')).toEqual([]);
      expect(errorsOf(uncertainDate, longer, '2020-12-31')).toEqual(uncertain('Ange ett år mellan 2021 och 2026.'));
    });

    it('refuses a date whose earliest possible day is in the future', () => {
      const future = [issue('dodsdatum', 'date-max', 'Ange ett datum som är senast 2026-11-20.')];
      expect(errorsOf(uncertainDate, field, '2026-12-00')).toEqual(future);
      expect(errorsOf(uncertainDate, field, '2026-11-21')).toEqual(future);
    });

    it('reports a malformed value and a value that is not a string', () => {
      expect(errorsOf(uncertainDate, field, '2026-13-00')).toEqual([
        issue('dodsdatum', 'invalid-date', 'Ange datum i formatet ÅÅÅÅ-MM-DD, med 00 för okänd månad eller dag.'),
      ]);
      expect(errorsOf(uncertainDate, field, 2026)).toEqual([issue('dodsdatum', 'invalid-type', 'Svaret har fel format.')]);
    });

    it('uses the field’s own messages', () => {
      const custom = makeField('uncertainDate', {}, { id: 'dodsdatum', messages: { 'uncertain-date': 'Välj år.', 'date-max': 'Inte i framtiden.' } });
      expect(errorsOf(uncertainDate, custom, '0000-00-00')).toEqual(uncertain('Välj år.'));
      expect(errorsOf(uncertainDate, custom, '2026-12-00')).toEqual([issue('dodsdatum', 'date-max', 'Inte i framtiden.')]);
    });
  });

  it('knows the earliest day an uncertain date can mean', () => {
    expect(earliestDay('2026-00-00')).toBe('2026-01-01');
    expect(earliestDay('2026-10-00')).toBe('2026-10-01');
    expect(earliestDay('2026-10-15')).toBe('2026-10-15');
    expect(earliestDay('0000-10-00')).toBeNull();
    expect(earliestDay('junk')).toBeNull();
  });

  it('prints the date as written, zeros included, as the national printouts do', () => {
    expect(uncertainDate.printable(field, '2026-00-00')).toBe('2026-00-00');
    expect(uncertainDate.printable(field, '2026-10-00')).toBe('2026-10-00');
    expect(uncertainDate.printable(field, '2026-10-15')).toBe('2026-10-15');
  });

  it('feeds the rules only a date it accepts as uncertain', () => {
    for (const usable of ['2026-00-00', '2026-10-00', '2026-10-15', '']) expect(uncertainDate.factValue?.(usable), usable).toBe(usable);
    for (const malformed of ['0000-00-00', '2026-00-05', '2026-02-30', '2026-13-01', 'x']) expect(uncertainDate.factValue?.(malformed), malformed).toBeUndefined();
  });
});

describe('uncertainDate for forms', () => {
  it('is one string pattern that allows no date, not an anyOf a form would show as a choice', () => {
    const schema = uncertainDate.answerSchema(field, env);
    expect(schema).not.toHaveProperty('anyOf');
    expect(schema).toEqual({ type: 'string', pattern: expect.stringMatching(/^\^\(.*\)\?\$$/) });
  });
});
