/** One option out of a list (RadioMultipleCode / DropdownCode); the answer is the option id. */

import { typeIssue, type FieldKind } from '../kind.js';
import { OPTIONS_PROPERTY, optionIds, optionLabel, optionUnion, optionWords, optionsDoc, optionsOneOf, unknownOption } from '../shared.js';
import { withNoise } from '../arbitrary.js';

const choice: FieldKind = {
  kind: 'choice',
  description: 'Ett alternativ av flera (RadioMultipleCode/Dropdown). Svaret är alternativets id.',
  hasAnswer: true,
  definitionProperties: {
    options: OPTIONS_PROPERTY,
    display: { enum: ['radio', 'dropdown'], description: 'Radioknappar (standard) eller rullista.' },
  },
  requiredProperties: ['options'],
  answerSchema: (field) => ({ type: 'string', oneOf: optionsOneOf(field) }),
  tsType: optionUnion,
  describe: (field, path) => (path.length === 0 ? { type: 'code', options: optionIds(field) } : undefined),
  isAnswered: (value) => value !== undefined,
  requiredMessage: 'Välj ett alternativ.',
  createValidator(field) {
    const ids = new Set(optionIds(field));
    return (value, path, run) => {
      if (typeof value !== 'string') run.errors.push(typeIssue(path));
      else if (!ids.has(value)) unknownOption(field, path, run);
    };
  },
  printable: (field, value) => optionLabel(field, String(value)),
  wording: (field) => ({ answered: 'besvarad', is: 'är besvarad med', value: optionWords(field) }),
  tsDoc: optionsDoc,
  arbitrary: (field, fc) => withNoise(fc, fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...optionIds(field)) }, { weight: 1, arbitrary: fc.constant('OKAND') })),
};

export default choice;
