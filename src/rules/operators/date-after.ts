/** `dateAfter`: the date is after the value, e.g. a later row's onset after the row above. */
import { dateComparison } from './comparable-date.js';

export default dateComparison('dateAfter', 'Datumet är efter värdet.', 'är senare än', (a, b) => a > b);
