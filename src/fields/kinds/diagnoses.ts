/**
 * Diagnoses (Diagnosis): rows of ICD-10-SE code + description, filled from the top. Codes are
 * checked for form, block and known code; where the data cannot decide, a warning says so
 * instead of guessing.
 */

import { isPlainObject, messageFor, typeIssue, type FieldKind, type RunContext } from '../kind.js';
import type { FieldModel } from '../../model/types.js';
import { withNoise } from '../arbitrary.js';
import { exceedsLength, maxLengthIssue } from '../shared.js';

const ROW_KEYS = new Set(['code', 'description']);

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function rowFilled(row: unknown): boolean {
  return isPlainObject(row) && (filled(row.code) || filled(row.description));
}

/** Psychiatric diagnoses (chapter F and Z73) need more positions on Försäkringskassan's forms. */
const PSYCHIATRIC = /^(F|Z73)/;

/**
 * The number of positions the national forms ask for: `minPositions`/`maxPositions` for every
 * code, `psychiatricMinPositions` for F and Z73 codes. Returns whether the code passed.
 */
function checkPositions(field: FieldModel, code: string, path: string, run: RunContext): boolean {
  const { minPositions, maxPositions, psychiatricMinPositions } = field.props as Record<string, number | undefined>;
  const positions = code.trim().replace('.', '').length;
  const normalized = code.trim().toUpperCase();
  if (psychiatricMinPositions !== undefined && PSYCHIATRIC.test(normalized) && positions < psychiatricMinPositions) {
    run.errors.push({ field: path, code: 'diagnosis-code-positions', message: messageFor(field, 'diagnosis-code-positions', 'Ange diagnosrad med minst fyra positioner på en psykisk diagnos.') });
    return false;
  }
  if ((minPositions !== undefined && positions < minPositions) || (maxPositions !== undefined && positions > maxPositions)) {
    const message = `Ange diagnoskod med så många positioner som möjligt, men minst ${minPositions ?? 3} positioner${maxPositions !== undefined ? ` och högst ${maxPositions}` : ''}.`;
    run.errors.push({ field: path, code: 'diagnosis-code-positions', message: messageFor(field, 'diagnosis-code-positions', message) });
    return false;
  }
  return true;
}

function checkCode(field: FieldModel, code: string, path: string, run: RunContext): void {
  const result = run.icd10.check(code);
  if (result.status !== 'invalid' && !checkPositions(field, code, path, run)) return;
  if (result.status === 'invalid') {
    run.errors.push({ field: path, code: 'diagnosis-code-invalid', message: messageFor(field, 'diagnosis-code-invalid', 'Diagnoskod är ej giltig.') });
  } else if (result.status === 'unverified') {
    run.warnings.push({
      field: path,
      code: 'diagnosis-code-unverified',
      message: `Diagnoskoden ${code.trim().toUpperCase()} ligger i avsnittet ${result.block?.range ?? '?'} men finns inte i KSH97-P, och ingen fullständig ICD-10-SE-lista är laddad. Kontrollera koden.`,
    });
  }
}

