/**
 * The lifecycle's vocabulary. The certificate is the payload envelope as the service stores it;
 * everything the payload does not hold (where it was created, its relations, the person's other
 * certificates, the user, today) comes in a separate context so the functions stay pure.
 */

import type { Issue } from '../fields/kind.js';
import type { CertificateModel, Profession } from '../model/types.js';
import type { ValidationResult } from '../runtime/validate.js';
import type { QuestionRecord } from './questions.js';
import type { DroppedAnswer } from '../runtime/clean.js';
import type { MigrationReport } from '../runtime/migrate.js';

export const ACTIONS = [
  'create', 'update', 'deleteDraft', 'sign', 'send', 'print', 'replace', 'revoke', 'copy', 'renew', 'createFromTemplate', 'complement',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Stored statuses: the envelope's, plus deleted which a service may keep for its history. */
export type StoredStatus = 'draft' | 'locked' | 'signed' | 'revoked' | 'deleted';
/** What the user sees: stored status refined by sending, replacement and locking. */
export type LifecycleStatus = 'draft' | 'locked' | 'signed' | 'sent' | 'replaced' | 'revoked' | 'deleted';

export interface LifecycleCertificate {
  id?: string;
  type: string;
  version?: string;
  status?: StoredStatus;
  signedAt?: string;
  sentAt?: string;
  patient?: { personId?: string };
  issuer?: { hsaId?: string; name?: string; profession?: string };
  unit?: Record<string, unknown>;
  answers?: Record<string, unknown>;
}

/** Another certificate of the same person, as far as uniqueness needs to know it. */
export interface CertificateRecord {
  id: string;
  type: string;
  status: LifecycleStatus;
  careUnit: string;
  careProvider: string;
  createdAt?: string;
  signedAt?: string;
}

export interface LifecycleConfig {
  /** A draft not signed within this many days locks ("job.utkastlock.locked.after.day"). */
  lockAfterDays: number;
  /** Only drafts created before this date ever lock; later drafts never do. */
  lockCutoff: string;
}

export const DEFAULT_CONFIG: LifecycleConfig = { lockAfterDays: 14, lockCutoff: '2024-09-05' };

export type RevocationReason = 'FEL_PATIENT' | 'ANNAT_ALLVARLIGT_FEL';

/** What the lifecycle needs of a runtime: `loadRuntime()` and `createRuntime()` fit. */
export interface CertificateValidator {
  validate(certificate: unknown, options?: { today?: string }): ValidationResult;
}

export interface LifecycleContext {
  /** The checked models by type id; `loadRuntime().models` fits. */
  models: ReadonlyMap<string, CertificateModel>;
  /**
   * Validates the certificate before it is signed or sent, so nothing invalid is ever signed:
   * `loadRuntime()` fits. Required, so no caller can leave the check out.
   */
  runtime: CertificateValidator;
  user: { profession: Profession; careUnit: string; careProvider: string; hsaId?: string };
  /** YYYY-MM-DD. */
  today: string;
  config?: Partial<LifecycleConfig>;
  /** Where and when this certificate was created; not part of the payload. */
  record?: { createdAt?: string; careUnit?: string; careProvider?: string };
  relations?: {
    /** The certificate that replaces this one, signed or still a draft. */
    replacedBy?: { id: string; status: LifecycleStatus };
    /** This draft replaces / complements another certificate: signing finishes that. */
    replaces?: string;
    complements?: string;
    /** A signed complement or renewal made from this certificate. */
    complementedBy?: { id: string; status: LifecycleStatus };
  };
  /** The person's other certificates (any type), for uniqueness and templates. */
  existing?: readonly CertificateRecord[];
  /**
   * The patient has died (from the population register). Nationally refuses create, replace,
   * renew, complement and create-from-template, except for types with `deceasedPatient: allow`.
   */
  patientDeceased?: boolean;
  /**
   * The patient has protected identity (sekretessmarkering): only the type's `protectedPersons`
   * roles may act, and on a stored certificate only on its own care unit.
   */
  patientProtected?: boolean;
  /** The patient is a test person (testindikerad): nothing is sent to a recipient. */
  patientTestIndicated?: boolean;
  /** Input to create: answers to prefill the new draft with (cleaned before use). */
  prefill?: Record<string, unknown>;
  /** The patient has consented to care staff sending the certificate. */
  consent?: boolean;
  /** Input to revoke. */
  revocation?: { reason?: RevocationReason; message?: string };
  /** Input to createFromTemplate: the target type; defaults to the only type prefilled from this one. */
  templateType?: string;
  /** Questions on this certificate, for complement. */
  questions?: readonly QuestionRecord[];
}

export interface Refusal {
  code: string;
  /** Swedish, for the user. */
  reason: string;
  /** With `invalid-certificate`: the validation errors that stand in the way. */
  errors?: Issue[];
}

export type Availability = ({ allowed: true; notices: string[] } | ({ allowed: false } & Refusal)) & { action: Action };

export type Effect =
  | { kind: 'sendToRecipient'; recipient: string }
  /** Make the signed certificate visible to the patient in 1177 (never for reserve numbers). */
  | { kind: 'publishTo1177' }
  | { kind: 'notifyRevocation'; recipient: string }
  | { kind: 'notice'; text: string }
  | { kind: 'print'; watermark?: string }
  | { kind: 'markReplaced'; certificateId: string }
  | { kind: 'closeComplementQuestions'; certificateId: string; questionIds: string[] };

export type RelationKind = 'replaces' | 'renews' | 'copies' | 'complements' | 'prefilledFrom';

export interface NewCertificate {
  certificate: LifecycleCertificate;
  /** How the new certificate relates to the one acted on; absent for the one acted on itself. */
  relation?: { kind: RelationKind; certificateId?: string };
  /** Answers left out of a new draft because its type hides or lacks the question (see clean). */
  dropped?: DroppedAnswer[];
  /**
   * When the source was of an earlier version: the new draft is in the type's current version,
   * and this says what moved, changed or could not be carried over (see `runtime/migrate.ts`).
   */
  migration?: MigrationReport;
}

export type ApplyResult = { ok: true; certificates: NewCertificate[]; effects: Effect[] } | ({ ok: false } & Refusal);
