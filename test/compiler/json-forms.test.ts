/**
 * The generated certificate schemas through a real form generator: JSON Forms' core picks a
 * renderer for each control by ranking testers, and maps options to labelled choices. The ranks
 * are those of JSON Forms' Material renderer set (packages/material-renderers: date 4, anyOf 3,
 * oneOf-enum 5, enum array 5, enum 2, boolean 2, text 1 …); the testers are core's own.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Actions, Generate, NOT_APPLICABLE, Resolve, and, coreReducer, defaultJsonFormsI18nState, hasType, isAllOfControl,
  isAnyOfControl, isBooleanControl, isDateControl, isEnumControl, isIntegerControl, isNumberControl, isObjectArrayControl,
  isObjectControl, isOneOfControl, isOneOfEnumControl, isPrimitiveArrayControl, isStringControl,
  mapStateToControlProps, mapStateToMultiEnumControlProps, mapStateToOneOfEnumControlProps, or, rankWith, schemaMatches,
  schemaSubPathMatches, uiTypeIs, type ControlElement, type JsonSchema, type RankedTester, type UISchemaElement,
} from '@jsonforms/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ANNOTATIONS } from '../../src/compiler/json-schema.js';
import { optionsOf } from '../../src/fields/shared.js';
import { GENERATED_DIR } from '../../src/project.js';
import { generatedName, project } from '../helpers/project.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Items that are consts (oneOf) or an enum: JSON Forms' multi-select of options. */
const isEnumArrayControl = and(
  uiTypeIs('Control'),
  schemaMatches((schema) => hasType(schema, 'array') && !Array.isArray(schema.items) && schema.uniqueItems === true),
  schemaSubPathMatches('items', (items) =>
    (Array.isArray(items.oneOf) && items.oneOf.length > 0 && items.oneOf.every((entry) => (entry as JsonSchema).const !== undefined)) ||
    items.enum !== undefined),
);

const RENDERERS: Array<[name: string, tester: RankedTester]> = [
  ['date', rankWith(4, isDateControl)],
  ['anyOf', rankWith(3, isAnyOfControl)],
  ['oneOf', rankWith(3, isOneOfControl)],
  ['allOf', rankWith(3, isAllOfControl)],
  ['oneOfEnum', rankWith(5, isOneOfEnumControl)],
  ['enumArray', rankWith(5, isEnumArrayControl)],
  ['enum', rankWith(2, isEnumControl)],
  ['boolean', rankWith(2, isBooleanControl)],
  ['integer', rankWith(2, isIntegerControl)],
  ['number', rankWith(2, isNumberControl)],
  ['object', rankWith(2, isObjectControl)],
  ['array', rankWith(3, or(isObjectArrayControl, isPrimitiveArrayControl))],
  ['text', rankWith(1, isStringControl)],
];

/** The renderer JSON Forms would pick for a control: the highest-ranked tester. */
function rendererFor(scope: string, root: JsonSchema): string {
  const control: ControlElement = { type: 'Control', scope };
  let best = { name: 'none', rank: NOT_APPLICABLE };
  for (const [name, tester] of RENDERERS) {
    const rank = tester(control, root, { rootSchema: root, config: {} });
    if (rank > best.rank) best = { name, rank };
  }
  return best.name;
}

const schemaOf = (id: string, version?: string): JsonSchema => JSON.parse(readFileSync(join(GENERATED_DIR, `${generatedName(id, version)}.schema.json`), 'utf8'));
const answerScope = (fieldId: string) => `#/properties/answers/properties/${fieldId}`;
const { result } = project();

/** Every place a date sits in a schema, as a control scope over the schema that holds it. */
function dateControls(schema: JsonSchema, scope = '#', root = schema): Array<{ scope: string; root: JsonSchema }> {
  const found = schema.format === 'date' ? [{ scope, root }] : [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) found.push(...dateControls(child, `${scope}/properties/${key}`, root));
  // An array's items get a detail form of their own, whose root is the item schema.
  if (schema.items && !Array.isArray(schema.items)) found.push(...dateControls(schema.items as JsonSchema, '#', schema.items as JsonSchema));
  return found;
}

/** JSON Forms' store for a form over the schema, with ajv set up as the schemas ask (2020-12, formats, annotations). */
function formState(schema: JsonSchema, data: unknown) {
  const ajv = addFormats(new Ajv2020({ allErrors: true, verbose: true, keywords: [...SCHEMA_ANNOTATIONS] }));
  const core = coreReducer(undefined, Actions.init(data, schema, Generate.uiSchema(schema), { ajv: ajv as never }));
  return { jsonforms: { core, renderers: [], cells: [], i18n: defaultJsonFormsI18nState, config: {} } };
}

