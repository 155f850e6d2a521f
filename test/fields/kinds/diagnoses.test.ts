/**
 * Owns the `diagnoses` kind (Diagnosis): rows of code and description, filled from the top, each
 * in the code system it names (ICD-10-SE, or KSH97-P where the form allows it). Codes are checked
 * against the built-in full ICD-10-SE list (2022) and KSH97-P; only without a full list is a
 * well-formed code outside KSH97-P a warning, because then it can be neither proven right nor wrong.
 */

import { describe, expect, it } from 'vitest';
import diagnoses from '../../../src/fields/kinds/diagnoses.js';
import { createIcd10Checker } from '../../../src/codesystems/icd10.js';
import { env, errorsOf, issue, makeField, schemaAccepts, TODAY, validate } from '../../helpers/field.js';
import type { RunContext } from '../../../src/fields/kind.js';

const field = makeField('diagnoses', { codeSystem: 'icd10se', rows: 3 }, { id: 'diagnoser' });
const LUMBAGO = { code: 'M54.5', description: 'Lumbago' };
const EMPTY = { code: '', description: '' };

describe('diagnoses', () => {
  it('is answered with a list of diagnoses', () => {
    expect(diagnoses.kind).toBe('diagnoses');
    expect(diagnoses.hasAnswer).toBe(true);
    expect(diagnoses.requiredMessage).toBe('Ange minst en diagnos.');
    expect(diagnoses.tsType(field)).toBe('Diagnosis[]');
  });

  it('has a schema of at most `rows` code/description rows', () => {
    const accepts = schemaAccepts(diagnoses, field);
    for (const value of [[], [LUMBAGO], [LUMBAGO, EMPTY, {}], [{ code: 'XX1' }], [{ ...LUMBAGO, codeSystem: 'icd10se' }]]) expect(accepts(value), JSON.stringify(value)).toBe(true);
    for (const value of [[LUMBAGO, LUMBAGO, LUMBAGO, LUMBAGO], [{ ...LUMBAGO, extra: 1 }], [{ code: 545 }], LUMBAGO, [{ ...LUMBAGO, codeSystem: 'ksh97p' }]]) {
      expect(accepts(value), JSON.stringify(value)).toBe(false);
    }
    const limited = makeField('diagnoses', { codeSystem: 'icd10se', rows: 1, descriptionMaxLength: 5 });
    expect(schemaAccepts(diagnoses, limited)([{ code: 'M54.5', description: 'Ryggont' }])).toBe(false);
  });

  it('describes the list, a row and a row’s code and description', () => {
    expect(diagnoses.describe(field, [])).toEqual({ type: 'diagnoses' });
    expect(diagnoses.describe(field, [0])).toEqual({ type: 'diagnosis' });
    expect(diagnoses.describe(field, [0, 'code'])).toEqual({ type: 'text' });
    expect(diagnoses.describe(field, [2, 'description'])).toEqual({ type: 'text' });
    expect(diagnoses.describe(field, ['code'])).toBeUndefined();
    expect(diagnoses.describe(field, [0, 'title'])).toBeUndefined();
  });

  it('describes no row past the field’s rows (describe(field, [3]) should be undefined)', () => {
    expect(diagnoses.describe(field, [3])).toBeUndefined();
    expect(diagnoses.describe(field, [3, 'code'])).toBeUndefined();
    expect(diagnoses.describe(field, [2])).toEqual({ type: 'diagnosis' });
  });

  it('counts a list without a filled row as unanswered', () => {
    expect(diagnoses.isAnswered([])).toBe(false);
    expect(diagnoses.isAnswered([EMPTY, { code: ' ' }])).toBe(false);
    expect(diagnoses.isAnswered(undefined)).toBe(false);
    expect(diagnoses.isAnswered([EMPTY, { description: 'Lumbago' }])).toBe(true);
  });

  it('counts a row of the wrong type as an answer, so its type is reported at its path, not "required"', () => {
    for (const row of [5, 'F32', null, [], { code: 5 }]) expect(diagnoses.isAnswered([row]), JSON.stringify(row)).toBe(true);
    expect(errorsOf(diagnoses, field, [5])).toEqual([issue('diagnoser[0]', 'invalid-type', 'Svaret har fel format.')]);
  });

  describe('validator', () => {
    it('accepts known codes in any case and spacing, with empty rows after', () => {
      expect(validate(diagnoses, field, [LUMBAGO, { code: ' f32 ', description: 'Depression' }, EMPTY])).toEqual({ errors: [], warnings: [] });
    });

    it('asks for the top row first, and says nothing else about the list (as Webcert)', () => {
      expect(errorsOf(diagnoses, field, [EMPTY, LUMBAGO])).toEqual([issue('diagnoser[0]', 'order', 'Ange diagnos på översta raden först.')]);
      expect(errorsOf(diagnoses, field, [{}, { code: 'XX1' }, LUMBAGO])).toEqual([issue('diagnoser[0]', 'order', 'Ange diagnos på översta raden först.')]);
    });

    it('issue 12 point 6: rows 1 and 3 filled put "Ange diagnoskod." and "Ange diagnosbeskrivning." on row 2', () => {
      // certificate-service ElementValidationDiagnosis: each missing half of a gap row gets its message.
      for (const gap of [{}, EMPTY, { code: ' ', description: '' }]) {
        expect(errorsOf(diagnoses, field, [LUMBAGO, gap, LUMBAGO]), JSON.stringify(gap)).toEqual([
          issue('diagnoser[1].code', 'diagnosis-code-required', 'Ange diagnoskod.'),
          issue('diagnoser[1].description', 'diagnosis-description-required', 'Ange diagnosbeskrivning.'),
        ]);
      }
      expect(errorsOf(diagnoses, field, [LUMBAGO, { code: 'M54.5' }, LUMBAGO])).toEqual([
        issue('diagnoser[1].description', 'diagnosis-description-required', 'Ange diagnosbeskrivning.'),
      ]);
    });

    it('reports half rows at the missing half', () => {
      expect(errorsOf(diagnoses, field, [{ code: 'M54.5', description: ' ' }, { description: 'Depression' }])).toEqual([
        issue('diagnoser[0].description', 'diagnosis-description-required', 'Ange diagnosbeskrivning.'),
        issue('diagnoser[1].code', 'diagnosis-code-required', 'Ange diagnoskod.'),
      ]);
    });

    it('reports malformed codes and codes in no block', () => {
      for (const code of ['XX1', 'F3', 'M54..5', 'U60', 'A90']) {
        expect(errorsOf(diagnoses, field, [{ code, description: 'Något' }]), code).toEqual([
          issue('diagnoser[0].code', 'diagnosis-code-invalid', 'Diagnoskod är ej giltig.'),
        ]);
      }
    });

    it('issue 12 point 2: rejects a well-formed code that does not exist, naming the 2022 list', () => {
      for (const code of ['Q999X', 'S47ABC', 'F32.7']) {
        expect(errorsOf(diagnoses, field, [{ code, description: 'Påhittad' }]), code).toEqual([
          issue('diagnoser[0].code', 'diagnosis-code-invalid', 'Diagnoskod är ej giltig. Koden finns inte i ICD-10-SE-listan från 2022.'),
        ]);
      }
      expect(validate(diagnoses, field, [{ code: 'a00.1', description: 'Kolera' }])).toEqual({ errors: [], warnings: [] });
    });

    it('warns about a well-formed code outside KSH97-P only when no full list is loaded', () => {
      // A00 (Kolera) is a KSH97-P category, but A00.1 itself is not in KSH97-P.
      const run: RunContext = { today: TODAY, errors: [], warnings: [], icd10: createIcd10Checker(env.codeSystems, null) };
      diagnoses.createValidator(field, env)([{ code: 'a00.1', description: 'Kolera' }], 'diagnoser', run);
      expect({ errors: run.errors, warnings: run.warnings }).toEqual({
        errors: [],
        warnings: [issue(
          'diagnoser[0].code',
          'diagnosis-code-unverified',
          'Diagnoskoden A00.1 ligger i avsnittet A00-A09 men finns inte i KSH97-P, och ingen fullständig ICD-10-SE-lista är laddad. Kontrollera koden.',
        )],
      });
    });

    it('reports too many rows and nothing else', () => {
      expect(validate(diagnoses, field, [LUMBAGO, LUMBAGO, LUMBAGO, { code: 'XX1' }])).toEqual({
        errors: [issue('diagnoser', 'too-many-rows', 'Ange högst 3 diagnoser.')],
        warnings: [],
      });
    });

    it('reports unknown keys, wrong types and rows that are not objects', () => {
      expect(errorsOf(diagnoses, field, [{ ...LUMBAGO, title: 'x' }, { code: 545, description: 'Lumbago' }, 'M54.5'])).toEqual([
        issue('diagnoser[0].title', 'unknown-field', 'Okänd uppgift i diagnosraden.'),
        issue('diagnoser[1]', 'invalid-type', 'Svaret har fel format.'),
        issue('diagnoser[2]', 'invalid-type', 'Svaret har fel format.'),
      ]);
      expect(errorsOf(diagnoses, field, LUMBAGO)).toEqual([issue('diagnoser', 'invalid-type', 'Svaret har fel format.')]);
    });

    it('limits the description length when the field says so', () => {
      const limited = makeField('diagnoses', { codeSystem: 'icd10se', rows: 3, descriptionMaxLength: 5 }, { id: 'diagnoser' });
      expect(errorsOf(diagnoses, limited, [{ code: 'M54.5', description: 'Ryggont' }])).toEqual([
        issue('diagnoser[0].description', 'max-length', 'Ange en text som inte är längre än 5.'),
      ]);
    });

    it('uses the field’s own messages for order and invalid codes', () => {
      const custom = makeField('diagnoses', { codeSystem: 'icd10se', rows: 3 }, {
        id: 'diagnoser',
        messages: { order: 'Börja överst.', 'diagnosis-code-invalid': 'Okänd kod.' },
      });
      expect(errorsOf(diagnoses, custom, [EMPTY, { code: 'XX1', description: 'x' }])).toEqual([issue('diagnoser[0]', 'order', 'Börja överst.')]);
      expect(errorsOf(diagnoses, custom, [{ code: 'Q999X', description: 'x' }])).toEqual([issue('diagnoser[0].code', 'diagnosis-code-invalid', 'Okänd kod.')]);
    });
  });

  it('prints the filled rows, a row without description with the code system’s text', () => {
    expect(diagnoses.printable(field, [LUMBAGO, EMPTY, { code: 'F32.1', description: 'Depression' }])).toBe('M54.5 Lumbago\nF32.1 Depression');
    const codeTitle = (code: string, system: string) => (system === 'icd10se' && code === 'F32.2' ? 'Svår depressiv episod utan psykotiska symtom' : undefined);
    expect(diagnoses.printable(field, [{ code: 'F32.2' }, { code: 'X12' }], { codeTitle })).toBe('F32.2 Svår depressiv episod utan psykotiska symtom\nX12');
  });

  it('needs no environment beyond the code systems', () => {
    expect(() => diagnoses.createValidator(field, env)).not.toThrow();
  });
});

