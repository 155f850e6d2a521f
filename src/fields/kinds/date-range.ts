/** One period (DateRange) with a from and a to date, both inclusive. */

import { isPlainObject, typeIssue, type FieldKind, type JsonSchema, type RunContext } from '../kind.js';
import type { FieldModel } from '../../model/types.js';
import {
  DATE_LIMIT_PROPERTIES, DATE_SCHEMA, checkDate, createLimitResolver, dateLimitProblems, dateRequired, type DateLimits,
} from '../shared.js';
import { dateArbitrary, withNoise } from '../arbitrary.js';
import { quote } from '../../rules/describe/words.js';

const FROM = 'Fr.o.m.';
const TO = 'T.o.m.';

/** `{ from, to }`, each a plain date titled with its label. */
export function rangeSchema(fromLabel = FROM, toLabel = TO): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    properties: { from: { title: fromLabel, ...DATE_SCHEMA }, to: { title: toLabel, ...DATE_SCHEMA } },
  };
}

/** The label of one end: the field's own `fromLabel`/`toLabel`, else the national Fr.o.m./T.o.m. */
export function endLabel(field: FieldModel, end: unknown): string {
  return String(end === 'from' ? field.props.fromLabel ?? FROM : field.props.toLabel ?? TO);
}

/**
 * Checks one `{ from, to }` the way the national DateRangeList does: each end on its own, then
 * the order. Returns the range when it is complete and usable for overlap checks.
 */
export function checkRange(
  field: FieldModel,
  value: unknown,
  path: string,
  run: RunContext,
  limits: { min: string | null; max: string | null },
): { from: string; to: string } | null {
  if (!isPlainObject(value)) {
    run.errors.push(typeIssue(path));
    return null;
  }
  let usable = true;
  for (const key of Object.keys(value)) {
    if (key !== 'from' && key !== 'to') {
      run.errors.push({ field: `${path}.${key}`, code: 'unknown-field', message: 'Okänd uppgift i perioden.' });
      usable = false;
    }
  }
  for (const end of ['from', 'to'] as const) {
    if (value[end] === undefined) {
      dateRequired(field, `${path}.${end}`, run);
      usable = false;
    } else if (!checkDate(field, value[end], `${path}.${end}`, run, limits)) usable = false;
  }
  if (!usable) return null;
  const range = value as { from: string; to: string };
  if (range.to < range.from) {
    run.errors.push({
      field: path,
      code: 'period-order',
      message: field.messages['period-order'] ?? 'Ange ett slutdatum som infaller efter startdatumet.',
    });
    return null;
  }
  return range;
}

export function rangeArbitrary(fc: Parameters<NonNullable<FieldKind['arbitrary']>>[1]) {
  return fc.record({ from: dateArbitrary(fc), to: dateArbitrary(fc) }, { requiredKeys: [] });
}

const dateRange: FieldKind = {
  kind: 'dateRange',
  description: 'En period med från- och till-datum (DateRange), båda inklusive.',
  hasAnswer: true,
  definitionProperties: {
    fromLabel: { type: 'string', description: 'Standard: Fr.o.m.' },
    toLabel: { type: 'string', description: 'Standard: T.o.m.' },
    ...DATE_LIMIT_PROPERTIES,
  },
  answerSchema: (field) => rangeSchema(endLabel(field, 'from'), endLabel(field, 'to')),
  tsType: () => 'DateRange',
  describe(_field, path) {
    if (path.length === 0) return { type: 'dateRange' };
    if (path.length === 1 && (path[0] === 'from' || path[0] === 'to')) return { type: 'date' };
    return undefined;
  },
  // An empty end is an answer in the wrong shape (see DATE_SCHEMA), so `{ from: '' }` is validated.
  isAnswered: (value) => (isPlainObject(value) ? Object.keys(value).length > 0 : value !== undefined),
  requiredMessage: 'Ange period.',
  createValidator(field) {
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      checkRange(field, value, path, run, limitsFor(run));
    };
  },
  printable: (field, value) => {
    const range = value as { from?: string; to?: string };
    return `${endLabel(field, 'from')} ${range.from ?? ''} ${endLabel(field, 'to')} ${range.to ?? ''}`.trim();
  },
  wording: (field, path) => (path.length === 1 ? { part: quote(endLabel(field, path[0])) } : {}),
  check: dateLimitProblems,
  arbitrary: (_field, fc) => withNoise(fc, rangeArbitrary(fc)),
};

export default dateRange;
