/** message: no answer, a box in the form by level (info, observe) where the rules show it. */

import type { ControlSpec } from './types.js';
import { Paragraphs } from '../components/text.js';

const spec: ControlSpec = {
  kind: 'message',
  layout: () => 'self',
  Control: ({ field, id }) => (
    <div id={id} class={`message message-${field.props.level === 'observe' ? 'observe' : 'info'}`} role="note"
      aria-label={field.props.level === 'observe' ? 'Observera' : 'Information'}>
      <Paragraphs text={String(field.props.text ?? '')} />
    </div>
  ),
};

export default spec;
