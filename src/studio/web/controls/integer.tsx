/** integer: digits, with the definition's unit after them; anything else typed reaches the rules as typed. */

import { TypedInput } from './parts.js';
import type { ControlSpec } from './types.js';

const parse = (typed: string): unknown => {
  const trimmed = typed.trim();
  return trimmed === '' ? undefined : /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};
const format = (value: unknown) => (value === undefined ? '' : String(value));

const spec: ControlSpec = {
  kind: 'integer',
  layout: () => 'label',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => (
    <span class="integer">
      <TypedInput id={id} inputMode="numeric" size={6} value={value} parse={parse} format={format} onChange={onChange} disabled={disabled} aria-describedby={describedBy} />
      {field.props.unit ? <span class="unit">{String(field.props.unit)}</span> : null}
    </span>
  ),
};

export default spec;
