/**
 * sickLeavePeriods: a row per degree (25, 50, 75, 100 procent) with Fr.o.m and t.o.m and the
 * number of days, as Webcert's sick-leave question: ticking a degree starts its period the day
 * after the latest period ends (today when there is none); t.o.m takes "14d", "3v" or "2m" from
 * the start date; below, how many days the certificate covers.
 */

import type { OptionModel } from '../../../model/types.js';
import { addDays, addMonths, inclusiveDays, isIsoDate } from '../../../util/dates.js';
import { IssueList } from '../components/issues.js';
import { asRecord, compactRecord, DateInput, hasIssue } from './parts.js';
import type { ControlSpec } from './types.js';

type Period = { from?: unknown; to?: unknown };

/** `14d`, `3v` (weeks), `2m` (months) from `from`, counting the start day, as Webcert reads them. */
export function expandEnd(from: unknown, typed: string): string | undefined {
  const match = /^\s*(\d{1,3})\s*([dvm])\s*$/i.exec(typed);
  if (!match || !isIsoDate(from)) return undefined;
  const amount = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (amount === 0) return undefined;
  return unit === 'm' ? addDays(addMonths(from, amount), -1) : addDays(from, (unit === 'v' ? 7 * amount : amount) - 1);
}

const usable = (period: Period): period is { from: string; to: string } => isIsoDate(period.from) && isIsoDate(period.to) && period.to >= period.from;

/** Days covered by at least one period. */
export function coveredDays(periods: Period[]): number {
  const ranges = periods.filter(usable).sort((a, b) => (a.from < b.from ? -1 : 1));
  let total = 0;
  let end: string | undefined;
  for (const { from, to } of ranges) {
    const start = end && from <= end ? addDays(end, 1) : from;
    if (start <= to) total += inclusiveDays(start, to);
    if (!end || to > end) end = to;
  }
  return total;
}

const spec: ControlSpec = {
  kind: 'sickLeavePeriods',
  layout: () => 'group',
  placesIssue: (field, rel) => ((field.props.options as OptionModel[] | undefined) ?? []).some((option) => rel === option.id || rel.startsWith(`${option.id}.`)),
  Control: ({ field, value, onChange, disabled, id, describedBy, issues, today }) => {
    const options = (field.props.options as OptionModel[] | undefined) ?? [];
    const periods = asRecord(value) as Record<string, Period>;
    const set = (optionId: string, period: Period | undefined) => {
      const next = { ...periods, [optionId]: period && compactRecord({ ...period }) };
      onChange(compactRecord(next));
    };
    const nextStart = () => {
      const ends = Object.values(periods).map((period) => period.to).filter(isIsoDate).sort();
      return ends.length ? addDays(ends[ends.length - 1], 1) : today;
    };
    const total = coveredDays(Object.values(periods));
    return (
      <div class="periods">
        {options.map((option, index) => {
          const period = periods[option.id];
          const boxId = index === 0 ? id : `${id}-${option.id}`;
          const own = issues.filter((issue) => issue.rel === option.id || issue.rel.startsWith(`${option.id}.`));
          const invalid = (end: string) => hasIssue(issues, (rel) => rel === option.id || rel === `${option.id}.${end}`);
          return (
            <div class="period" key={option.id} data-option={option.id}>
              <div class="row">
                <label class="check degree">
                  <input type="checkbox" id={boxId} checked={period !== undefined} disabled={disabled} aria-describedby={describedBy}
                    onChange={(event) => {
                      if (!event.currentTarget.checked) return set(option.id, undefined);
                      set(option.id, { from: nextStart() });
                      // As in Webcert the start is filled in and the cursor goes to t.o.m.
                      setTimeout(() => document.getElementById(`${boxId}-to`)?.focus(), 0);
                    }} />
                  <span>{option.label}</span>
                </label>
                <DateInput id={`${boxId}-from`} label="Fr.o.m" value={period?.from} disabled={disabled} invalid={invalid('from')}
                  onChange={(date) => set(option.id, { ...period, from: date })} />
                <DateInput id={`${boxId}-to`} label="t.o.m" value={period?.to} disabled={disabled} invalid={invalid('to')}
                  onChange={(date) => set(option.id, { ...period, to: date })}
                  onBlur={(typed) => {
                    const expanded = expandEnd(period?.from, typed);
                    if (expanded) set(option.id, { ...period, to: expanded });
                  }} />
                <span class="days">{period && usable(period) ? `${inclusiveDays(period.from, period.to)} dagar` : ''}</span>
              </div>
              <IssueList issues={own} />
            </div>
          );
        })}
        {total > 0 ? <p class="note">Intyget motsvarar en period på {total} dagar.</p> : null}
      </div>
    );
  },
};

export default spec;
