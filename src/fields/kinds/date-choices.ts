/**
 * A checkbox with a date per option (CheckboxMultipleDate), e.g. "Intyget är baserat på": the
 * answer maps each ticked option id to its date.
 */

import { hasOwn, type FieldKind } from '../kind.js';
import {
  DATE_SCHEMA, checkDate, createLimitResolver, dateLimitProblems, optionIds, optionLabel, optionMap, optionsDoc,
  type DateLimits,
} from '../shared.js';
import { dateArbitrary, withNoise } from '../arbitrary.js';
import { quote } from '../../rules/describe/words.js';

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
  isAnswered: optionMap.isAnswered,
  requiredMessage: optionMap.requiredMessage,
  createValidator(field) {
    const ids = new Set(optionIds(field));
    const limitsFor = createLimitResolver(field.props as DateLimits);
    return (value, path, run) => {
      optionMap.entries(field, ids, value, path, run, (_id, date, itemPath) => {
        checkDate(field, date, itemPath, run, limitsFor(run));
      });
    };
  },
  // In the definition's option order, not the payload's key order, so equal answers print alike.
  printable: (field, value) => {
    const dates = value as Record<string, unknown>;
    const ids = [...optionIds(field).filter((id) => hasOwn(dates, id)), ...Object.keys(dates).filter((id) => !optionIds(field).includes(id))];
    return ids.map((id) => `${optionLabel(field, id)}: ${typeof dates[id] === 'string' ? dates[id] : ''}`.trimEnd()).join('\n');
  },
  wording: (field, path) => (optionMap.option(field, path)
    ? { part: quote(optionLabel(field, String(path[0]))), answered: 'ikryssad' }
    : { answered: 'besvarad', chosen: 'ikryssad' }),
  tsDoc: optionsDoc,
  check: dateLimitProblems,
  arbitrary: (field, fc) =>
    withNoise(fc, fc.dictionary(fc.constantFrom(...optionIds(field)), dateArbitrary(fc), { maxKeys: 3 })),
};

export default dateChoices;
