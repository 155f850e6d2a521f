/** typeahead: free text chosen from a code system (the municipalities), with suggestions as one types. */

import type { CodeSystemId } from '../../protocol.js';
import { Combobox } from './combobox.js';
import { asText, textOrUndefined } from './parts.js';
import type { ControlSpec } from './types.js';

const spec: ControlSpec = {
  kind: 'typeahead',
  layout: () => 'label',
  Control: ({ field, value, onChange, disabled, id, describedBy, search, issues }) => (
    <Combobox id={id} value={asText(value)} system={field.props.codeSystem as CodeSystemId} search={search} disabled={disabled} describedBy={describedBy}
      invalid={issues.some((issue) => issue.severity === 'error')} size={30}
      onInput={(text) => onChange(textOrUndefined(text))} onPick={(hit) => onChange(hit.title)} show={(hit) => hit.title} />
  ),
};

export default spec;
