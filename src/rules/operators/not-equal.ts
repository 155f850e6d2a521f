/** json-rules-engine's `notEqual`: strict inequality (an unanswered field is not equal). */
import { defineOperator } from '../operator.js';
import equal from './equal.js';
import { negate } from '../describe/words.js';

export default defineOperator({
  id: 'notEqual',
  description: 'Svaret är inte värdet (även när frågan är obesvarad).',
  factTypes: ['text', 'boolean', 'number', 'date', 'code', 'uncertainDate'],
  value: 'same',
  wording: (context) => negate(equal.wording(context)),
  evaluate: (a, b) => a !== b,
});