describe('diagnosis code positions (Försäkringskassan’s legacy forms)', () => {
  const legacy = makeField('diagnoses', { codeSystem: 'icd10se', rows: 3, minPositions: 3, maxPositions: 5, psychiatricMinPositions: 4 }, { id: 'diagnoser' });

  it('asks for four positions on psychiatric codes and three to five on others', () => {
    expect(errorsOf(diagnoses, legacy, [{ code: 'F32', description: 'Depression' }])).toEqual([
      issue('diagnoser[0].code', 'diagnosis-code-positions', 'Ange diagnosrad med minst fyra positioner på en psykisk diagnos.'),
    ]);
    expect(errorsOf(diagnoses, legacy, [{ code: 'Z73', description: 'Utbrändhet' }])[0].code).toBe('diagnosis-code-positions');
    expect(errorsOf(diagnoses, legacy, [{ code: 'F32.1', description: 'Depression' }])).toEqual([]);
    expect(errorsOf(diagnoses, legacy, [{ code: 'M545', description: 'Lumbago' }])).toEqual([]);
    expect(errorsOf(diagnoses, legacy, [{ code: 'S72000', description: 'Fraktur' }])).toEqual([
      issue('diagnoser[0].code', 'diagnosis-code-positions', 'Ange diagnoskod med så många positioner som möjligt, men minst 3 positioner och högst 5.'),
    ]);
  });

  it('leaves codes alone when the form sets no limits', () => {
    expect(errorsOf(diagnoses, makeField('diagnoses', { codeSystem: 'icd10se', rows: 3 }), [{ code: 'F32', description: 'Depression' }])).toEqual([]);
  });
});

