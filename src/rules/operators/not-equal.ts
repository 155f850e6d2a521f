/** json-rules-engine's `notEqual`: strict inequality (an unanswered field is not equal). */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'notEqual',
  description: 'Svaret är inte värdet (även när frågan är obesvarad).',
  factTypes: ['text', 'boolean', 'number', 'date', 'code', 'uncertainDate'],
  value: 'same',
  evaluate: (a, b) => a !== b,
});
