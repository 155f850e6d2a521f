/**
 * Owns the `visualAcuities` kind: right eye, left eye and both eyes, without and with
 * correction; without correction is needed for all three once anything is given.
 */

import { describe, expect, it } from 'vitest';
import visualAcuities from '../../../src/fields/kinds/visual-acuities.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const field = makeField('visualAcuities');
const FULL = {
  rightEye: { withoutCorrection: 0.8, withCorrection: 1.0, contactLenses: false },
  leftEye: { withoutCorrection: 0.5, withCorrection: 1.0, contactLenses: true },
  binocular: { withoutCorrection: 0.8, withCorrection: 1.2 },
};

describe('visualAcuities', () => {
  it('describes eyes, values and contact lenses', () => {
    expect(visualAcuities.describe(field, ['rightEye', 'withoutCorrection'])).toEqual({ type: 'number' });
    expect(visualAcuities.describe(field, ['leftEye', 'contactLenses'])).toEqual({ type: 'boolean' });
    expect(visualAcuities.describe(field, ['binocular', 'contactLenses'])).toBeUndefined();
    expect(visualAcuities.describe(field, ['thirdEye'])).toBeUndefined();
  });

  it('accepts a complete answer and one without values with correction', () => {
    expect(errorsOf(visualAcuities, field, FULL)).toEqual([]);
    expect(errorsOf(visualAcuities, field, { rightEye: { withoutCorrection: 1 }, leftEye: { withoutCorrection: 1 }, binocular: { withoutCorrection: 1 } })).toEqual([]);
  });

  it('needs the value without correction for every eye once anything is given', () => {
    expect(errorsOf(visualAcuities, field, { rightEye: { withoutCorrection: 1 } })).toEqual([
      issue('falt.leftEye.withoutCorrection', 'required', 'Ange ett svar.'),
      issue('falt.binocular.withoutCorrection', 'required', 'Ange ett svar.'),
    ]);
  });

  it('reports values out of range, wrong types and unknown keys', () => {
    const answer = { ...FULL, rightEye: { withoutCorrection: 2.5, withCorrection: '1,0', contactLenses: 'ja' }, binocular: { withoutCorrection: 1, contactLenses: true } };
    expect(errorsOf(visualAcuities, field, answer)).toEqual([
      issue('falt.rightEye.withoutCorrection', 'out-of-range', 'Ange ett värde mellan 0 och 2.'),
      issue('falt.rightEye.withCorrection', 'invalid-type', 'Svaret har fel format.'),
      issue('falt.rightEye.contactLenses', 'invalid-type', 'Svaret har fel format.'),
      issue('falt.binocular.contactLenses', 'unknown-field', 'Okänd uppgift om synskärpan.'),
    ]);
  });

  it('has a schema that agrees with the validator on shape', () => {
    const accepts = schemaAccepts(visualAcuities, field);
    expect(accepts(FULL)).toBe(true);
    expect(accepts({ rightEye: { withoutCorrection: 2.1 } })).toBe(false);
    expect(accepts({ binocular: { contactLenses: true } })).toBe(false);
    expect(accepts({ rightEye: { withCorrection: '1' } })).toBe(false);
  });

  it('prints each eye with decimal commas', () => {
    expect(visualAcuities.printable(field, FULL)).toBe(
      'Höger öga: utan korrektion 0,8, med korrektion 1,0\nVänster öga: utan korrektion 0,5, med korrektion 1,0 (kontaktlinser)\nBinokulärt: utan korrektion 0,8, med korrektion 1,2',
    );
  });
});

describe('visualAcuities for forms and conditions', () => {
  it('titles eyes and values', () => {
    expect(visualAcuities.answerSchema(field, env)).toMatchObject({
      properties: {
        rightEye: { title: 'Höger öga', properties: { withoutCorrection: { title: 'Utan korrektion' }, contactLenses: { title: 'Kontaktlinser' } } },
        binocular: { title: 'Binokulärt', properties: { withCorrection: { title: 'Med korrektion' } } },
      },
    });
  });

  it('names an eye’s acuity, with or without correction, and its contact lenses', () => {
    expect(visualAcuities.wording!(field, ['rightEye', 'withCorrection'])).toEqual({ part: 'synskärpan för höger öga med korrektion' });
    expect(visualAcuities.wording!(field, ['binocular'])).toEqual({ part: 'synskärpan binokulärt' });
    const lenses = visualAcuities.wording!(field, ['leftEye', 'contactLenses']);
    expect(lenses).toMatchObject({ part: 'kontaktlinser för vänster öga', answered: 'ikryssad' });
    expect(lenses.equals?.(false)).toEqual({ verb: 'är ikryssad', negated: true });
    expect(visualAcuities.wording!(field, [])).toEqual({});
  });
});
