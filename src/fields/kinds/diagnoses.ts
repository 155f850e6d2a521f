/**
 * Diagnoses (Diagnosis): rows of code + description, filled from the top. A row names its code
 * system (`icd10se`, or `ksh97p` where the form allows primary care's version, as Webcert sends
 * it: `A00-`, `A02-P`); codes are checked against that system's list, ICD-10-SE against the full
 * list of 2022. Only where no list is loaded does a warning say a code could not be checked.
 */

import { isPlainObject, messageFor, typeIssue, type FieldKind, type PrintContext, type RunContext } from '../kind.js';
import type { FieldModel } from '../../model/types.js';
import type { Icd10CheckResult } from '../../codesystems/types.js';
import { withNoise } from '../arbitrary.js';
import { checkCharacters, exceedsLength, maxLengthIssue, textSchema } from '../shared.js';
import { hasAnswer } from '../../rules/operators/is-answered.js';

export const DIAGNOSIS_CODE_SYSTEMS = ['icd10se', 'ksh97p'] as const;
export type DiagnosisCodeSystem = (typeof DIAGNOSIS_CODE_SYSTEMS)[number];
const SYSTEM_NAMES: Record<DiagnosisCodeSystem, string> = { icd10se: 'ICD-10-SE', ksh97p: 'KSH97-P' };

const ROW_KEYS = new Set(['code', 'description', 'codeSystem']);
const INVALID = 'Diagnoskod är ej giltig.';

function filled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function rowFilled(row: unknown): boolean {
  return isPlainObject(row) && (filled(row.code) || filled(row.description));
}

/** The systems rows may name: `codeSystems`, else just `codeSystem`. The first is the default. */
export function allowedSystems(field: FieldModel): DiagnosisCodeSystem[] {
  const listed = field.props.codeSystems as DiagnosisCodeSystem[] | undefined;
  const own = field.props.codeSystem as DiagnosisCodeSystem;
  return listed?.length ? [own, ...listed.filter((system) => system !== own)] : [own];
}

/** Psychiatric diagnoses (chapter F and Z73) need more positions on Försäkringskassan's forms. */
const PSYCHIATRIC = /^(F|Z73)/;

/**
 * The number of positions the national forms ask for: `minPositions`/`maxPositions` for every
 * code, `psychiatricMinPositions` for F and Z73 codes. Positions are the characters of the code
 * without its dot (a KSH97-P `A02-P` has five, as Webcert counts). Returns whether the code passed.
 */
