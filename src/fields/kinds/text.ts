/** Single-line text (TextField): a string with an optional maximum length. */

import type { FieldKind } from '../kind.js';
import { checkText, textSchema } from '../shared.js';
import { withNoise } from '../arbitrary.js';

export function createTextKind(kind: 'text' | 'textarea', description: string): FieldKind {
  return {
    kind,
    description,
    hasAnswer: true,
    definitionProperties: {
      maxLength: { type: 'integer', minimum: 1, description: 'Största antal tecken.' },
    },
    answerSchema: (field) => textSchema(field.props.maxLength as number | undefined),
    tsType: () => 'string',
    describe: (_field, path) => (path.length === 0 ? { type: 'text' } : undefined),
    isAnswered: (value) => (typeof value === 'string' ? value.trim().length > 0 : value !== undefined),
    isBlank: (value) => typeof value === 'string' && value.length > 0 && value.trim().length === 0,
    requiredMessage: 'Ange ett svar.',
    createValidator(field) {
      const maxLength = field.props.maxLength as number | undefined;
      return (value, path, run) => {
        checkText(field, value, path, run, maxLength);
      };
    },
    printable: (_field, value) => String(value),
    arbitrary(field, fc) {
      const maxLength = (field.props.maxLength as number | undefined) ?? 200;
      return withNoise(fc, fc.oneof(
        { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(maxLength, 40) }) },
        { weight: 1, arbitrary: fc.string({ minLength: maxLength, maxLength: maxLength + 2 }) },
        { weight: 1, arbitrary: fc.constantFrom('', '   ') },
        { weight: 1, arbitrary: fc.constantFrom('rad\u0000', 'höger\u202Evänster', 'halv \uD800', 'tabb\tok', '😀') },
      ));
    },
  };
}

export default createTextKind('text', 'En rad fritext (TextField).');
