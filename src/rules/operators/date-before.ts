/** `dateBefore`: the date is before the value (a date, or another fact such as today). */
import { dateComparison } from './comparable-date.js';

export default dateComparison('dateBefore', 'Datumet är före värdet.', 'är tidigare än', (a, b) => a < b);
