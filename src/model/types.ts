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

/** Where a node was written: repository-relative file, 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

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

/** A fixed text printed on every copy, e.g. the legal paragraph a notification is made under. */
export interface PrintTextModel {
  /** Before the questions or after them (before the issuer block). */
  placement: 'start' | 'end';
  heading?: string;
  text: string;
  pointer: Pointer;
}

export interface PrintModel {
  hideable: HideableModel[];
  /** Who a printed draft must not be given to, when the type is not sent electronically ("arbetsgivaren"). */
  draftRecipient?: string;
  texts: PrintTextModel[];
  /** Print the recipient's postal address (from recipients.yaml): where a paper copy is sent. */
  recipientAddress: boolean;
}

/** What the document is called in printouts and action texts: a certificate or a notification. */
export const DOCUMENT_NOUNS = ['intyg', 'anmälan'] as const;
export type DocumentNoun = (typeof DOCUMENT_NOUNS)[number];

/** Where a type must be unique per person: Dödsbevis nationally, Dödsorsaksintyg per care provider. */
export interface UniquenessPolicy {
  scope: 'national' | 'careProvider';
  /** No second signed certificate (within the scope); replace the existing one instead. */
  certificate: boolean;
  /** No second open draft within the care provider (Webcert's UNIKT_UTKAST_INOM_VG). */
  draft: boolean;
  /** The national texts; keys as in UNIQUENESS_MESSAGE_KEYS. */
  messages: Record<string, string>;
}

/**
 * What may be done with a certificate of this type, by whom, and what follows. Defaults come from
 * `recipient`, `delivery` and `issuers`, so a definition's `lifecycle:` states only what differs.
 */
export interface LifecyclePolicy {
  /** False for print-only types (AG1-14, AG7804): nothing is ever sent. */
  electronic: boolean;
  sendMode: DeliveryMode;
  /** The patient's consent before care staff send (Försäkringskassan types sent on request). */
  consentRequired: boolean;
  availableIn1177: boolean;
  signers: Profession[];
  /** May create, update and forward drafts without signing. */
  writers: Profession[];
  unique?: UniquenessPolicy;
  revocation: { reasonRequired: boolean; notice?: string; notifyRecipient: boolean };
  renewable: boolean;
  /** Answers left out of the new draft on Förnya (Webcert's includeWhenRenewing=false). */
  notCopiedOnRenew: string[];
  /** Answers taken from a signed certificate of another type, same care unit (DB → DOI). */
  prefillFrom?: { type: string; fields: string[]; missingNotice?: string };
  /** Shown when signing, e.g. "Intyget skickas direkt till Skatteverket." */
  signNotice?: string;
  /** Shown when sending, each while its condition holds (FK7804: the under-15-days dialog). */
  sendNotices: Array<{ when?: Condition; text: string; pointer: Pointer }>;
  /**
   * May certificates of this type be created, renewed, replaced and complemented for a deceased
   * patient? Nationally refused (ActionRulePatientAlive) except for the death certificates.
   */
  deceasedPatient: 'refuse' | 'allow';
  /**
   * Who may handle the type for a patient with protected identity (sekretessmarkering), and then
   * only on the care unit that holds the certificate. Default: the signers.
   */
  protectedPersons: Profession[];
  pointer: Pointer;
}

/**
 * How a version takes over a draft of its predecessor (`migrate:`): answers are carried by field id
 * unless renamed, mapped or dropped here. Keys of `rename`, `values` and `drop` are the
 * predecessor's field ids; `defaults` are this version's.
 */
export interface MigrationSpec {
  /** The version this one migrates from. */
  from: string;
  /** The predecessor's field id → this version's field id. */
  rename: Record<string, string>;
  /** The predecessor's field id → its values (option ids) → this version's value; `null` drops the value. */
  values: Record<string, Record<string, unknown>>;
  /** The predecessor's field id → why its answer is not carried over (shown in the report). */
  drop: Record<string, string>;
  /** This version's field id → the answer a migrated draft gets when none was carried over. */
  defaults: Record<string, unknown>;
  pointer: Pointer;
}

/**
 * What kind of document a type describes; it selects the envelope around `answers` (what the
 * payload carries besides the answers, and which context facts conditions may read). Everything
 * else (field kinds, conditions, rules, checks, generated files, validation, printing) is shared.
 */
