// @generated from src/compiler/typescript.ts by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** A date whose month and day may be unknown (`00`): `2021-00-00`, `2021-10-00`. */
export type UncertainDate = `${number}-${number}-${number}`;

/** A period; both days are included. */
export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

/** One diagnosis row: a code, its description and the code system (the field's default when left out). */
export interface Diagnosis {
  code?: string;
  description?: string;
  codeSystem?: 'icd10se' | 'ksh97p';
}

/** Visual acuity of one eye, decimal (e.g. 1.0). */
export interface EyeAcuity {
  withoutCorrection?: number;
  withCorrection?: number;
  contactLenses?: boolean;
}

export type CertificateStatus = 'draft' | 'locked' | 'signed' | 'revoked';

export type Profession = 'lakare' | 'tandlakare' | 'sjukskoterska' | 'barnmorska' | 'vardadministrator';

export interface CertificateEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  status?: CertificateStatus;
  /** When the certificate was signed, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
  signedAt?: string;
  /** When the certificate was sent to its recipient. */
  sentAt?: string;
  /** Personnummer or samordningsnummer, 12 digits. */
  patient: { personId: string };
  issuer?: { hsaId?: string; name?: string; profession?: Profession };
  unit?: { hsaId?: string; name?: string; address?: string; postalCode?: string; city?: string; phone?: string };
  answers: Answers;
}
