/**
 * The checked certificate model (IR): what the compiler hands to the generators and the runtime.
 * Every node keeps its `pointer` into the YAML so later stages can still report `file:line:col`.
 */

import type { PathSegment } from '../util/path.js';

/** A fact reference inside a condition's `value`, e.g. `{ fact: today, params: { days: -7 } }`. */
export interface FactReference {
  fact: string;
  path?: string;
  params?: { days?: number };
}

export interface LeafCondition {
  fact: string;
  path?: string;
  params?: { days?: number };
  operator: string;
  value?: unknown;
}

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | LeafCondition;

export type Pointer = PathSegment[];

export interface OptionModel {
  id: string;
  label: string;
  [key: string]: unknown;
}

export interface FieldModel {
  id: string;
  kind: string;
  ref?: string;
  label: string;
  help?: string;
  sectionId: string;
  required: boolean | Condition;
  showIf?: Condition;
  hideIf?: Condition;
  enabledIf?: Condition;
  disabledIf?: Condition;
  messages: Record<string, string>;
  /** The kind-specific keys, as written (maxLength, options, columns …). */
  props: Record<string, unknown>;
  pointer: Pointer;
}

export interface SectionModel {
  id: string;
  title: string;
  help?: string;
  showIf?: Condition;
  hideIf?: Condition;
  fieldIds: string[];
  pointer: Pointer;
}

export type Severity = 'error' | 'warning' | 'info';

export interface RuleModel {
  id: string;
  severity: Severity;
  target: string;
  when: Condition;
  message: string;
  pointer: Pointer;
}

export type DeliveryMode = 'manual' | 'onSign' | 'printOnly';

/** Information the patient may leave out of a printout, e.g. the diagnosis on an employer copy. */
export interface HideableModel {
  id: string;
  /** What the choice is called to the patient: "diagnos". */
  label: string;
  fields: string[];
  /** Printed instead of the hidden answers. */
  replacement: string;
  /** When hiding is not offered (e.g. smittbärarpenning), and why. */
  unavailableIf?: Condition;
  unavailableMessage?: string;
  pointer: Pointer;
}

export interface PrintModel {
  hideable: HideableModel[];
}

export interface CertificateModel {
  id: string;
  version: string;
  name: string;
  code: string;
  typeCode?: string;
  description?: string;
  recipient: string;
  issuers: string[];
  delivery: { mode: DeliveryMode; availableIn1177: boolean };
  unitContact: 'required' | 'optional';
  sections: SectionModel[];
  fields: FieldModel[];
  rules: RuleModel[];
  print: PrintModel;
  /** Repository-relative path of the YAML this model came from. */
  file: string;
}

export const PROFESSIONS = ['lakare', 'tandlakare', 'sjukskoterska', 'barnmorska', 'vardadministrator'] as const;
export type Profession = (typeof PROFESSIONS)[number];

/** Facts every condition may read besides the answers; field ids may not take these names. */
export const CONTEXT_FACTS = ['today', 'patient', 'issuer', 'unit'] as const;
/** Envelope keys that validation results use as paths; field ids may not take these names either. */
export const RESERVED_IDS = [...CONTEXT_FACTS, 'type', 'version', 'id', 'status', 'signedAt', 'sentAt', 'answers'] as const;
