/** A whole number (Integer) within `min`–`max`. */

import { messageFor, typeIssue, type FieldKind } from '../kind.js';
import { withNoise } from '../arbitrary.js';

const integer: FieldKind = {
  kind: 'integer',
  description: 'Ett heltal (Integer) mellan min och max.',
  hasAnswer: true,
  definitionProperties: {
    min: { type: 'integer' },
    max: { type: 'integer' },
    unit: { type: 'string', description: 'Enhet som visas efter talet, t.ex. procent.' },
  },
  answerSchema: (field) => ({
    type: 'integer',
    ...(field.props.min !== undefined ? { minimum: field.props.min } : {}),
    ...(field.props.max !== undefined ? { maximum: field.props.max } : {}),
  }),
  tsType: () => 'number',
  describe: (_field, path) => (path.length === 0 ? { type: 'number' } : undefined),
  isAnswered: (value) => value !== undefined,
  requiredMessage: 'Ange ett svar.',
  createValidator(field) {
    const min = (field.props.min as number | undefined) ?? -Infinity;
    const max = (field.props.max as number | undefined) ?? Infinity;
    const bounds = field.props.min !== undefined && field.props.max !== undefined
      ? `mellan ${field.props.min}-${field.props.max}`
      : field.props.min !== undefined ? `som är minst ${field.props.min}` : `som är högst ${field.props.max}`;
    const message = messageFor(field, 'out-of-range', `Ange ett värde ${bounds}.`);
    return (value, path, run) => {
      if (typeof value !== 'number' || !Number.isInteger(value)) run.errors.push(typeIssue(path));
      else if (value < min || value > max) run.errors.push({ field: path, code: 'out-of-range', message });
    };
  },
  printable: (field, value) => (field.props.unit ? `${value} ${field.props.unit}` : String(value)),
  check(field) {
    const { min, max } = field.props as { min?: number; max?: number };
    return min !== undefined && max !== undefined && min > max
      ? [{ code: 'definition/bad-limits', message: `min (${min}) är större än max (${max}), så inget tal kan godtas. Byt plats på dem eller rätta värdena.`, at: ['min'] }]
      : [];
  },
  arbitrary: (field, fc) => {
    const min = (field.props.min as number | undefined) ?? ((field.props.max as number | undefined) ?? 100) - 100;
    const max = (field.props.max as number | undefined) ?? min + 100;
    return withNoise(fc, fc.integer({ min: min - 2, max: max + 2 }));
  },
};

export default integer;