function checkPositions(field: FieldModel, code: string, path: string, run: RunContext): boolean {
  const { minPositions, maxPositions, psychiatricMinPositions } = field.props as Record<string, number | undefined>;
  const normalized = code.trim().toUpperCase().replace(/[.\s]/g, '');
  const positions = normalized.length;
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

/** The national message; where a list decided it, a second sentence names the list (and its age). */
function invalidMessage(field: FieldModel, result: Icd10CheckResult, run: RunContext): string {
  if (field.messages['diagnosis-code-invalid']) return field.messages['diagnosis-code-invalid'];
  if (result.reason === 'not-in-full-list') {
    return `${INVALID} Koden finns inte i ${run.icd10.list()?.label ?? 'ICD-10-SE-listan'}.`;
  }
  if (result.reason === 'not-in-ksh97p-list') return `${INVALID} Koden finns inte i KSH97-P.`;
  return INVALID;
}

function checkCode(field: FieldModel, code: string, system: DiagnosisCodeSystem, path: string, run: RunContext): void {
  const result = system === 'ksh97p' ? run.icd10.checkKsh97p(code) : run.icd10.check(code);
  // As the national validators: a well-formed code first gets the position rules (F32 on a
  // psychiatric form, S72000), then the list decides.
  if (result.reason !== 'malformed' && !checkPositions(field, code, path, run)) return;
  if (result.status === 'invalid') {
    run.errors.push({ field: path, code: 'diagnosis-code-invalid', message: invalidMessage(field, result, run) });
  } else if (result.status === 'unverified') {
    run.warnings.push({
      field: path,
      code: 'diagnosis-code-unverified',
      message: `Diagnoskoden ${code.trim().toUpperCase()} ligger i avsnittet ${result.block?.range ?? '?'} men finns inte i KSH97-P, och ingen fullständig ICD-10-SE-lista är laddad. Kontrollera koden.`,
    });
  }
}

function rowSystem(row: Record<string, unknown>, field: FieldModel): unknown {
  return row.codeSystem === undefined ? field.props.codeSystem : row.codeSystem;
}

const diagnoses: FieldKind = {
  kind: 'diagnoses',
  description: 'Diagnoser (Diagnosis): rader med diagnoskod och beskrivning, ifyllda uppifrån.',
  hasAnswer: true,
  definitionProperties: {
    codeSystem: { enum: [...DIAGNOSIS_CODE_SYSTEMS], description: 'Kodverket en rad har när den inte anger något: icd10se eller ksh97p.' },
    codeSystems: {
      type: 'array',
      items: { enum: [...DIAGNOSIS_CODE_SYSTEMS] },
      uniqueItems: true,
      minItems: 1,
      description: 'Kodverken en rad får ange i codeSystem, t.ex. [icd10se, ksh97p] när primärvårdens KSH97-P godtas.',
    },
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
        description: { title: 'Diagnosbeskrivning', ...textSchema(field.props.descriptionMaxLength as number | undefined) },
        codeSystem: { enum: allowedSystems(field) },
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
    if (path.length === 2 && path[1] === 'codeSystem') return { type: 'code', options: allowedSystems(field) };
    return undefined;
  },
  // A row of the wrong shape is an answer too, so its shape gets reported rather than "required".
  isAnswered: (value) => (Array.isArray(value) ? value.some((row) => !isPlainObject(row) || hasAnswer(row)) : value !== undefined),
  requiredMessage: 'Ange minst en diagnos.',
  createValidator(field) {
    const rows = field.props.rows as number;
    const maxLength = field.props.descriptionMaxLength as number | undefined;
    const allowed = allowedSystems(field);
    return (value, path, run) => {
      if (!Array.isArray(value)) return void run.errors.push(typeIssue(path));
      if (value.length > rows) {
        return void run.errors.push({ field: path, code: 'too-many-rows', message: `Ange högst ${rows} diagnoser.` });
      }
      let lastFilled = -1;
      value.forEach((row, index) => {
        if (rowFilled(row)) lastFilled = index;
      });
      // As Webcert: an empty top row under filled rows is the one error shown for the list.
      if (lastFilled > 0 && !rowFilled(value[0]) && (value[0] === undefined || isPlainObject(value[0]))) {
        return void run.errors.push({ field: `${path}[0]`, code: 'order', message: messageFor(field, 'order', 'Ange diagnos på översta raden först.') });
      }
      let firstSystem: unknown;
      value.forEach((row, index) => {
        const rowPath = `${path}[${index}]`;
        if (!isPlainObject(row)) return void run.errors.push(typeIssue(rowPath));
        for (const key of Object.keys(row)) {
          if (!ROW_KEYS.has(key)) run.errors.push({ field: `${rowPath}.${key}`, code: 'unknown-field', message: 'Okänd uppgift i diagnosraden.' });
        }
        if ((row.code !== undefined && typeof row.code !== 'string') || (row.description !== undefined && typeof row.description !== 'string')) {
          return void run.errors.push(typeIssue(rowPath));
        }
        if (typeof row.description === 'string' && !checkCharacters(row.description, `${rowPath}.description`, run)) return;
        if (maxLength !== undefined && typeof row.description === 'string' && exceedsLength(row.description, maxLength)) {
          run.errors.push(maxLengthIssue(field, `${rowPath}.description`, maxLength));
        }
        // A gap under a filled row: Webcert puts both halves' messages on the gap (ElementValidationDiagnosis).
        if (!rowFilled(row) && index > lastFilled) return;
        const system = rowSystem(row, field);
        if (!(allowed as readonly unknown[]).includes(system)) {
          return void run.errors.push({
            field: `${rowPath}.codeSystem`,
            code: 'diagnosis-code-system',
            message: `Ange diagnoskoden enligt ${allowed.map((id) => SYSTEM_NAMES[id]).join(' eller ')}.`,
          });
        }
        if (!filled(row.code)) {
          run.errors.push({ field: `${rowPath}.code`, code: 'diagnosis-code-required', message: 'Ange diagnoskod.' });
        } else {
          // Webcert takes the first row's code system for all rows ("diagnos.invalid_combination").
          if (firstSystem === undefined) firstSystem = system;
          if (system !== firstSystem) {
            run.errors.push({ field: `${rowPath}.code`, code: 'diagnosis-code-system-mixed', message: `Ange alla diagnoser enligt samma kodverk, ${SYSTEM_NAMES[firstSystem as DiagnosisCodeSystem]}.` });
          } else checkCode(field, row.code as string, system as DiagnosisCodeSystem, `${rowPath}.code`, run);
        }
        if (!filled(row.description)) {
          run.errors.push({ field: `${rowPath}.description`, code: 'diagnosis-description-required', message: 'Ange diagnosbeskrivning.' });
        }
      });
    };
  },
  printable: (field, value, context?: PrintContext) =>
    (value as Array<{ code?: string; description?: string; codeSystem?: string }>)
      .filter(rowFilled)
      // Code and text, as the national printouts show them: "M54.5 Lumbago". A row without its
      // description (a draft) prints the code system's own text for the code.
      .map((row) => {
        const code = typeof row.code === 'string' ? row.code.trim() : '';
        const description = typeof row.description === 'string' && row.description.trim() ? row.description.trim() : undefined;
        const text = description ?? (code && context?.codeTitle ? context.codeTitle(code, String(row.codeSystem ?? field.props.codeSystem)) : undefined) ?? '';
        return `${code} ${text}`.trim();
      })
      .join('\n'),
  check(field) {
    const listed = field.props.codeSystems as string[] | undefined;
    return listed && !listed.includes(field.props.codeSystem as string)
      ? [{ code: 'definition/bad-code-systems', message: `codeSystems ska innehålla codeSystem (${String(field.props.codeSystem)}), kodverket rader utan eget kodverk får.`, at: ['codeSystems'] }]
      : [];
  },
  arbitrary: (field, fc) =>
    withNoise(fc, fc.array(
      fc.record(
        {
          code: fc.constantFrom('F321', 'F32.1', 'M54.5', 'J06.9', 'S7200', 'XX1', 'A00', 'A00-', 'A02-P', 'Q999X', ''),
          description: fc.constantFrom('Depression', 'Lumbago', ''),
          codeSystem: fc.constantFrom(...allowedSystems(field)),
        },
        { requiredKeys: [] },
      ),
      { maxLength: (field.props.rows as number) + 1 },
    )),
};

export default diagnoses;