const diagnoses: FieldKind = {
  kind: 'diagnoses',
  description: 'Diagnoser (Diagnosis): rader med ICD-10-SE-kod och beskrivning, ifyllda uppifrån.',
  hasAnswer: true,
  definitionProperties: {
    codeSystem: { enum: ['icd10se'], description: 'Kodverk för diagnoskoderna.' },
    rows: { type: 'integer', minimum: 1, maximum: 20, description: 'Antal diagnosrader.' },
    descriptionMaxLength: { type: 'integer', minimum: 1 },
    minPositions: { type: 'integer', minimum: 1, maximum: 7, description: 'Minsta antal positioner i koden (utan punkt).' },
    maxPositions: { type: 'integer', minimum: 1, maximum: 7, description: 'Största antal positioner i koden (utan punkt).' },
    psychiatricMinPositions: { type: 'integer', minimum: 1, maximum: 7, description: 'Minsta antal positioner för psykiska diagnoser (F och Z73).' },
  },
  requiredProperties: ['codeSystem', 'rows'],
  answerSchema: (field) => ({
    type: 'array',
    maxItems: field.props.rows,
    items: {
      type: 'object',
      additionalProperties: false,
      properties: {
        code: { title: 'Diagnoskod', type: 'string' },
        description: field.props.descriptionMaxLength === undefined
          ? { title: 'Diagnosbeskrivning', type: 'string' }
          : { title: 'Diagnosbeskrivning', type: 'string', maxLength: field.props.descriptionMaxLength },
      },
    },
  }),
  tsType: () => 'Diagnosis[]',
  wording(_field, path) {
    if (typeof path[0] !== 'number') return {};
    const row = `rad ${path[0] + 1}`;
    if (path[1] === 'code') return { part: `diagnoskoden på ${row}` };
    return { part: path[1] === 'description' ? `diagnosbeskrivningen på ${row}` : row };
  },
  describe(field, path) {
    if (path.length === 0) return { type: 'diagnoses' };
    if (typeof path[0] !== 'number' || path[0] >= (field.props.rows as number)) return undefined;
    if (path.length === 1) return { type: 'diagnosis' };
    if (path.length === 2 && (path[1] === 'code' || path[1] === 'description')) return { type: 'text' };
    return undefined;
  },
  isAnswered: (value) => (Array.isArray(value) ? value.some(rowFilled) : value !== undefined),
  requiredMessage: 'Ange minst en diagnos.',
  createValidator(field) {
    const rows = field.props.rows as number;
    const maxLength = field.props.descriptionMaxLength as number | undefined;
    return (value, path, run) => {
      if (!Array.isArray(value)) return void run.errors.push(typeIssue(path));
      if (value.length > rows) {
        return void run.errors.push({ field: path, code: 'too-many-rows', message: `Ange högst ${rows} diagnoser.` });
      }
      let lastFilled = -1;
      value.forEach((row, index) => {
        if (rowFilled(row)) lastFilled = index;
      });
      value.forEach((row, index) => {
        const rowPath = `${path}[${index}]`;
        if (!isPlainObject(row)) return void run.errors.push(typeIssue(rowPath));
        for (const key of Object.keys(row)) {
          if (!ROW_KEYS.has(key)) run.errors.push({ field: `${rowPath}.${key}`, code: 'unknown-field', message: 'Okänd uppgift i diagnosraden.' });
        }
        if ((row.code !== undefined && typeof row.code !== 'string') || (row.description !== undefined && typeof row.description !== 'string')) {
          return void run.errors.push(typeIssue(rowPath));
        }
        if (maxLength !== undefined && typeof row.description === 'string' && exceedsLength(row.description, maxLength)) {
          run.errors.push(maxLengthIssue(field, `${rowPath}.description`, maxLength));
        }
        if (!rowFilled(row)) {
          if (index < lastFilled) {
            const message = index === 0 ? 'Ange diagnos på översta raden först.' : 'Fyll i fälten uppifrån och ned.';
            run.errors.push({ field: rowPath, code: 'order', message: messageFor(field, 'order', message) });
          }
          return;
        }
        if (!filled(row.code)) {
          run.errors.push({ field: `${rowPath}.code`, code: 'diagnosis-code-required', message: 'Ange diagnoskod.' });
        } else checkCode(field, row.code as string, `${rowPath}.code`, run);
        if (!filled(row.description)) {
          run.errors.push({ field: `${rowPath}.description`, code: 'diagnosis-description-required', message: 'Ange diagnosbeskrivning.' });
        }
      });
    };
  },
  printable: (_field, value) =>
    (value as Array<{ code?: string; description?: string }>)
      .filter(rowFilled)
      // Code and text, as the national printouts show them: "M54.5 Lumbago".
      .map((row) => `${typeof row.code === 'string' ? row.code.trim() : ''} ${typeof row.description === 'string' ? row.description.trim() : ''}`.trim())
      .join('\n'),
  arbitrary: (field, fc) =>
    withNoise(fc, fc.array(
      fc.record(
        { code: fc.constantFrom('F321', 'F32.1', 'M54.5', 'J06.9', 'S7200', 'XX1', 'A00', ''), description: fc.constantFrom('Depression', 'Lumbago', '') },
        { requiredKeys: [] },
      ),
      { maxLength: (field.props.rows as number) + 1 },
    )),
};

export default diagnoses;