export const DOCUMENT_KINDS = ['certificate', 'consent', 'registration', 'case'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A consent's roles: which actors it covers and where its information is listed. */
export interface ConsentPolicy {
  /** The multiChoice whose option ids are the actors the patient consents to (the external actors' form). */
  actorsField?: string;
  /** The one actor a single-actor form covers (`ARBETSGIVARE`, "Arbetsgivaren", on the employer's form). */
  actor?: { id: string; label: string };
  /** The multiChoice listing the information that may be shared; a withdrawal may name some of it. */
  informationField?: string;
  /** Years a consent is valid from the day it was obtained (seed 001: 1 year). */
  validYears: number;
  pointer: Pointer;
}

/** A registration's roles: the answer holding its KVÅ codes. */
export interface RegistrationPolicy {
  /** The multiChoice whose option ids are the KVÅ codes registered for the contact. */
  codesField: string;
  pointer: Pointer;
}

/** A case's roles and deadline: the answer saying what the case is about, and the first reply's limit. */
export interface CasePolicy {
  /** The choice naming the case's type (seed 003's list). */
  typeField: string;
  /** Swedish working days for the first reply after the day the case came in (seed 003: 2). */
  replyWithinWorkingDays: number;
  pointer: Pointer;
}

/**
 * The checked model of one document type (IR). Named for certificates, which came first; a
 * `document` other than `certificate` has no recipient, issuers, delivery or lifecycle, and has
 * its own envelope and policy (`consent`, `registration`, `case`).
 */
export interface CertificateModel {
  id: string;
  /** The model version, digits and dots ("2.0"); a payload names it in its `version`. */
  version: string;
  /**
   * The last day this version takes new drafts and signs them (YYYY-MM-DD). Signed certificates
   * of a retired version still validate, print and can be revoked.
   */
  retired?: string;
  /** How drafts of the previous version become drafts of this one. */
  migrate?: MigrationSpec;
  /** The document kind; `certificate` unless the definition says otherwise. */
  document: DocumentKind;
  name: string;
  code: string;
  typeCode?: string;
  description?: string;
  /** Certificates only. */
  recipient?: string;
  /** Certificates only: the professions that may sign. */
  issuers?: string[];
  /** Certificates only. */
  delivery?: { mode: DeliveryMode; availableIn1177: boolean };
  unitContact: 'required' | 'optional';
  /** "intyg" (default) or "anmälan": how printouts and action texts name the document. */
  documentNoun: DocumentNoun;
  /**
   * Free text of only spaces: `unanswered` (the v2.0 models) or `reject`, the legacy modules'
   * "Fältet får inte fyllas i med endast blanksteg." on fields that are not required.
   */
  blankText: 'unanswered' | 'reject';
  sections: SectionModel[];
  fields: FieldModel[];
  rules: RuleModel[];
  print: PrintModel;
  /** Certificates only. */
  lifecycle?: LifecyclePolicy;
  consent?: ConsentPolicy;
  registration?: RegistrationPolicy;
  case?: CasePolicy;
  /** Repository-relative path of the YAML this model came from. */
  file: string;
  /** The recipient's name (`_shared/recipients.yaml`), for printouts and notices. */
  recipientName?: string;
  /** The recipient's postal address, for types that print it (`print.recipientAddress`). */
  recipientPostalAddress?: string[];
  /**
   * Every file the model was compiled from (the definition first, then included blocks) and a
   * fingerprint of their contents, so a loader can tell a compiled model from a stale one.
   */
  source?: { files: string[]; fingerprint: string };
  /**
   * YAML positions by node: `field:<id>`, `section:<id>`, `rule:<id>`, and each condition as
   * `<node>.<key>` (`field:diagnos.showIf`). Compiled models keep them so `explain()` can point
   * at the YAML without reading it.
   */
  locations?: Record<string, SourceLocation>;
}

/** A certificate's model: the document kind that has a recipient, signers, a delivery and a lifecycle. */
export type IssuedModel = CertificateModel & Required<Pick<CertificateModel, 'recipient' | 'issuers' | 'delivery' | 'lifecycle'>>;

export function isIssued(model: CertificateModel): model is IssuedModel {
  return model.document === 'certificate' && model.lifecycle !== undefined;
}

export const PROFESSIONS = ['lakare', 'tandlakare', 'sjukskoterska', 'barnmorska', 'vardadministrator'] as const;
export type Profession = (typeof PROFESSIONS)[number];
/** The professions as Swedish forms name them. */
export const PROFESSION_NAMES: Record<Profession, string> = {
  lakare: 'Läkare',
  tandlakare: 'Tandläkare',
  sjukskoterska: 'Sjuksköterska',
  barnmorska: 'Barnmorska',
  vardadministrator: 'Vårdadministratör',
};
/** Care staff who write but by default do not sign (Webcert: create, update, forward). */
export const WRITING_PROFESSIONS: readonly Profession[] = ['sjukskoterska', 'barnmorska', 'vardadministrator'];
export const UNIQUENESS_MESSAGE_KEYS = ['signedSameUnit', 'signedOtherUnit', 'signedOtherProvider', 'signOtherProvider', 'draftSameUnit', 'draftOtherUnit', 'draftOtherProvider'] as const;

/**
 * Facts conditions may read besides the answers; field ids may not take these names. Which of
 * them a type may read depends on its document kind (`src/documents/`): `issuer` and `signing` are
 * a certificate's, `contact`, `performer`, `sickLeave` and `consent` a registration's, `obtained` a
 * consent's, `handler` a case's.
 */
export const CONTEXT_FACTS = ['today', 'patient', 'issuer', 'unit', 'signing', 'contact', 'performer', 'sickLeave', 'consent', 'obtained', 'handler'] as const;
export type ContextFactName = (typeof CONTEXT_FACTS)[number];
/** Envelope keys that validation results use as paths; field ids may not take these names either. */
export const RESERVED_IDS = [
  ...CONTEXT_FACTS, 'type', 'version', 'id', 'status', 'signedAt', 'sentAt', 'answers',
  'contactDate', 'performedBy', 'obtainedOn', 'obtainedBy', 'withdrawals', 'receivedAt', 'firstReplyAt', 'handledBy',
] as const;

/**
 * Everyone who may obtain a consent, be responsible for a care contact or handle a case: the
 * certificate professions and the other care professions the seeds name (any profession may
 * obtain a consent, seed 001; medical secretaries handle 1177 cases, seed 003).
 */
export const CARE_PROFESSIONS = [...PROFESSIONS, 'medicinsksekreterare', 'fysioterapeut', 'arbetsterapeut', 'kurator', 'psykolog'] as const;
export type CareProfession = (typeof CARE_PROFESSIONS)[number];
export const CARE_PROFESSION_NAMES: Record<CareProfession, string> = {
  ...PROFESSION_NAMES,
  medicinsksekreterare: 'Medicinsk sekreterare',
  fysioterapeut: 'Fysioterapeut',
  arbetsterapeut: 'Arbetsterapeut',
  kurator: 'Kurator',
  psykolog: 'Psykolog',
};
