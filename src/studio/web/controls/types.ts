/**
 * The contract of a control: one file per field kind in this folder, listed in `index.ts`, as
 * the field kinds are in src/fields/. A control shows an answer and reports a new one; it never
 * decides what is valid (the runtime does) and passes on what the user typed, so a malformed
 * date reaches the rules and gets the national message.
 */

import type { FunctionComponent } from 'preact';
import type { FieldModel } from '../../../model/types.js';
import type { CodeSearchResult, CodeSystemId } from '../../protocol.js';
import type { ShownIssue } from '../rules.js';

export interface ControlProps {
  field: FieldModel;
  value: unknown;
  /** `undefined` means unanswered: the answer is removed from the draft. */
  onChange(value: unknown): void;
  disabled: boolean;
  /** The id of the control's first input; the question's label points at it. */
  id: string;
  /** Ids of the texts that describe the input (issue list, help, counter). */
  describedBy?: string;
  /** The field's issues the page shows now; `rel` is the path below the field. */
  issues: ShownIssue[];
  today: string;
  search(system: CodeSystemId, query: string): Promise<CodeSearchResult>;
}

/**
 * How the question's text is attached: `label` — one input, labelled by the question;
 * `group` — a fieldset whose legend is the question; `self` — the control shows the text itself
 * (a lone checkbox, a message box).
 */
export type Layout = 'label' | 'group' | 'self';

export interface ControlSpec {
  kind: string;
  layout(field: FieldModel): Layout;
  /** Whether the control shows this issue below the field (`rel`, e.g. `HALFTEN`) at its row itself. */
  placesIssue?(field: FieldModel, rel: string): boolean;
  Control: FunctionComponent<ControlProps>;
}
