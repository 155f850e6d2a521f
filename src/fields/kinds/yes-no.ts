/** A Ja/Nej radio pair (RadioBoolean): `false` is an answer, unlike a checkbox. */

import { typeIssue, type FieldKind } from '../kind.js';
import { withNoise } from '../arbitrary.js';
import type { FieldModel } from '../../model/types.js';
import { quote } from '../../rules/describe/words.js';

const labelOf = (field: FieldModel, value: boolean): string =>
  String(value ? field.props.trueLabel ?? 'Ja' : field.props.falseLabel ?? 'Nej');

const yesNo: FieldKind = {
  kind: 'yesNo',
  description: 'Ja/Nej-val (RadioBoolean).',
  hasAnswer: true,
  definitionProperties: {
    trueLabel: { type: 'string', description: 'Text för true. Standard: Ja.' },
    falseLabel: { type: 'string', description: 'Text för false. Standard: Nej.' },
  },
  answerSchema: (field) => ({ type: 'boolean', oneOf: [true, false].map((value) => ({ const: value, title: labelOf(field, value) })) }),
  tsType: () => 'boolean',
  describe: (_field, path) => (path.length === 0 ? { type: 'boolean' } : undefined),
  isAnswered: (value) => value !== undefined,
  requiredMessage: 'Välj ett alternativ.',
  createValidator: () => (value, path, run) => {
    if (typeof value !== 'boolean') run.errors.push(typeIssue(path));
  },
  printable: (field, value) => labelOf(field, value === true),
  wording: (field) => ({
    answered: 'besvarad',
    is: 'är besvarad med',
    value: (value) => (typeof value === 'boolean' ? quote(labelOf(field, value)) : undefined),
  }),
  tsDoc: (field) => [`Svar:\n- \`true\`: ${labelOf(field, true)}\n- \`false\`: ${labelOf(field, false)}`],
  arbitrary: (_field, fc) => withNoise(fc, fc.boolean()),
};

export default yesNo;
