/**
 * Every example certificate through both consumers: the runtime must give exactly what its
 * .expect.json says, and the generated JSON Schema must accept it exactly when the runtime
 * finds nothing wrong with its shape.
 */

import { describe, expect, it } from 'vitest';
import { compareWithExpectation, exampleOptions, listExamples } from '../src/examples.js';
import { STRUCTURAL_CODES, project, schemaValidator } from './helpers/project.js';

const examples = listExamples();

describe('examples', () => {
  it('exist for every certificate type and version, valid and invalid', () => {
    const { models } = project().runtime;
    for (const model of project().result.models) {
      const own = examples.filter((example) => example.type === model.id && (example.version ?? models.get(example.type)!.version) === model.version);
      expect(own.filter((example) => example.expect.valid).length, `${model.id} ${model.version}`).toBeGreaterThanOrEqual(3);
      expect(own.filter((example) => !example.expect.valid).length, `${model.id} ${model.version}`).toBeGreaterThanOrEqual(6);
    }
  });

  it('of an earlier version are payloads of that version', () => {
    for (const example of examples.filter((each) => each.version !== undefined)) {
      expect((example.payload as { version?: string }).version, example.file).toBe(example.version);
    }
  });

  it.each(examples.map((example) => [example.file, example] as const))('%s gives what it expects', (_file, example) => {
    const result = project().runtime.validate(example.payload, exampleOptions(example, project().runtime));
    expect(compareWithExpectation(result, example.expect)).toEqual([]);
  });

  it.each(examples.map((example) => [example.file, example] as const))('%s: schema and runtime agree on shape', (_file, example) => {
    const result = project().runtime.validate(example.payload, { today: example.expect.today });
    const structural = result.errors.filter((issue) => STRUCTURAL_CODES.has(issue.code));
    const validate = schemaValidator(example.type, example.version);
    const schemaValid = validate(example.payload);
    expect({ schemaValid, errors: validate.errors?.map((error) => `${error.instancePath} ${error.message}`) }).toMatchObject({
      schemaValid: structural.length === 0,
    });
  });

  it('every invalid example states at least one error and every valid one none', () => {
    for (const example of examples) {
      if (example.expect.valid) expect(example.expect.errors ?? [], example.file).toEqual([]);
      else expect(example.expect.errors?.length, example.file).toBeGreaterThan(0);
    }
  });
});
