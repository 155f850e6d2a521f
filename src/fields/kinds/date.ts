/** A calendar date (Date) with optional limits relative to the validation date. */

import type { FieldKind } from '../kind.js';
import { DATE_LIMIT_PROPERTIES, DATE_SCHEMA, checkDate, createLimitResolver, dateLimitProblems, type DateLimits } from '../shared.js';
import { dateArbitrary, withNoise } from '../arbitrary.js';
import { isIsoDate } from '../../util/dates.js';

const date: FieldKind = {
  kind: 'date',
  description: 'Ett datum (ÅÅÅÅ-MM-DD), med min/max relativt dagens datum.',
  hasAnswer: true,
  definitionProperties: { ...DATE_LIMIT_PROPERTIES },
  answerSchema: () => DATE_SCHEMA,
  tsType: () => 'IsoDate',
  describe: (_field, path) => (path.length === 0 ? { type: 'date' } : undefined),
  // An empty string is an answer in the wrong shape (see DATE_SCHEMA), so it reaches the validator.
  isAnswered: (value) => value !== undefined,
  // A malformed date (the empty string too) gets its one format error; the rules read it as not given (DB/DOI R1).
  factValue: (value) => (isIsoDate(value) ? value : undefined),
  requiredMessage: 'Ange ett datum.',
  createValidator(field) {
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      checkDate(field, value, path, run, limitsFor(run));
    };
  },
  printable: (_field, value) => String(value),
  check: dateLimitProblems,
  arbitrary: (_field, fc) => withNoise(fc, dateArbitrary(fc)),
};

export default date;
