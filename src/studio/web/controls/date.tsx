/** date: typed as ÅÅÅÅ-MM-DD; the rules get exactly what was typed. */

import { asText, textOrUndefined } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'date',
  layout: () => 'label',
  Control: ({ value, onChange, disabled, id, describedBy, issues }) => (
    <input type="text" id={id} class="date-only" inputMode="numeric" autocomplete="off" placeholder="ÅÅÅÅ-MM-DD" size={11} maxLength={10}
      value={asText(value)} disabled={disabled} aria-describedby={describedBy}
      aria-invalid={issues.some((issue) => issue.severity === 'error') || undefined}
      onInput={(event) => onChange(textOrUndefined(event.currentTarget.value))} />
  ),
};

export default spec;
