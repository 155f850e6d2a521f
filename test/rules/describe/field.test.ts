/**
 * Owns fieldConditions/sectionConditions/conditionSentences: a field is shown when its section
 * and its own showIf/hideIf allow, required as written (always "when shown"), editable by
 * enabledIf/disabledIf; and the Swedish sentences the generators print.
 */

import { describe, expect, it } from 'vitest';
import { bothConditions, conditionSentences, fieldConditions, sectionConditions } from '../../../src/rules/describe/index.js';
import type { Condition } from '../../../src/model/types.js';
import { FIELDS, makeModel } from '../../helpers/model.js';

const SMITTA: Condition = { fact: 'smitta', operator: 'equal', value: true };
const ANNAT: Condition = { fact: 'baseratPa', path: '$.ANNAT', operator: 'isAnswered' };
const byId = (id: string) => FIELDS.find((field) => field.id === id)!;

const fields = [
  { ...byId('smitta'), sectionId: 'a' },
  { ...byId('baseratPa'), sectionId: 'b', required: true },
  { ...byId('beskrivning'), sectionId: 'b', required: true, showIf: ANNAT },
  { ...byId('manader'), sectionId: 'c', required: { fact: 'prognos', operator: 'equal', value: 'OKLAR' } as Condition, disabledIf: SMITTA },
  { ...byId('prognos'), sectionId: 'c', hideIf: ANNAT, enabledIf: ANNAT },
];
const sections = [
  { id: 'a', title: 'Smittbärarpenning', fieldIds: ['smitta'], pointer: [] },
  { id: 'b', title: 'Grund', hideIf: SMITTA, fieldIds: ['baseratPa', 'beskrivning'], pointer: [] },
  { id: 'c', title: 'Prognos', fieldIds: ['manader', 'prognos'], pointer: [] },
];
const model = makeModel(fields, sections);
const field = (id: string) => model.fields.find((candidate) => candidate.id === id)!;

describe('bothConditions', () => {
  it('is show ∧ ¬hide over each level, or nothing', () => {
    expect(bothConditions([])).toBeUndefined();
    expect(bothConditions([{ when: SMITTA }])).toBe(SMITTA);
    expect(bothConditions([{ unless: SMITTA }])).toEqual({ not: SMITTA });
    expect(bothConditions([{ unless: SMITTA }, { when: ANNAT }])).toEqual({ all: [{ not: SMITTA }, ANNAT] });
  });
});

describe('fieldConditions', () => {
  it('has nothing to say about a field that is always shown and optional', () => {
    expect(fieldConditions(model, field('smitta'))).toEqual({ shown: undefined, required: false, enabled: undefined });
    expect(conditionSentences(fieldConditions(model, field('smitta')))).toEqual([]);
  });

  it('takes the section’s visibility into the field’s', () => {
    expect(fieldConditions(model, field('beskrivning'))).toEqual({
      shown: { condition: { all: [{ not: SMITTA }, ANNAT] }, text: '”Smittbärarpenning” inte är ikryssad och ”annat” i ”Intyget är baserat på” är ikryssad' },
      required: true,
      enabled: undefined,
    });
    expect(conditionSentences(fieldConditions(model, field('baseratPa')))).toEqual(['Visas när ”Smittbärarpenning” inte är ikryssad.', 'Obligatorisk.']);
  });

  it('says a conditional requirement and editability in words', () => {
    expect(conditionSentences(fieldConditions(model, field('manader')))).toEqual([
      'Obligatorisk när ”Prognos” är besvarad med ”Prognos oklar”.',
      'Kan besvaras när ”Smittbärarpenning” inte är ikryssad.',
    ]);
    expect(conditionSentences(fieldConditions(model, field('prognos')))).toEqual([
      'Visas när ”annat” i ”Intyget är baserat på” inte är ikryssad.',
      'Kan besvaras när ”annat” i ”Intyget är baserat på” är ikryssad.',
    ]);
  });
});

describe('sectionConditions', () => {
  it('says when a section is shown', () => {
    expect(sectionConditions(model, sections[1])).toEqual({ shown: { condition: { not: SMITTA }, text: '”Smittbärarpenning” inte är ikryssad' } });
    expect(sectionConditions(model, sections[0])).toEqual({ shown: undefined });
  });
});
