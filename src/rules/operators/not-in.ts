/** json-rules-engine's `notIn`: the answer is none of a list of values. */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'notIn',
  description: 'Svaret är inget av värdena i listan (även när frågan är obesvarad).',
  factTypes: ['text', 'number', 'date', 'code'],
  value: 'sameList',
  evaluate: (a, b) => (b as unknown[]).indexOf(a) === -1,
});
