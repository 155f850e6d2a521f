/** `isNotAnswered`: the opposite of `isAnswered`. */
import { defineOperator } from '../operator.js';
import { hasAnswer } from './is-answered.js';

export default defineOperator({
  id: 'isNotAnswered',
  description: 'Frågan (eller delen som path pekar på) är obesvarad.',
  factTypes: 'any',
  value: 'none',
  evaluate: (a) => !hasAnswer(a),
});
