/**
 * `lengthOverDays`: a period is longer than N days, counting both ends (AG1-14's "mer än 14
 * dagar" is `($7.2.to - $7.2.from) >= 14` nationally, i.e. an inclusive length over 14).
 */
import { defineOperator } from '../operator.js';
import { isIsoDate, inclusiveDays } from '../../util/dates.js';
import { isPlainObject } from '../../fields/kind.js';
import { daysOrValue } from '../describe/words.js';

export default defineOperator({
  id: 'lengthOverDays',
  description: 'Perioden är längre än värdet i dagar (båda ändarna räknas).',
  factTypes: ['dateRange'],
  value: 'number',
  wording: ({ raw, value }) => ({ verb: 'är längre än', value: daysOrValue(raw, value) }),
  evaluate(range, days) {
    if (!isPlainObject(range) || !isIsoDate(range.from) || !isIsoDate(range.to)) return false;
    return inclusiveDays(range.from, range.to) > (days as number);
  },
});
