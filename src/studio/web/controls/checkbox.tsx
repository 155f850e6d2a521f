/** checkbox: one box; its text is the field's `text`, or the question itself. Ticked is `true`, unticked no answer. */

import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'checkbox',
  layout: (field) => (field.props.text ? 'group' : 'self'),
  Control: ({ field, value, onChange, disabled, id, describedBy }) => (
    <label class="check">
      <input type="checkbox" id={id} checked={value === true} disabled={disabled} aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked ? true : undefined)} />
      <span>{String(field.props.text ?? field.label)}</span>
    </label>
  ),
};

export default spec;
