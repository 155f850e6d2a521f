/** `isNotAnswered`: the opposite of `isAnswered`. */
import { defineOperator } from '../operator.js';
import isAnswered, { hasAnswer } from './is-answered.js';
import { negate } from '../describe/words.js';

export default defineOperator({
  id: 'isNotAnswered',
  description: 'Frågan (eller delen som path pekar på) är obesvarad.',
  factTypes: 'any',
  value: 'none',
  wording: (context) => negate(isAnswered.wording(context)),
  evaluate: (a) => !hasAnswer(a),
});
