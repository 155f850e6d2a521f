/**
 * Owns the `sickLeavePeriods` kind (CheckboxDateRangeList): one period per degree, checked in the
 * national order — each period on its own, then overlap. Overlap is inclusive (sharing one day
 * overlaps, adjacent days do not) and is reported at the later period; any per-period error
 * suppresses the overlap check, so a user fixes one thing at a time.
 */

import { describe, expect, it } from 'vitest';
import sickLeavePeriods, { periodsOverlap } from '../../../src/fields/kinds/sick-leave-periods.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const options = [
  { id: 'EN_FJARDEDEL', label: '25 procent', percent: 25 },
  { id: 'HALFTEN', label: '50 procent', percent: 50 },
  { id: 'TRE_FJARDEDEL', label: '75 procent', percent: 75 },
  { id: 'HELT_NEDSATT', label: '100 procent', percent: 100 },
];
const field = makeField('sickLeavePeriods', { options }, { id: 'sjukskrivning' });
const range = (from: string, to: string) => ({ from, to });
const OVERLAP = 'Ange perioder som inte överlappar varandra.';

describe('sickLeavePeriods', () => {
  it('is answered with a period per degree', () => {
    expect(sickLeavePeriods.kind).toBe('sickLeavePeriods');
    expect(sickLeavePeriods.hasAnswer).toBe(true);
    expect(sickLeavePeriods.requiredMessage).toBe('Välj minst ett alternativ.');
    expect(sickLeavePeriods.tsType(field)).toBe('{ EN_FJARDEDEL?: DateRange; HALFTEN?: DateRange; TRE_FJARDEDEL?: DateRange; HELT_NEDSATT?: DateRange }');
  });

  it('has a schema keyed by degree, each a range', () => {
    const accepts = schemaAccepts(sickLeavePeriods, field);
    expect(accepts({ HALFTEN: range('2026-11-01', '2026-11-10') })).toBe(true);
    expect(sickLeavePeriods.answerSchema(field, env)).toMatchObject({ properties: { HALFTEN: { title: '50 procent', properties: { from: { format: 'date' } } } } });
    for (const value of [{ HALFTEN: { from: '' } }, { HALVA: range('2026-11-01', '2026-11-10') }, { HALFTEN: { from: '2026-02-30' } }, { HALFTEN: { start: '2026-11-01' } }, []]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('describes the periods, one period and its ends', () => {
    expect(sickLeavePeriods.describe(field, [])).toEqual({ type: 'periods', options: ['EN_FJARDEDEL', 'HALFTEN', 'TRE_FJARDEDEL', 'HELT_NEDSATT'] });
    expect(sickLeavePeriods.describe(field, ['HALFTEN'])).toEqual({ type: 'dateRange' });
    expect(sickLeavePeriods.describe(field, ['HALFTEN', 'to'])).toEqual({ type: 'date' });
    expect(sickLeavePeriods.describe(field, ['HALVA'])).toBeUndefined();
    expect(sickLeavePeriods.describe(field, ['HALFTEN', 'end'])).toBeUndefined();
  });

  it('counts an empty map as unanswered', () => {
    expect(sickLeavePeriods.isAnswered({})).toBe(false);
    expect(sickLeavePeriods.isAnswered(undefined)).toBe(false);
    expect(sickLeavePeriods.isAnswered({ HALFTEN: {} })).toBe(true);
  });

  describe('periodsOverlap', () => {
    it('is inclusive: one shared day overlaps, adjacent days do not', () => {
      expect(periodsOverlap(range('2026-11-01', '2026-11-10'), range('2026-11-10', '2026-11-20'))).toBe(true);
      expect(periodsOverlap(range('2026-11-01', '2026-11-09'), range('2026-11-10', '2026-11-20'))).toBe(false);
      expect(periodsOverlap(range('2026-11-05', '2026-11-05'), range('2026-11-01', '2026-11-10'))).toBe(true);
    });
  });

  describe('validator', () => {
    it('accepts adjacent periods and a one-day period', () => {
      expect(errorsOf(sickLeavePeriods, field, {
        HELT_NEDSATT: range('2026-11-01', '2026-11-09'),
        HALFTEN: range('2026-11-10', '2026-11-10'),
        EN_FJARDEDEL: range('2026-11-11', '2026-11-30'),
      })).toEqual([]);
    });

    it('reports periods sharing one day, at the later one', () => {
      expect(errorsOf(sickLeavePeriods, field, { HELT_NEDSATT: range('2026-11-01', '2026-11-10'), HALFTEN: range('2026-11-10', '2026-11-20') }))
        .toEqual([issue('sjukskrivning.HALFTEN', 'overlap', OVERLAP)]);
    });

    it('finds the later period by date, not by key order', () => {
      expect(errorsOf(sickLeavePeriods, field, { HALFTEN: range('2026-11-10', '2026-11-20'), HELT_NEDSATT: range('2026-11-01', '2026-11-15') }))
        .toEqual([issue('sjukskrivning.HALFTEN', 'overlap', OVERLAP)]);
    });

    it('reports a period that overlaps any earlier one, not just its neighbour', () => {
      expect(errorsOf(sickLeavePeriods, field, {
        HELT_NEDSATT: range('2026-11-01', '2026-11-30'),
        HALFTEN: range('2026-11-05', '2026-11-06'),
        EN_FJARDEDEL: range('2026-11-10', '2026-11-12'),
      })).toEqual([issue('sjukskrivning.HALFTEN', 'overlap', OVERLAP), issue('sjukskrivning.EN_FJARDEDEL', 'overlap', OVERLAP)]);
    });

    it('skips the overlap check while any period has its own error', () => {
      const overlapping = { HELT_NEDSATT: range('2026-11-01', '2026-11-10'), HALFTEN: range('2026-11-05', '2026-11-20') };
      expect(errorsOf(sickLeavePeriods, field, { ...overlapping, EN_FJARDEDEL: range('2026-12-10', '2026-12-01') }))
        .toEqual([issue('sjukskrivning.EN_FJARDEDEL', 'period-order', 'Ange ett slutdatum som infaller efter startdatumet.')]);
      expect(errorsOf(sickLeavePeriods, field, { ...overlapping, TRE_FJARDEDEL: { from: '2026-12-01' } }))
        .toEqual([issue('sjukskrivning.TRE_FJARDEDEL.to', 'required', 'Ange ett datum.')]);
      expect(errorsOf(sickLeavePeriods, field, { ...overlapping, HALVA: range('2026-12-01', '2026-12-02') }))
        .toEqual([issue('sjukskrivning.HALVA', 'unknown-option', 'Välj ett alternativ.')]);
    });

    it('checks limits on each end', () => {
      const limited = makeField('sickLeavePeriods', { options, min: 'today-30', max: 'today+365' }, { id: 'sjukskrivning' });
      expect(errorsOf(sickLeavePeriods, limited, { HALFTEN: range('2026-10-20', '2026-11-30') }))
        .toEqual([issue('sjukskrivning.HALFTEN.from', 'date-min', 'Ange ett datum som är tidigast 2026-10-21.')]);
    });

    it('keeps a period plausible where the definition sets no limit: 0000-01-01 to 9999-12-31 is two errors', () => {
      expect(errorsOf(sickLeavePeriods, field, { HELT_NEDSATT: range('0000-01-01', '9999-12-31') })).toEqual([
        issue('sjukskrivning.HELT_NEDSATT.from', 'date-min', 'Ange ett datum som är tidigast 1906-11-20.'),
        issue('sjukskrivning.HELT_NEDSATT.to', 'date-max', 'Ange ett datum som är senast 2031-11-20.'),
      ]);
    });

    it('refuses two degrees with the same percent when the definition is checked', () => {
      const twice = makeField('sickLeavePeriods', { options: [...options.slice(0, 2), { ...options[2], percent: 50 }] });
      expect(sickLeavePeriods.check!(twice, undefined as never)).toEqual([
        { code: 'definition/duplicate-percent', message: '"TRE_FJARDEDEL" har samma procent (50) som "HALFTEN". Varje nedsättningsgrad ska ha en egen procentsats.', at: ['options', 2, 'percent'] },
      ]);
      expect(sickLeavePeriods.check!(field, undefined as never)).toEqual([]);
    });

    it('uses the field’s own overlap message', () => {
      const custom = makeField('sickLeavePeriods', { options }, { id: 'sjukskrivning', messages: { overlap: 'Perioderna överlappar.' } });
      expect(errorsOf(sickLeavePeriods, custom, { HELT_NEDSATT: range('2026-11-01', '2026-11-10'), HALFTEN: range('2026-11-10', '2026-11-20') }))
        .toEqual([issue('sjukskrivning.HALFTEN', 'overlap', 'Perioderna överlappar.')]);
    });

    it('reports a value that is not a map', () => {
      expect(errorsOf(sickLeavePeriods, field, [range('2026-11-01', '2026-11-10')])).toEqual([issue('sjukskrivning', 'invalid-type', 'Svaret har fel format.')]);
    });
  });

  it('prints the periods in date order', () => {
    const value = { HALFTEN: range('2026-11-10', '2026-11-20'), HELT_NEDSATT: range('2026-11-01', '2026-11-09') };
    expect(sickLeavePeriods.printable(field, value)).toBe('100 procent: 2026-11-01 – 2026-11-09\n50 procent: 2026-11-10 – 2026-11-20');
  });

  it('prints half a period of a draft as far as it goes', () => {
    expect(sickLeavePeriods.printable(field, { HALFTEN: { from: '2026-11-10' } })).toBe('50 procent: fr.o.m. 2026-11-10');
    expect(sickLeavePeriods.printable(field, { HALFTEN: { to: '2026-11-20' } })).toBe('50 procent: t.o.m. 2026-11-20');
  });

  it('adds the degree to a label that does not state it', () => {
    const unlabelled = makeField('sickLeavePeriods', { options: [{ id: 'HALFTEN', label: 'Halften', percent: 50 }] });
    expect(sickLeavePeriods.printable(unlabelled, { HALFTEN: range('2026-11-10', '2026-11-20') })).toBe('Halften (50 procent): 2026-11-10 – 2026-11-20');
  });
});

describe('sickLeavePeriods in conditions', () => {
  it('names a degree’s period and its ends by their labels', () => {
    expect(sickLeavePeriods.wording!(field, ['HALFTEN'])).toEqual({ part: '”50 procent”' });
    expect(sickLeavePeriods.wording!(field, ['HALFTEN', 'to'])).toEqual({ part: '”T.o.m.” för ”50 procent”' });
    expect(sickLeavePeriods.wording!(field, [])).toEqual({});
    expect(sickLeavePeriods.tsDoc?.(field)?.[0]).toContain('- `"HELT_NEDSATT"`: 100 procent');
  });
});
