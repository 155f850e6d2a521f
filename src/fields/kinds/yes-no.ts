/** A Ja/Nej radio pair (RadioBoolean): `false` is an answer, unlike a checkbox. */

import { typeIssue, type FieldKind } from '../kind.js';
import { withNoise } from '../arbitrary.js';

const yesNo: FieldKind = {
  kind: 'yesNo',
  description: 'Ja/Nej-val (RadioBoolean).',
  hasAnswer: true,
  definitionProperties: {
    trueLabel: { type: 'string', description: 'Text för true. Standard: Ja.' },
    falseLabel: { type: 'string', description: 'Text för false. Standard: Nej.' },
  },
  answerSchema: () => ({ type: 'boolean' }),
  tsType: () => 'boolean',
  describe: (_field, path) => (path.length === 0 ? { type: 'boolean' } : undefined),
  isAnswered: (value) => value !== undefined,
  requiredMessage: 'Välj ett alternativ.',
  createValidator: () => (value, path, run) => {
    if (typeof value !== 'boolean') run.errors.push(typeIssue(path));
  },
  printable: (field, value) =>
    value === true ? String(field.props.trueLabel ?? 'Ja') : String(field.props.falseLabel ?? 'Nej'),
  arbitrary: (_field, fc) => withNoise(fc, fc.boolean()),
};

export default yesNo;
