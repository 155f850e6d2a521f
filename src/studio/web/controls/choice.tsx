/** choice: radio buttons, or a drop-down list where the definition says `display: dropdown`. */

import type { OptionModel } from '../../../model/types.js';
import type { ControlSpec } from './types.js';

const options = (props: Record<string, unknown>) => (props.options as OptionModel[] | undefined) ?? [];

const spec: ControlSpec = {
  kind: 'choice',
  layout: (field) => (field.props.display === 'dropdown' ? 'label' : 'group'),
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    if (field.props.display === 'dropdown') {
      return (
        <select id={id} disabled={disabled} aria-describedby={describedBy} value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.currentTarget.value || undefined)}>
          <option value="">Välj i listan</option>
          {options(field.props).map((option) => <option value={option.id} key={option.id}>{option.label}</option>)}
        </select>
      );
    }
    return (
      <div class="choices">
        {options(field.props).map((option, index) => (
          <label class="check" key={option.id}>
            <input type="radio" name={id} id={index === 0 ? id : `${id}-${option.id}`} value={option.id} checked={value === option.id}
              disabled={disabled} aria-describedby={describedBy} onChange={() => onChange(option.id)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    );
  },
};

export default spec;
