/** multiChoice: a checkbox per option; the answer lists the ticked ones in the definition's order. */

import type { OptionModel } from '../../../model/types.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'multiChoice',
  layout: () => 'group',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    const options = (field.props.options as OptionModel[] | undefined) ?? [];
    const ticked = new Set(Array.isArray(value) ? (value as unknown[]) : []);
    const toggle = (optionId: string, on: boolean) => {
      const next = options.map((option) => option.id).filter((candidate) => (candidate === optionId ? on : ticked.has(candidate)));
      onChange(next.length ? next : undefined);
    };
    return (
      <div class="choices">
        {options.map((option, index) => (
          <label class="check" key={option.id}>
            <input type="checkbox" id={index === 0 ? id : `${id}-${option.id}`} checked={ticked.has(option.id)} disabled={disabled}
              aria-describedby={describedBy} onChange={(event) => toggle(option.id, event.currentTarget.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    );
  },
};

export default spec;