describe('JSON Forms over the generated schemas', () => {
  it('ranks every date, in every type, to the date control', () => {
    let count = 0;
    for (const model of result.models) {
      for (const { scope, root } of dateControls(schemaOf(model.id, model.version))) {
        expect(rendererFor(scope, root), `${model.id} ${scope}`).toBe('date');
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('ranked the old "date or empty" anyOf to its anyOf renderer, which is why dates are plain now', () => {
    const old = { type: 'object', properties: { datum: { type: 'string', anyOf: [{ format: 'date' }, { const: '' }] } } } as JsonSchema;
    expect(rendererFor('#/properties/datum', old)).toBe('anyOf');
  });

  it('shows choices and Ja/Nej as labelled options, and multiple choices as a labelled multi-select', () => {
    let checked = 0;
    for (const model of result.models) {
      const schema = schemaOf(model.id, model.version);
      const state = formState(schema, { type: model.id, version: model.version, patient: { personId: '191212121212' }, answers: {} });
      for (const field of model.fields) {
        const ownProps = { uischema: { type: 'Control', scope: answerScope(field.id) } as ControlElement, schema, path: '' };
        if (field.kind === 'choice' || field.kind === 'yesNo') {
          expect(rendererFor(answerScope(field.id), schema), `${model.id}.${field.id}`).toBe('oneOfEnum');
          const { options } = mapStateToOneOfEnumControlProps(state, ownProps);
          const expected = field.kind === 'choice'
            ? optionsOf(field).map((option) => ({ value: option.id, label: option.label }))
            : [{ value: true, label: String(field.props.trueLabel ?? 'Ja') }, { value: false, label: String(field.props.falseLabel ?? 'Nej') }];
          expect(options, `${model.id}.${field.id}`).toEqual(expected);
          checked += 1;
        } else if (field.kind === 'multiChoice') {
          expect(rendererFor(answerScope(field.id), schema), `${model.id}.${field.id}`).toBe('enumArray');
          const { options } = mapStateToMultiEnumControlProps(state, ownProps);
          expect(options).toEqual(optionsOf(field).map((option) => ({ value: option.id, label: option.label })));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(90);
  });

  it('labels each control with the question and describes it with help and conditions', () => {
    const model = result.models.find((candidate) => candidate.id === 'fk7804')!;
    const schema = schemaOf('fk7804');
    const state = formState(schema, { type: 'fk7804', version: model.version, patient: { personId: '191212121212' }, answers: {} });
    const props = (scope: string) => mapStateToControlProps(state, { uischema: { type: 'Control', scope } as ControlElement, schema, path: '' });
    expect(props(answerScope('annatBeskrivning'))).toMatchObject({
      label: 'Ange vad annat är',
      description: expect.stringContaining('Visas när ”Smittbärarpenning” inte är ikryssad och ”annat” i ”Intyget är baserat på” är ikryssad.'),
    });
    expect(props(`${answerScope('baseratPa')}/properties/ANNAT`).label).toBe('annat');
    expect(props(`${answerScope('sjukskrivning')}/properties/HALFTEN/properties/from`).label).toBe('Fr.o.m.');
  });

  it('builds a form of groups, one per section, from x-intyg-sections', () => {
    for (const model of result.models) {
      const schema = schemaOf(model.id, model.version);
      const sections = (schema.properties!.answers as Record<string, unknown>)['x-intyg-sections'] as Array<{ title: string; fields: string[] }>;
      const layout: UISchemaElement = {
        type: 'VerticalLayout',
        elements: sections.map((section) => ({ type: 'Group', label: section.title, elements: section.fields.map((id) => ({ type: 'Control', scope: answerScope(id) })) })),
      } as UISchemaElement;
      const controls = (layout as unknown as { elements: Array<{ elements: ControlElement[] }> }).elements.flatMap((group) => group.elements);
      expect(controls.map((control) => control.scope.split('/').pop()).sort(), model.id)
        .toEqual(model.fields.filter((field) => field.kind !== 'message').map((field) => field.id).sort());
      for (const control of controls) {
        expect(Resolve.schema(schema, control.scope, schema), control.scope).toBeDefined();
        expect(rendererFor(control.scope, schema), `${model.id} ${control.scope}`).not.toBe('none');
      }
    }
  });
});
