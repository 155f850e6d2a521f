/** text: one line, with a live count against `maxLength`. */

import { asText, Counter, textOrUndefined } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'text',
  layout: () => 'label',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    const max = field.props.maxLength as number | undefined;
    const text = asText(value);
    return (
      <div class="text">
        <input type="text" id={id} value={text} disabled={disabled} autocomplete="off"
          aria-describedby={[describedBy, max !== undefined ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined}
          onInput={(event) => onChange(textOrUndefined(event.currentTarget.value))} />
        <Counter id={`${id}-count`} text={text} max={max} />
      </div>
    );
  },
};

export default spec;
