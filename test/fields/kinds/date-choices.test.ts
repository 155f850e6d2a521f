/**
 * Owns the `dateChoices` kind (CheckboxMultipleDate), e.g. "Intyget är baserat på": each ticked
 * option maps to its date. A ticked box whose date is still empty ('') is a malformed date for the
 * schema and the runtime alike, reported at that option as "Ange ett datum.".
 */

import { describe, expect, it } from 'vitest';
import dateChoices from '../../../src/fields/kinds/date-choices.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const options = [
  { id: 'UNDERSOKNING', label: 'Min undersökning av patienten' },
  { id: 'TELEFONKONTAKT', label: 'Min telefonkontakt med patienten' },
  { id: 'ANNAT', label: 'Annat' },
];
const field = makeField('dateChoices', { options, max: 'today' }, { id: 'baseratPa' });

describe('dateChoices', () => {
  it('is answered with a date per ticked option', () => {
    expect(dateChoices.kind).toBe('dateChoices');
    expect(dateChoices.hasAnswer).toBe(true);
    expect(dateChoices.requiredMessage).toBe('Välj minst ett alternativ.');
    expect(dateChoices.tsType(field)).toBe('{ UNDERSOKNING?: IsoDate; TELEFONKONTAKT?: IsoDate; ANNAT?: IsoDate }');
  });

  it('has a schema keyed by option, each a date titled with the option’s label', () => {
    expect(dateChoices.answerSchema(field, env)).toMatchObject({ properties: { ANNAT: { title: 'Annat', type: 'string', format: 'date' } } });
    const accepts = schemaAccepts(dateChoices, field);
    for (const value of [{}, { ANNAT: '2026-11-01' }, { UNDERSOKNING: '2026-11-18', ANNAT: '2026-11-01' }]) {
      expect(accepts(value), JSON.stringify(value)).toBe(true);
    }
    for (const value of [{ ANNAT: '' }, { OKAND: '2026-11-01' }, { ANNAT: '2026-02-30' }, { ANNAT: true }, ['ANNAT'], 'ANNAT', null]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('describes the map, and each option’s date', () => {
    expect(dateChoices.describe(field, [])).toEqual({ type: 'dateMap', options: ['UNDERSOKNING', 'TELEFONKONTAKT', 'ANNAT'] });
    expect(dateChoices.describe(field, ['ANNAT'])).toEqual({ type: 'date' });
    expect(dateChoices.describe(field, ['OKAND'])).toBeUndefined();
    expect(dateChoices.describe(field, ['ANNAT', 'from'])).toBeUndefined();
    expect(dateChoices.describe(field, [0])).toBeUndefined();
  });

  it('counts an empty map as unanswered, and a ticked box without date as answered', () => {
    expect(dateChoices.isAnswered({})).toBe(false);
    expect(dateChoices.isAnswered(undefined)).toBe(false);
    expect(dateChoices.isAnswered({ ANNAT: '' })).toBe(true);
    expect(dateChoices.isAnswered({ ANNAT: '2026-11-01' })).toBe(true);
  });

  describe('validator', () => {
    it('accepts dates on known options', () => {
      expect(errorsOf(dateChoices, field, { UNDERSOKNING: '2026-11-20', ANNAT: '2026-01-01' })).toEqual([]);
    });

    it('reports an unknown option at its key', () => {
      expect(errorsOf(dateChoices, field, { OKAND: '2026-11-01', ANNAT: '2026-11-01' })).toEqual([
        issue('baseratPa.OKAND', 'unknown-option', 'Välj ett alternativ.'),
      ]);
    });

    it('reports an empty date as a malformed one asking for the date', () => {
      expect(errorsOf(dateChoices, field, { ANNAT: '' })).toEqual([issue('baseratPa.ANNAT', 'invalid-date', 'Ange ett datum.')]);
    });

    it('checks each date and its limits at its option', () => {
      expect(errorsOf(dateChoices, field, { UNDERSOKNING: '2026-11-21', ANNAT: '2026-02-30', TELEFONKONTAKT: 5 })).toEqual([
        issue('baseratPa.UNDERSOKNING', 'date-max', 'Ange ett datum som är senast 2026-11-20.'),
        issue('baseratPa.ANNAT', 'invalid-date', 'Ange datum i formatet ÅÅÅÅ-MM-DD.'),
        issue('baseratPa.TELEFONKONTAKT', 'invalid-type', 'Svaret har fel format.'),
      ]);
    });

    it('uses the field’s own messages', () => {
      const custom = makeField('dateChoices', { options, max: 'today' }, {
        id: 'baseratPa',
        messages: { 'date-max': 'Ange dagens eller ett tidigare datum.', 'invalid-date': 'Ange datum för alternativet.' },
      });
      expect(errorsOf(dateChoices, custom, { UNDERSOKNING: '2026-12-01', ANNAT: '' })).toEqual([
        issue('baseratPa.UNDERSOKNING', 'date-max', 'Ange dagens eller ett tidigare datum.'),
        issue('baseratPa.ANNAT', 'invalid-date', 'Ange datum för alternativet.'),
      ]);
    });

    it('reports a value that is not a map', () => {
      for (const value of [['ANNAT'], 'ANNAT', null, true]) {
        expect(errorsOf(dateChoices, field, value), JSON.stringify(value)).toEqual([issue('baseratPa', 'invalid-type', 'Svaret har fel format.')]);
      }
    });
  });

  it('refuses a limit it cannot resolve', () => {
    expect(dateChoices.check?.(makeField('dateChoices', { options, max: 'tomorrow' }), env)).toHaveLength(1);
  });

  it('prints one line per ticked option', () => {
    expect(dateChoices.printable(field, { UNDERSOKNING: '2026-11-18', ANNAT: '2026-11-01' })).toBe(
      'Min undersökning av patienten: 2026-11-18\nAnnat: 2026-11-01',
    );
  });
});

describe('dateChoices in conditions', () => {
  it('names an option by its label, ticked or not', () => {
    expect(dateChoices.wording!(field, ['ANNAT'])).toEqual({ part: '”Annat”', answered: 'ikryssad' });
    expect(dateChoices.wording!(field, [])).toEqual({ answered: 'besvarad', chosen: 'ikryssad' });
    expect(dateChoices.tsDoc?.(field)?.[0]).toContain('- `"ANNAT"`: Annat');
  });
});
