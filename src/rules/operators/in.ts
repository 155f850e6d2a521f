/** json-rules-engine's `in`: the answer is one of a list of values. */
import { defineOperator } from '../operator.js';

export default defineOperator({
  id: 'in',
  description: 'Svaret är ett av värdena i listan.',
  factTypes: ['text', 'number', 'date', 'code'],
  value: 'sameList',
  wording: ({ is, value }) => ({ verb: is, value }),
  evaluate: (a, b) => (b as unknown[]).indexOf(a) > -1,
});
