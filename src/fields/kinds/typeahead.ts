/**
 * Free text that must be an entry of a code system (TypeAhead), e.g. the municipality of death.
 * Matching ignores case and surrounding spaces: the source lists names in upper case.
 */

import { messageFor, type FieldKind, type KindEnvironment } from '../kind.js';
import { checkText, textSchema } from '../shared.js';
import { withNoise } from '../arbitrary.js';

/** Code systems a typeahead may use, each as the list of names a user may pick. */
const SOURCES: Record<string, (env: KindEnvironment) => string[]> = {
  kommuner: (env) => env.codeSystems.kommuner.entries.map((entry) => entry.name),
};

const normalize = (text: string) => text.trim().toLocaleUpperCase('sv-SE');

const typeahead: FieldKind = {
  kind: 'typeahead',
  description: 'Fritext som måste vara en post i ett kodverk (TypeAhead), t.ex. kommun.',
  hasAnswer: true,
  definitionProperties: {
    codeSystem: { enum: Object.keys(SOURCES), description: 'Kodverket svaret väljs ur.' },
    maxLength: { type: 'integer', minimum: 1 },
  },
  requiredProperties: ['codeSystem'],
  answerSchema: (field) => textSchema(field.props.maxLength as number | undefined),
  tsType: () => 'string',
  describe: (_field, path) => (path.length === 0 ? { type: 'text' } : undefined),
  isAnswered: (value) => (typeof value === 'string' ? value.trim().length > 0 : value !== undefined),
  requiredMessage: 'Välj ett alternativ.',
  createValidator(field, env) {
    const names = new Set(SOURCES[field.props.codeSystem as string](env).map(normalize));
    const maxLength = field.props.maxLength as number | undefined;
    return (value, path, run) => {
      if (!checkText(field, value, path, run, maxLength)) return;
      if (!names.has(normalize(value as string))) {
        run.errors.push({ field: path, code: 'unknown-entry', message: messageFor(field, 'unknown-entry', 'Välj ett alternativ.') });
      }
    };
  },
  printable: (_field, value) => String(value),
  arbitrary: (field, fc, env) =>
    withNoise(fc, fc.oneof(fc.constantFrom(...SOURCES[field.props.codeSystem as string](env).slice(0, 20)), fc.constant('Atlantis'))),
};

export default typeahead;
