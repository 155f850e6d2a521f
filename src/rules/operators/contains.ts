/** json-rules-engine's `contains`: a multiple choice includes an option. */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'contains',
  description: 'Flervalssvaret innehåller alternativet.',
  factTypes: ['codeList'],
  value: 'element',
  wording: ({ chosen, value }) => ({ part: value, verb: `är ${chosen}` }),
  evaluate: (a, b) => (a as unknown[]).indexOf(b) > -1,
  factValueValidator: Array.isArray,
});
