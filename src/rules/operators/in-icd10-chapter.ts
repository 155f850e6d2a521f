/**
 * `inIcd10Chapter`: a diagnosis code lies in an ICD-10 range (`F00-F99`, a category `F32`, or a
 * list of them), e.g. to ask for more when the main diagnosis is psychiatric.
 */
import { defineOperator } from '../operator.js';
import { icd10InRange } from '../../codesystems/icd10.js';

export default defineOperator({
  id: 'inIcd10Chapter',
  description: 'Diagnoskoden ligger inom intervallet (t.ex. F00-F99) eller något av intervallen i listan.',
  factTypes: ['text'],
  value: 'icd10Range',
  wording: ({ value }) => ({ verb: 'ligger inom', value }),
  evaluate(code, ranges) {
    if (typeof code !== 'string') return false;
    const list = Array.isArray(ranges) ? ranges : [ranges];
    return list.some((range) => typeof range === 'string' && icd10InRange(code, range));
  },
});
