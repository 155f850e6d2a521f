/** textarea: free text over several lines, with a live count against `maxLength`. */

import { asText, Counter, textOrUndefined } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'textarea',
  layout: () => 'label',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    const max = field.props.maxLength as number | undefined;
    const text = asText(value);
    return (
      <div class="text">
        <textarea id={id} rows={4} value={text} disabled={disabled} placeholder={field.props.placeholder as string | undefined}
          aria-describedby={[describedBy, max !== undefined ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onChange(textOrUndefined(event.currentTarget.value))} />
        <Counter id={`${id}-count`} text={text} max={max} />
      </div>
    );
  },
};

export default spec;
