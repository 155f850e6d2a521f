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

/** Everyone who may obtain a consent, be responsible for a care contact or handle a case. */
export type CareProfession = 'lakare' | 'tandlakare' | 'sjukskoterska' | 'barnmorska' | 'vardadministrator' | 'medicinsksekreterare' | 'fysioterapeut' | 'arbetsterapeut' | 'kurator' | 'psykolog';

export interface CarePerson {
  hsaId?: string;
  name?: string;
  profession?: CareProfession;
}

export interface CareUnit {
  hsaId?: string;
  name?: string;
  address?: string;
  postalCode?: string;
  city?: string;
  phone?: string;
}

/** The patient takes a consent back from `date` on: wholly, or for the actors and information listed. */
export interface ConsentWithdrawal<Actor extends string = string, Information extends string = string> {
  date: IsoDate;
  actors?: Actor[];
  information?: Information[];
  note?: string;
}

/** A consent to break confidentiality: obtained on a day by someone, valid a year, withdrawable. */
export interface ConsentEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** The day the consent was obtained; it is valid for a year from then. */
  obtainedOn?: IsoDate;
  patient: { personId: string };
  obtainedBy?: CarePerson;
  unit?: CareUnit;
  withdrawals?: ConsentWithdrawal[];
  answers: Answers;
}

/** A registered care contact: no signature, no recipient, a contact date. */
export interface RegistrationEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** The day of the care contact. */
  contactDate?: IsoDate;
  patient: { personId: string };
  /** Who was responsible for the contact; `rehabCoordinator` when it was the rehab coordinator's. */
  performedBy?: CarePerson & { rehabCoordinator?: boolean };
  unit?: CareUnit;
  answers: Answers;
}

export type CaseStatus = 'ny' | 'delsvar' | 'motfraga' | 'besvarad' | 'avslutad';

/** A case from 1177 e-tjänster: received, replied to within two working days, closed. */
export interface CaseEnvelope<Type extends string, Version extends string, Answers> {
  type: Type;
  version: Version;
  id?: string;
  /** When the case came in, `YYYY-MM-DDTHH:mm` (Swedish time) or with an offset. */
  receivedAt?: string;
  status?: CaseStatus;
  /** When the citizen got the first reply of any kind (partial reply, counter-question, answer, closing). */
  firstReplyAt?: string;
  patient: { personId: string };
  handledBy?: CarePerson;
  unit?: CareUnit;
  answers: Answers;
}
