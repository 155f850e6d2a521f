/**
 * uncertainDate: year, month and day chosen from lists, where month and day may be "okänd"
 * (00), as the national form lets the issuer say only what is known: `2021-10-00`.
 */

import type { ControlSpec } from './types.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const two = (n: number) => String(n).padStart(2, '0');

const spec: ControlSpec = {
  kind: 'uncertainDate',
  layout: () => 'group',
  Control: ({ field, value, onChange, disabled, id, describedBy, today }) => {
    const [year = '', month = '', day = ''] = typeof value === 'string' ? value.split('-') : [];
    const thisYear = Number(today.slice(0, 4));
    const yearsBack = (field.props.yearsBack as number | undefined) ?? 1;
    const years = Array.from({ length: yearsBack + 1 }, (_, index) => String(thisYear - index));
    const set = (parts: { year?: string; month?: string; day?: string }) => {
      const next = { year, month, day, ...parts };
      onChange(next.year ? `${next.year}-${next.month || '00'}-${next.day || '00'}` : undefined);
    };
    return (
      <div class="row">
        <label class="date-label" for={id}>År</label>
        <select id={id} value={year} disabled={disabled} aria-describedby={describedBy} onChange={(event) => set({ year: event.currentTarget.value })}>
          <option value="">Välj år</option>
          {years.includes(year) || !year ? null : <option value={year}>{year}</option>}
          {years.map((option) => <option value={option} key={option}>{option}</option>)}
        </select>
        <label class="date-label" for={`${id}-month`}>Månad</label>
        <select id={`${id}-month`} value={month} disabled={disabled} onChange={(event) => set({ month: event.currentTarget.value })}>
          <option value="">Välj månad</option>
          <option value="00">00 (okänd)</option>
          {MONTHS.map((name, index) => <option value={two(index + 1)} key={name}>{two(index + 1)} {name}</option>)}
        </select>
        <label class="date-label" for={`${id}-day`}>Dag</label>
        <select id={`${id}-day`} value={day} disabled={disabled} onChange={(event) => set({ day: event.currentTarget.value })}>
          <option value="">Välj dag</option>
          <option value="00">00 (okänd)</option>
          {Array.from({ length: 31 }, (_, index) => two(index + 1)).map((option) => <option value={option} key={option}>{option}</option>)}
        </select>
      </div>
    );
  },
};

export default spec;
