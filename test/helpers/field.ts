/**
 * Builders for the field-kind unit tests: a FieldModel as the compiler would hand it over, a
 * RunContext on a fixed date, and ajv over a kind's answer schema, so each kind test states only
 * the props and values it is about.
 */

import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { createIcd10Checker } from '../../src/codesystems/icd10.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import type { FieldKind, Issue, KindEnvironment, RunContext } from '../../src/fields/kind.js';
import type { FieldModel } from '../../src/model/types.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** The validation date every kind test uses, as the examples do. */
export const TODAY = '2026-11-20';

export const env: KindEnvironment = { codeSystems: loadCodeSystems() };

const icd10 = createIcd10Checker(env.codeSystems);

/** A field of `kind` with the given kind keys; `overrides` sets id, messages, required … */
export function makeField(kind: string, props: Record<string, unknown> = {}, overrides: Partial<FieldModel> = {}): FieldModel {
  return {
    id: 'falt',
    kind,
    label: 'Frågan',
    sectionId: 'sektion',
    required: false,
    messages: {},
    props,
    pointer: ['sections', 0, 'fields', 0],
    ...overrides,
  };
}

export function makeRun(today = TODAY): RunContext {
  return { today, errors: [], warnings: [], icd10 };
}

/** Runs the kind's validator once, at the field's own id as the result path. */
export function validate(kind: FieldKind, field: FieldModel, value: unknown, today = TODAY): { errors: Issue[]; warnings: Issue[] } {
  const run = makeRun(today);
  kind.createValidator(field, env)(value, field.id, run);
  return { errors: run.errors, warnings: run.warnings };
}

/** Just the errors, for the many tests that expect no warnings to matter. */
export function errorsOf(kind: FieldKind, field: FieldModel, value: unknown, today = TODAY): Issue[] {
  return validate(kind, field, value, today).errors;
}

/** ajv (draft 2020-12 with formats) over the kind's answer schema, as a payload consumer runs it. */
export function schemaAccepts(kind: FieldKind, field: FieldModel): (value: unknown) => boolean {
  const ajv = addFormats(new Ajv2020({ allErrors: true }));
  const check = ajv.compile(kind.answerSchema(field, env));
  return (value) => check(value) === true;
}

export const issue = (field: string, code: string, message: string): Issue => ({ field, code, message });
