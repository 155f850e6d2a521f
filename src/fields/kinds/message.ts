/**
 * A message block (Message): an info or observe text shown by a condition. It has no answer;
 * when shown, validation reports it (info → `info`, observe → `warnings`).
 */

import type { FieldKind } from '../kind.js';

const message: FieldKind = {
  kind: 'message',
  description: 'Ett meddelande (info eller observe) som visas när villkoret i showIf gäller.',
  hasAnswer: false,
  definitionProperties: {
    level: { enum: ['info', 'observe'], description: 'info = upplysning, observe = uppmärksamma.' },
    text: { type: 'string', description: 'Meddelandet.' },
  },
  requiredProperties: ['level', 'text'],
  answerSchema: () => ({ not: {} }),
  tsType: () => 'never',
  describe: () => undefined,
  isAnswered: (value) => value !== undefined,
  requiredMessage: '',
  createValidator: () => () => undefined,
  printable: (field) => String(field.props.text),
};

export default message;