describe('diagnoses for forms and conditions', () => {
  it('titles a row’s code and description', () => {
    expect(diagnoses.answerSchema(field, env)).toMatchObject({ items: { properties: { code: { title: 'Diagnoskod' }, description: { title: 'Diagnosbeskrivning' } } } });
  });

  it('names rows from one, and the code and description in them', () => {
    expect(diagnoses.wording!(field, [0])).toEqual({ part: 'rad 1' });
    expect(diagnoses.wording!(field, [1, 'code'])).toEqual({ part: 'diagnoskoden på rad 2' });
    expect(diagnoses.wording!(field, [2, 'description'])).toEqual({ part: 'diagnosbeskrivningen på rad 3' });
    expect(diagnoses.wording!(field, [])).toEqual({});
  });
});

describe('issue 12 point 1: KSH97-P codes as Webcert sends them (primary care)', () => {
  const primary = makeField('diagnoses', { codeSystem: 'icd10se', codeSystems: ['icd10se', 'ksh97p'], rows: 3, minPositions: 3, maxPositions: 5, psychiatricMinPositions: 4 }, { id: 'diagnoser' });

  it('accepts every KSH97-P code in a row that names KSH97-P', () => {
    for (const code of ['A00-', 'A02-P', 'A04.5', 'A481P', 'F438A', 'J06-P']) {
      expect(errorsOf(diagnoses, primary, [{ code, description: 'Diagnos', codeSystem: 'ksh97p' }]), code).toEqual([]);
    }
  });

  it('rejects a code KSH97-P does not have, with the national message', () => {
    expect(errorsOf(diagnoses, primary, [{ code: 'A99-', description: 'x', codeSystem: 'ksh97p' }])).toEqual([
      issue('diagnoser[0].code', 'diagnosis-code-invalid', 'Diagnoskod är ej giltig. Koden finns inte i KSH97-P.'),
    ]);
    // A KSH97-P code in a row without a code system is read as ICD-10-SE, where it is malformed.
    expect(errorsOf(diagnoses, primary, [{ code: 'A00-', description: 'x' }])).toEqual([issue('diagnoser[0].code', 'diagnosis-code-invalid', 'Diagnoskod är ej giltig.')]);
  });

  it('refuses KSH97-P where the form takes only ICD-10-SE', () => {
    expect(errorsOf(diagnoses, field, [{ code: 'A00-', description: 'Kolera', codeSystem: 'ksh97p' }])).toEqual([
      issue('diagnoser[0].codeSystem', 'diagnosis-code-system', 'Ange diagnoskoden enligt ICD-10-SE.'),
    ]);
  });

  it('wants every row in the first row’s code system, as Webcert', () => {
    expect(errorsOf(diagnoses, primary, [{ code: 'S47', description: 'Klämskada skuldra' }, { code: 'A00-', description: 'Kolera', codeSystem: 'ksh97p' }])).toEqual([
      issue('diagnoser[1].code', 'diagnosis-code-system-mixed', 'Ange alla diagnoser enligt samma kodverk, ICD-10-SE.'),
    ]);
  });

  it('describes a row’s code system for conditions', () => {
    expect(diagnoses.describe(primary, [0, 'codeSystem'])).toEqual({ type: 'code', options: ['icd10se', 'ksh97p'] });
  });

  it('checks that codeSystems includes the default', () => {
    expect(diagnoses.check!(makeField('diagnoses', { codeSystem: 'icd10se', codeSystems: ['ksh97p'], rows: 3 }), env)).toEqual([
      expect.objectContaining({ code: 'definition/bad-code-systems', at: ['codeSystems'] }),
    ]);
    expect(diagnoses.check!(primary, env)).toEqual([]);
  });
});
