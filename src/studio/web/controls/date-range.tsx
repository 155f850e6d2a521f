/** dateRange: from and to, labelled as the definition says (Fr.o.m / T.o.m by default). */

import { asRecord, compactRecord, DateInput, hasIssue } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'dateRange',
  layout: () => 'group',
  Control: ({ field, value, onChange, disabled, id, describedBy, issues }) => {
    const range = asRecord(value);
    const set = (end: 'from' | 'to', date: string | undefined) => onChange(compactRecord({ ...range, [end]: date }));
    return (
      <div class="row">
        <DateInput id={id} label={String(field.props.fromLabel ?? 'Fr.o.m')} value={range.from} disabled={disabled} describedBy={describedBy}
          invalid={hasIssue(issues, (rel) => rel === 'from' || rel === '')} onChange={(date) => set('from', date)} />
        <DateInput id={`${id}-to`} label={String(field.props.toLabel ?? 'T.o.m')} value={range.to} disabled={disabled} describedBy={describedBy}
          invalid={hasIssue(issues, (rel) => rel === 'to' || rel === '')} onChange={(date) => set('to', date)} />
      </div>
    );
  },
};

export default spec;
