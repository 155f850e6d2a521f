/**
 * The shape explain() returns (the runtime's contract, src/runtime): why each section and field
 * is shown, required and enabled, and whether each rule fired, with the reasons.
 */

import type { Issue } from '../../fields/kind.js';

export interface Reason {
  kind: 'always' | 'condition' | 'section' | 'hidden';
  /** A Swedish sentence. */
  text: string;
  key?: 'showIf' | 'hideIf' | 'required' | 'enabledIf' | 'disabledIf' | 'when';
  /** The condition in readable Swedish. */
  condition?: string;
  location?: { file: string; line: number; col: number };
  holds?: boolean;
  facts?: Array<{ fact: string; path?: string; label: string; value: unknown }>;
  trace?: unknown;
}

export interface Explanation {
  type?: string;
  errors: Issue[];
  sections: Record<string, { shown: boolean; because: Reason[] }>;
  fields: Record<string, { shown: boolean; required: boolean; enabled: boolean; because: { shown: Reason[]; required: Reason[]; enabled: Reason[] } }>;
  rules: Array<{ id: string; target: string; severity: string; fired: boolean; because: Reason[] }>;
}
