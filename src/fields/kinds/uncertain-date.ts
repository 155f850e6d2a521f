/**
 * An uncertain date (UncertainDate): `2021-00-00` (only the year known) or `2021-10-00`. The
 * national form lets the year be chosen from this year and `yearsBack` years before it.
 */

import { messageFor, typeIssue, type FieldKind } from '../kind.js';
import { daysInMonth, splitDate } from '../../util/dates.js';
import { withNoise } from '../arbitrary.js';

export const UNCERTAIN_DATE_PATTERN = '^[0-9]{4}-(0[0-9]|1[0-2])-(0[0-9]|[12][0-9]|3[01])$';
const PATTERN = new RegExp(UNCERTAIN_DATE_PATTERN);

/** Earliest real day an uncertain date can mean; conditions compare uncertain dates by it. */
export function earliestDay(value: string): string | null {
  const parts = splitDate(value);
  if (!parts || parts[0] === 0) return null;
  const [, m, d] = parts;
  return `${value.slice(0, 4)}-${m === 0 ? '01' : value.slice(5, 7)}-${m === 0 || d === 0 ? '01' : value.slice(8, 10)}`;
}

/** Shape, year given, no day without month, a real day: what rules may compare. */
function isUsableUncertainDate(value: unknown): boolean {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const [year, month, day] = splitDate(value)!;
  return year > 0 && !(month === 0 && day !== 0) && (day === 0 || day <= daysInMonth(year, month));
}

const uncertainDate: FieldKind = {
  kind: 'uncertainDate',
  description: 'Ett osäkert datum där månad och dag kan vara okända (00), t.ex. 2021-10-00.',
  hasAnswer: true,
  definitionProperties: {
    yearsBack: { type: 'integer', minimum: 0, maximum: 200, description: 'Hur många år före innevarande år som får väljas.' },
  },
  // One pattern that also allows '' (no date given) rather than anyOf, so forms show one text input.
  answerSchema: () => ({ type: 'string', pattern: `^(${UNCERTAIN_DATE_PATTERN.slice(1, -1)})?$` }),
  tsType: () => 'UncertainDate',
  describe: (_field, path) => (path.length === 0 ? { type: 'uncertainDate' } : undefined),
  isAnswered: (value) => value !== undefined && value !== '',
  // Only a date the validator accepts as uncertain feeds the rules; a malformed one has its error.
  factValue: (value) => (value === '' || isUsableUncertainDate(value) ? value : undefined),
  requiredMessage: 'Ange ett datum.',
  createValidator(field) {
    const yearsBack = (field.props.yearsBack as number | undefined) ?? 1;
    return (value, path, run) => {
      if (typeof value !== 'string') return void run.errors.push(typeIssue(path));
      if (!PATTERN.test(value)) {
        return void run.errors.push({ field: path, code: 'invalid-date', message: 'Ange datum i formatet ÅÅÅÅ-MM-DD, med 00 för okänd månad eller dag.' });
      }
      const [year, month, day] = splitDate(value)!;
      const thisYear = Number(run.today.slice(0, 4));
      const report = (message: string) => run.errors.push({ field: path, code: 'uncertain-date', message });
      if (year === 0) report(messageFor(field, 'uncertain-date', month === 0 ? 'Ange år.' : 'Ange år och månad.'));
      else if (month === 0 && day !== 0) report('Ange månad.');
      else if (day > 0 && day > daysInMonth(year, month)) report('Ange ett giltigt datum.');
      else if (year > thisYear || year < thisYear - yearsBack) report(`Ange ett år mellan ${thisYear - yearsBack} och ${thisYear}.`);
      else if (earliestDay(value)! > run.today) {
        run.errors.push({ field: path, code: 'date-max', message: messageFor(field, 'date-max', `Ange ett datum som är senast ${run.today}.`) });
      }
    };
  },
  // As written, `2021-00-00`: the national printouts show the zeros, and they say exactly
  // what the issuer knew.
  printable: (_field, value) => String(value),
  arbitrary: (_field, fc) =>
    withNoise(fc, fc.constantFrom('2026-00-00', '2026-10-00', '2025-11-15', '2026-11-30', '0000-00-00', '2026-00-05', '2020-01-00', '2026-02-30', '2026-13-01')),
};

export default uncertainDate;
