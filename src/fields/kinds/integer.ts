/**
 * A whole number (Integer) within `min`–`max`. For a year the limits may be the patient's birth
 * year or the signing year (`birthYear`, `signingYear`, optionally ±N): TSTRK1031's "Ange ett
 * årtal mellan patientens födelsedatum och dagens datum." (R2).
 */

import { messageFor, typeIssue, type FieldKind, type RunContext } from '../kind.js';
import { withNoise } from '../arbitrary.js';

const YEAR_LIMIT = /^(birthYear|signingYear)(?:([+-])(\d{1,4}))?$/;
const LIMIT_SCHEMA = {
  anyOf: [{ type: 'integer' }, { type: 'string', pattern: YEAR_LIMIT.source }],
  description: 'Ett heltal, eller för årtal birthYear (patientens födelseår) eller signingYear (signeringsåret), med eller utan ±N.',
};

/** A limit as a number for this certificate; undefined when it has none or its anchor is unknown. */
function resolveLimit(limit: unknown, run: Pick<RunContext, 'today' | 'birthDate' | 'signingDate'>): number | undefined {
  if (typeof limit === 'number') return limit;
  if (typeof limit !== 'string') return undefined;
  const match = YEAR_LIMIT.exec(limit);
  if (!match) return undefined;
  const date = match[1] === 'birthYear' ? run.birthDate : run.signingDate ?? run.today;
  if (date === undefined) return undefined;
  return Number(date.slice(0, 4)) + (match[2] ? Number(match[3]) * (match[2] === '-' ? -1 : 1) : 0);
}

function boundsText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `mellan ${min}-${max}`;
  return min !== undefined ? `som är minst ${min}` : `som är högst ${max}`;
}

const integer: FieldKind = {
  kind: 'integer',
  description: 'Ett heltal (Integer) mellan min och max; för årtal kan gränserna vara birthYear och signingYear.',
  hasAnswer: true,
  definitionProperties: {
    min: LIMIT_SCHEMA,
    max: LIMIT_SCHEMA,
    unit: { type: 'string', description: 'Enhet som visas efter talet, t.ex. procent.' },
  },
  // Year limits depend on the patient and the signing date, which a schema cannot know.
  answerSchema: (field) => ({
    type: 'integer',
    ...(typeof field.props.min === 'number' ? { minimum: field.props.min } : {}),
    ...(typeof field.props.max === 'number' ? { maximum: field.props.max } : {}),
  }),
  tsType: () => 'number',
  describe: (_field, path) => (path.length === 0 ? { type: 'number' } : undefined),
  isAnswered: (value) => value !== undefined,
  requiredMessage: 'Ange ett svar.',
  createValidator(field) {
    const fixedMin = typeof field.props.min === 'number' ? field.props.min : undefined;
    const fixedMax = typeof field.props.max === 'number' ? field.props.max : undefined;
    const fixedMessage = messageFor(field, 'out-of-range', `Ange ett värde ${boundsText(fixedMin, fixedMax)}.`);
    return (value, path, run) => {
      if (typeof value !== 'number' || !Number.isInteger(value)) return void run.errors.push(typeIssue(path));
      // A fixed limit is part of the JSON Schema (out-of-range); one relative to the patient or the
      // signing date is not, so it has a code of its own.
      if ((fixedMin !== undefined && value < fixedMin) || (fixedMax !== undefined && value > fixedMax)) {
        return void run.errors.push({ field: path, code: 'out-of-range', message: fixedMessage });
      }
      const min = resolveLimit(field.props.min, run);
      const max = resolveLimit(field.props.max, run);
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        run.errors.push({ field: path, code: 'year-range', message: messageFor(field, 'year-range', `Ange ett årtal ${boundsText(min, max)}.`) });
      }
    };
  },
  printable: (field, value) => (field.props.unit ? `${value} ${field.props.unit}` : String(value)),
  check(field) {
    const { min, max } = field.props as { min?: unknown; max?: unknown };
    const problems = [];
    for (const key of ['min', 'max'] as const) {
      const limit = field.props[key];
      if (typeof limit === 'string' && !YEAR_LIMIT.test(limit)) {
        problems.push({ code: 'definition/bad-limits', message: `"${limit}" är ingen gräns. Skriv ett heltal, birthYear eller signingYear (med eller utan ±N).`, at: [key] });
      }
    }
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      problems.push({ code: 'definition/bad-limits', message: `min (${min}) är större än max (${max}), så inget tal kan godtas. Byt plats på dem eller rätta värdena.`, at: ['min'] });
    }
    return problems;
  },
  arbitrary: (field, fc) => {
    const low = typeof field.props.min === 'number' ? field.props.min : undefined;
    const high = typeof field.props.max === 'number' ? field.props.max : undefined;
    // A year bounded by the patient's birth and the signing date: years around now.
    const min = low ?? (high !== undefined ? high - 100 : typeof field.props.max === 'string' ? 1900 : 0);
    const max = high ?? (typeof field.props.max === 'string' ? 2030 : min + 100);
    return withNoise(fc, fc.integer({ min: min - 2, max: max + 2 }));
  },
};

export default integer;
