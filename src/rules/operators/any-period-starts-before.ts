/**
 * `anyPeriodStartsBefore`: some sick-leave period starts before the date, e.g. FK7804's warning
 * when sick leave starts more than 7 days back (`value: { fact: today, params: { days: -7 } }`).
 */
import { defineOperator } from '../operator.js';
import { isIsoDate } from '../../util/dates.js';
import { isPlainObject } from '../../fields/kind.js';

export default defineOperator({
  id: 'anyPeriodStartsBefore',
  description: 'Någon av perioderna börjar före datumet.',
  factTypes: ['periods'],
  value: 'date',
  wording: ({ value }) => ({ verb: 'har en period som börjar tidigare än', value }),
  evaluate(periods, date) {
    if (!isPlainObject(periods) || !isIsoDate(date)) return false;
    for (const key in periods) {
      const period = periods[key];
      if (isPlainObject(period) && isIsoDate(period.from) && period.from < date) return true;
    }
    return false;
  },
});
