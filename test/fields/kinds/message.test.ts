/**
 * Owns the `message` kind: an info or observe text shown by a condition. It has no answer at all
 * — no schema value fits it, conditions cannot read it, and validation reports it by showing it
 * (info → `info`, observe → `warnings`), not by checking a value.
 */

import { describe, expect, it } from 'vitest';
import message from '../../../src/fields/kinds/message.js';
import { env, makeField, makeRun, schemaAccepts } from '../../helpers/field.js';

const field = makeField('message', { level: 'observe', text: 'Observera att sjukskrivningen startar mer än 7 dagar bakåt.' }, { id: 'tidigtStartdatum' });

describe('message', () => {
  it('has no answer', () => {
    expect(message.kind).toBe('message');
    expect(message.hasAnswer).toBe(false);
    expect(message.tsType(field)).toBe('never');
    expect(message.requiredMessage).toBe('');
  });

  it('needs a level and a text in the definition', () => {
    expect(message.requiredProperties).toEqual(['level', 'text']);
    expect(message.definitionProperties.level).toMatchObject({ enum: ['info', 'observe'] });
  });

  it('has a schema that no value satisfies', () => {
    expect(message.answerSchema(field, env)).toEqual({ not: {} });
    const accepts = schemaAccepts(message, field);
    for (const value of [null, true, false, 0, '', 'Observera', [], {}]) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('gives conditions nothing to read', () => {
    expect(message.describe(field, [])).toBeUndefined();
    expect(message.describe(field, ['text'])).toBeUndefined();
  });

  it('counts only a present value as answered, which validation reports as unknown', () => {
    expect(message.isAnswered(undefined)).toBe(false);
    expect(message.isAnswered('x')).toBe(true);
  });

  it('validates nothing', () => {
    const run = makeRun();
    const validate = message.createValidator(field, env);
    for (const value of ['x', 1, null, {}]) validate(value, 'tidigtStartdatum', run);
    expect(run.errors).toEqual([]);
    expect(run.warnings).toEqual([]);
  });

  it('has no definition checks and no arbitrary answers', () => {
    expect(message.check).toBeUndefined();
    expect(message.arbitrary).toBeUndefined();
  });

  it('prints its text', () => {
    expect(message.printable(field, undefined)).toBe('Observera att sjukskrivningen startar mer än 7 dagar bakåt.');
  });
});
