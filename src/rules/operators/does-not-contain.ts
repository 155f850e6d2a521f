/** json-rules-engine's `doesNotContain`: a multiple choice lacks an option (false when unanswered). */
import { defineOperator } from '../operator.js';
import contains from './contains.js';
import { negate } from '../describe/words.js';

export default defineOperator({
  id: 'doesNotContain',
  description: 'Flervalssvaret innehåller inte alternativet. Falskt när frågan är obesvarad.',
  factTypes: ['codeList'],
  value: 'element',
  wording: (context) => negate(contains.wording(context)),
  evaluate: (a, b) => (a as unknown[]).indexOf(b) === -1,
  factValueValidator: Array.isArray,
});
