/** A single checkbox (CheckboxBoolean): ticked is `true`; unticked is no answer at all. */

import { typeIssue, type FieldKind } from '../kind.js';
import { withNoise } from '../arbitrary.js';

const checkbox: FieldKind = {
  kind: 'checkbox',
  description: 'En kryssruta (CheckboxBoolean). Ikryssad = true.',
  hasAnswer: true,
  definitionProperties: {
    text: { type: 'string', description: 'Texten bredvid kryssrutan.' },
  },
  answerSchema: (field) => ({ type: 'boolean', ...(field.props.text ? { description: String(field.props.text) } : {}) }),
  tsType: () => 'boolean',
  describe: (_field, path) => (path.length === 0 ? { type: 'boolean' } : undefined),
  isAnswered: (value) => value !== false && value !== undefined,
  requiredMessage: 'Välj ett alternativ.',
  createValidator: () => (value, path, run) => {
    if (typeof value !== 'boolean') run.errors.push(typeIssue(path));
  },
  // As certificate-service's CheckboxBoolean prints it: the box's text, then Ja or Ej angivet.
  printable: (_field, value) => (value === true ? 'Ja' : 'Ej angivet'),
  // Unticked is no answer, so `equal false` reads as "not ticked".
  tsDoc: (field) => (field.props.text ? [`Kryssrutans text: ${String(field.props.text)}`] : []),
  wording: () => ({
    answered: 'ikryssad',
    equals: (value) => (typeof value === 'boolean' ? { verb: 'är ikryssad', negated: !value } : undefined),
  }),
  printLabel: (field) => (typeof field.props.text === 'string' && field.props.text.trim() ? field.props.text.trim() : undefined),
  arbitrary: (_field, fc) => withNoise(fc, fc.boolean()),
};

export default checkbox;
