/** Several options (CheckboxMultipleCode); the answer lists the chosen option ids once each. */

import { messageFor, typeIssue, type FieldKind } from '../kind.js';
import { OPTIONS_PROPERTY, optionIds, optionLabel, optionUnion, optionWords, optionsDoc, optionsOneOf, tooManyItems, unknownOption } from '../shared.js';
import { withNoise } from '../arbitrary.js';

const multiChoice: FieldKind = {
  kind: 'multiChoice',
  description: 'Flera alternativ (CheckboxMultipleCode). Svaret är en lista med alternativens id.',
  hasAnswer: true,
  definitionProperties: { options: OPTIONS_PROPERTY },
  requiredProperties: ['options'],
  // Each option at most once, so never more items than options: the bound is the option count.
  answerSchema: (field) => ({ type: 'array', maxItems: optionIds(field).length, items: { type: 'string', oneOf: optionsOneOf(field) }, uniqueItems: true }),
  tsType: (field) => `Array<${optionUnion(field)}>`,
  describe: (field, path) => (path.length === 0 ? { type: 'codeList', options: optionIds(field) } : undefined),
  isAnswered: (value) => (Array.isArray(value) ? value.length > 0 : value !== undefined),
  requiredMessage: 'Välj minst ett alternativ.',
  createValidator(field) {
    const ids = new Set(optionIds(field));
    return (value, path, run) => {
      if (!Array.isArray(value)) {
        run.errors.push(typeIssue(path));
        return;
      }
      if (value.length > ids.size) return void run.errors.push(tooManyItems(path, `Välj högst ${ids.size} alternativ, vart och ett en gång.`));
      const seen = new Set<unknown>();
      value.forEach((item, index) => {
        if (typeof item !== 'string') run.errors.push(typeIssue(`${path}[${index}]`));
        else if (!ids.has(item)) unknownOption(field, `${path}[${index}]`, run);
        else if (seen.has(item)) {
          run.errors.push({ field: `${path}[${index}]`, code: 'duplicate', message: messageFor(field, 'duplicate', 'Ange varje alternativ bara en gång.') });
        }
        seen.add(item);
      });
    };
  },
  // In the definition's order whatever order the answer lists them in; unknown ids last, as given.
  printable: (field, value) => {
    const chosen = value as string[];
    const ids = [...optionIds(field).filter((id) => chosen.includes(id)), ...chosen.filter((id) => !optionIds(field).includes(id))];
    return [...new Set(ids)].map((id) => optionLabel(field, id)).join(', ');
  },
  wording: (field) => ({ answered: 'besvarad', chosen: 'ikryssad', value: optionWords(field) }),
  tsDoc: optionsDoc,
  arbitrary: (field, fc) =>
    withNoise(fc, fc.oneof(
      { weight: 8, arbitrary: fc.subarray(optionIds(field)) },
      { weight: 1, arbitrary: fc.constant([optionIds(field)[0], optionIds(field)[0]]) },
      { weight: 1, arbitrary: fc.constant([...optionIds(field), optionIds(field)[0]]) },
    )),
};

export default multiChoice;
