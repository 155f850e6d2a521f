/** dateChoices: a checkbox per option with its date beside it; ticking fills in today, as Webcert does. */

import type { OptionModel } from '../../../model/types.js';
import { IssueList } from '../components/issues.js';
import { asRecord, compactRecord, DateInput, hasIssue } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'dateChoices',
  layout: () => 'group',
  placesIssue: (field, rel) => ((field.props.options as OptionModel[] | undefined) ?? []).some((option) => option.id === rel),
  Control: ({ field, value, onChange, disabled, id, describedBy, issues, today }) => {
    const options = (field.props.options as OptionModel[] | undefined) ?? [];
    const dates = asRecord(value);
    const set = (optionId: string, date: unknown) => onChange(compactRecord({ ...dates, [optionId]: date }));
    return (
      <div class="rows">
        {options.map((option, index) => {
          const boxId = index === 0 ? id : `${id}-${option.id}`;
          const ticked = dates[option.id] !== undefined;
          const own = issues.filter((issue) => issue.rel === option.id);
          return (
            <div class="row" key={option.id} data-option={option.id}>
              <label class="check grow">
                <input type="checkbox" id={boxId} checked={ticked} disabled={disabled} aria-describedby={describedBy}
                  onChange={(event) => set(option.id, event.currentTarget.checked ? today : undefined)} />
                <span>{option.label}</span>
              </label>
              <DateInput id={`${boxId}-date`} label={`Datum för ${option.label}`} visibleLabel={false} value={dates[option.id]}
                disabled={disabled} invalid={hasIssue(issues, (rel) => rel === option.id)} onChange={(date) => set(option.id, date)} />
              <IssueList issues={own} />
            </div>
          );
        })}
      </div>
    );
  },
};

export default spec;
