/** json-rules-engine's `equal`: strict equality. */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'equal',
  description: 'Svaret är exakt värdet.',
  factTypes: ['text', 'boolean', 'number', 'date', 'code', 'uncertainDate'],
  value: 'same',
  wording: ({ equals, is, value }) => equals ?? { verb: is, value },
  evaluate: (a, b) => a === b,
});
