/** json-rules-engine's `doesNotContain`: a multiple choice lacks an option (false when unanswered). */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'doesNotContain',
  description: 'Flervalssvaret innehåller inte alternativet. Falskt när frågan är obesvarad.',
  factTypes: ['codeList'],
  value: 'element',
  evaluate: (a, b) => (a as unknown[]).indexOf(b) === -1,
  factValueValidator: Array.isArray,
});
