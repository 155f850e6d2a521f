/**
 * A checkbox with a date per option (CheckboxMultipleDate), e.g. "Intyget är baserat på": the
 * answer maps each ticked option id to its date.
 */

import { isPlainObject, typeIssue, type FieldKind } from '../kind.js';
import {
  DATE_SCHEMA, checkDate, createLimitResolver, dateLimitProblems, dateRequired, optionIds, optionLabel, optionMap,
  unknownOption, type DateLimits,
} from '../shared.js';
import { dateArbitrary, withNoise } from '../arbitrary.js';

const dateChoices: FieldKind = {
  kind: 'dateChoices',
  description: 'Kryssrutor med ett datum per alternativ (CheckboxMultipleDate). Svaret är { alternativ: datum }.',
  hasAnswer: true,
  definitionProperties: optionMap.properties,
  requiredProperties: ['options'],
  answerSchema: (field) => optionMap.schema(field, DATE_SCHEMA),
  tsType: (field) => optionMap.tsType(field, 'IsoDate'),
  describe(field, path) {
    if (path.length === 0) return { type: 'dateMap', options: optionIds(field) };
    return path.length === 1 && optionMap.option(field, path) ? { type: 'date' } : undefined;
  },
  isAnswered: (value) => (isPlainObject(value) ? Object.keys(value).length > 0 : value !== undefined),
  requiredMessage: 'Välj minst ett alternativ.',
  createValidator(field) {
    const ids = new Set(optionIds(field));
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      if (!isPlainObject(value)) {
        run.errors.push(typeIssue(path));
        return;
      }
      for (const key of Object.keys(value)) {
        const itemPath = `${path}.${key}`;
        const date = value[key];
        if (!ids.has(key)) unknownOption(field, itemPath, run);
        else if (date === '') dateRequired(field, itemPath, run);
        else checkDate(field, date, itemPath, run, limitsFor(run.today));
      }
    };
  },
  printable: (field, value) =>
    Object.entries(value as Record<string, string>).map(([id, date]) => `${optionLabel(field, id)}: ${date}`).join('\n'),
  check: dateLimitProblems,
  arbitrary: (field, fc) =>
    withNoise(fc, fc.dictionary(fc.constantFrom(...optionIds(field)), dateArbitrary(fc), { maxKeys: 3 })),
};

export default dateChoices;
