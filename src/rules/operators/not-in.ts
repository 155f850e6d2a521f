/** json-rules-engine's `notIn`: the answer is none of a list of values. */
import { defineOperator } from '../operator.js';
import inOperator from './in.js';
import { negate } from '../describe/words.js';

export default defineOperator({
  id: 'notIn',
  description: 'Svaret är inget av värdena i listan (även när frågan är obesvarad).',
  factTypes: ['text', 'number', 'date', 'code'],
  value: 'sameList',
  wording: (context) => negate(inOperator.wording(context)),
  evaluate: (a, b) => (b as unknown[]).indexOf(a) === -1,
});
