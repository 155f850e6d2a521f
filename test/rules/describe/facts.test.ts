/** Owns factWords/valueWords/subjectWords: facts and values by their names, not their ids. */

import { describe, expect, it } from 'vitest';
import { factWords, subjectWords, valueWords } from '../../../src/rules/describe/facts.js';
import { makeModel } from '../../helpers/model.js';

const model = makeModel();

describe('factWords', () => {
  it('names a field by its quoted label, with the kind’s words', () => {
    expect(factWords(model, 'prognos')).toMatchObject({ whole: '”Prognos”', wording: { answered: 'besvarad', is: 'är besvarad med' } });
    expect(factWords(model, 'beskrivning')).toMatchObject({ whole: '”Ange vad annat är”', wording: { answered: 'ifylld', chosen: 'vald', is: 'är' } });
  });

  it('names the part a path points at', () => {
    const words = factWords(model, 'baseratPa', '$.ANNAT');
    expect(words).toMatchObject({ whole: '”Intyget är baserat på”', part: '”annat”', wording: { answered: 'ikryssad' } });
    expect(subjectWords(words)).toBe('”annat” i ”Intyget är baserat på”');
  });

  it('names context facts and their paths, falling back to the whole fact for an unknown path', () => {
    expect(factWords(model, 'patient', '$.birthDate').whole).toBe('patientens födelsedatum');
    expect(factWords(model, 'today').whole).toBe('dagens datum');
    expect(factWords(model, 'unit', '$.okand').whole).toBe('vårdenhetens uppgifter');
  });

  it('says a shifted fact as the day before or after it', () => {
    expect(subjectWords(factWords(model, 'dodsdatum', undefined, -1))).toBe('dagen 1 dag före ”Datum”');
  });
});

describe('valueWords', () => {
  const prognos = factWords(model, 'prognos');
  it('gives an option its label, a list its items joined with eller', () => {
    expect(valueWords(model, 'OKLAR', prognos)).toEqual({ text: '”Prognos oklar”', items: ['”Prognos oklar”'] });
    expect(valueWords(model, ['OKLAR', 'STOR'], prognos).text).toBe('”Prognos oklar” eller ”Stor sannolikhet”');
  });

  it('writes literals by type: dates as they are, numbers with a comma, text quoted', () => {
    const text = factWords(model, 'beskrivning');
    expect(valueWords(model, '2026-11-20', text).text).toBe('2026-11-20');
    expect(valueWords(model, 2.5, text).text).toBe('2,5');
    expect(valueWords(model, 'x', text).text).toBe('”x”');
    expect(valueWords(model, true, text).text).toBe('Ja');
    expect(valueWords(model, null, text).text).toBe('inget värde');
  });

  it('names another fact, shifted by its params.days', () => {
    expect(valueWords(model, { fact: 'today', params: { days: -7 } }, prognos).text).toBe('7 dagar före dagens datum');
    expect(valueWords(model, { fact: 'sjukskrivning', path: '$.HELT.to' }, prognos).text).toBe('”T.o.m.” för ”100 procent” i ”Nedsättning”');
  });
});
