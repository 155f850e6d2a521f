/** yesNo: two radio buttons, Ja and Nej unless the definition words them otherwise. */

import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'yesNo',
  layout: () => 'group',
  Control: ({ field, value, onChange, disabled, id, describedBy }) => {
    const choices: Array<[boolean, string]> = [[true, String(field.props.trueLabel ?? 'Ja')], [false, String(field.props.falseLabel ?? 'Nej')]];
    return (
      <div class="choices inline">
        {choices.map(([answer, text], index) => (
          <label class="check" key={text}>
            <input type="radio" name={id} id={index === 0 ? id : `${id}-${index}`} checked={value === answer} disabled={disabled}
              aria-describedby={describedBy} onChange={() => onChange(answer)} />
            <span>{text}</span>
          </label>
        ))}
      </div>
    );
  },
};

export default spec;
