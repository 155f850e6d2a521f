/**
 * Owns generateJsonSchema as a schema for form generators: an absolute, versioned $id; titles,
 * descriptions and labelled options; and what it cannot enforce (shown, required, editable when …)
 * as x-intyg-* annotations whose words are the describer's. Validity of payloads is the parity
 * test's (test/runtime/parity.test.ts); rendering is test/compiler/json-forms.test.ts's.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { TEXT_PATTERN } from '../../src/util/text.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ANNOTATIONS, generateJsonSchema, schemaId } from '../../src/compiler/json-schema.js';
import { PROFESSION_NAMES, type Condition } from '../../src/model/types.js';
import { GENERATED_DIR } from '../../src/project.js';
import { env } from '../helpers/field.js';
import { FIELDS, makeModel } from '../helpers/model.js';
import { generatedName, project } from '../helpers/project.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const { result } = project();
const generated = result.models.map((model) => JSON.parse(readFileSync(join(GENERATED_DIR, `${generatedName(model.id, model.version)}.schema.json`), 'utf8')) as Record<string, any>);

/** Every key used anywhere in a schema, at any depth (annotation values included). */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) keysOf(child, into.add(key));
  return into;
}

const SMITTA: Condition = { fact: 'smitta', operator: 'equal', value: true };
const byId = (id: string) => FIELDS.find((field) => field.id === id)!;
const model = makeModel([
  { ...byId('smitta'), sectionId: 'a', help: 'Fylls i vid smitta.' },
  { ...byId('prognos'), sectionId: 'b', required: true, help: 'Ange prognosen.' },
  { ...byId('manader'), sectionId: 'b', showIf: { fact: 'prognos', operator: 'equal', value: 'OKLAR' }, required: { fact: 'kontakt', operator: 'equal', value: true }, disabledIf: SMITTA },
  { ...byId('kontakt'), sectionId: 'b' },
  { ...byId('info'), sectionId: 'b' },
], [
  { id: 'a', title: 'Smittbärarpenning', fieldIds: ['smitta'], pointer: [] },
  { id: 'b', title: 'Prognos', help: 'Om prognosen.', hideIf: SMITTA, fieldIds: ['prognos', 'manader', 'kontakt', 'info'], pointer: [] },
]);
const schema = generateJsonSchema(model, env) as Record<string, any>;
const answers = schema.properties.answers;

describe('generateJsonSchema', () => {
  it('gives each type an absolute $id with its version, the same on every compile', () => {
    expect(schema.$id).toBe('urn:intyg:schema:exempel:1.0');
    expect(schemaId({ id: 'fk7804', version: '2.0' })).toBe('urn:intyg:schema:fk7804:2.0');
    const ids = generated.map((each) => each.$id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [index, each] of generated.entries()) expect(each.$id).toBe(schemaId(result.models[index]));
  });

  it('titles each answer with its label and describes it with help and its conditions in words', () => {
    expect(answers.properties.smitta).toEqual({ title: 'Smittbärarpenning', description: 'Fylls i vid smitta.', type: 'boolean' });
    expect(answers.properties.prognos).toMatchObject({
      title: 'Prognos',
      description: 'Ange prognosen.\n\nVisas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.',
      'x-intyg-required': true,
      'x-intyg-shown-when': { when: '”Smittbärarpenning” inte är ikryssad', condition: { not: SMITTA } },
    });
  });

  it('annotates conditional visibility, requirement and editability with the condition and its words', () => {
    const manader = answers.properties.manader;
    expect(manader['x-intyg-shown-when']).toEqual({
      when: '”Smittbärarpenning” inte är ikryssad och ”Prognos” är besvarad med ”Prognos oklar”',
      condition: { all: [{ not: SMITTA }, { fact: 'prognos', operator: 'equal', value: 'OKLAR' }] },
    });
    expect(manader['x-intyg-required']).toEqual({ when: '”Önskas kontakt?” är besvarad med ”Ja”', condition: { fact: 'kontakt', operator: 'equal', value: true } });
    expect(manader['x-intyg-enabled-when']).toEqual({ when: '”Smittbärarpenning” inte är ikryssad', condition: { not: SMITTA } });
    expect(manader.description).toBe('Visas när ”Smittbärarpenning” inte är ikryssad och ”Prognos” är besvarad med ”Prognos oklar”. Obligatorisk när ”Önskas kontakt?” är besvarad med ”Ja”. Kan besvaras när ”Smittbärarpenning” inte är ikryssad.');
    expect(answers.properties.kontakt).not.toHaveProperty('x-intyg-required');
  });

  it('lists the sections in order with their answers, help and conditions, leaving out message blocks', () => {
    expect(answers.properties).not.toHaveProperty('info');
    expect(answers['x-intyg-sections']).toEqual([
      { id: 'a', title: 'Smittbärarpenning', fields: ['smitta'] },
      {
        id: 'b', title: 'Prognos', description: 'Om prognosen.\n\nVisas när ”Smittbärarpenning” inte är ikryssad.',
        'x-intyg-shown-when': { when: '”Smittbärarpenning” inte är ikryssad', condition: { not: SMITTA } },
        fields: ['prognos', 'manader', 'kontakt'],
      },
    ]);
  });

  it('labels the envelope: status and profession as titled options, required unit contact annotated', () => {
    expect(schema.properties.status.oneOf).toEqual([
      { const: 'draft', title: 'Utkast' }, { const: 'locked', title: 'Låst utkast' }, { const: 'signed', title: 'Signerat' }, { const: 'revoked', title: 'Makulerat' },
    ]);
    expect(schema.properties.issuer.properties.profession.oneOf).toEqual(Object.entries(PROFESSION_NAMES).map(([id, name]) => ({ const: id, title: name })));
    expect(schema.properties.unit).toMatchObject({ title: 'Vårdenhet', properties: { city: { title: 'Postort', 'x-intyg-required': true }, name: { title: 'Namn' } } });
    expect(schema.properties.unit.properties.name).not.toHaveProperty('x-intyg-required');
    const optional = generateJsonSchema({ ...model, unitContact: 'optional' }, env) as Record<string, any>;
    expect(optional.properties.unit.properties.city).toEqual({ title: 'Postort', type: 'string', pattern: TEXT_PATTERN });
  });

  it('uses no anyOf and only the annotation keywords it declares', () => {
    for (const each of generated) {
      const keys = keysOf(each);
      expect(keys.has('anyOf'), each.$id).toBe(false);
      for (const key of keys) if (key.startsWith('x-')) expect(SCHEMA_ANNOTATIONS, key).toContain(key);
    }
  });

  it('compiles in strict ajv once told the annotation keywords, and only then', () => {
    const strict = (keywords: string[]) => addFormats(new Ajv2020({ strict: true, keywords }));
    for (const each of generated) expect(() => strict([...SCHEMA_ANNOTATIONS]).compile(each), each.$id).not.toThrow();
    expect(() => strict([]).compile(generated[0])).toThrow(/unknown keyword: "x-intyg-/);
  });
});
