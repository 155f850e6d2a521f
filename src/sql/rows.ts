/**
 * Rows of the SQL engines back into the shapes the in-memory functions return, so callers (CLI,
 * service, tests) cannot tell the engines apart. Pure.
 */

import type { Sex, Sjukfall } from '../decision/sjukfall.js';
import type { CaseKeys } from '../decision/statistics.js';

export interface CaseRow {
  patient_id: string;
  sex: Sex;
  age: number | null;
  start_date: string;
  end_date: string;
  days: number;
  certificates: number;
  certificate_ids: string[];
  active: boolean;
  degrees: number[];
  current_degree: number | null;
  anchor_id: string;
  diagnoses: string[];
  occupation: string[];
  issuer_id: string | null;
  issuer_name: string | null;
  unit_id: string | null;
  unit_name: string | null;
}

export interface KeyRow {
  sex: Sex;
  age_band: string;
  code3: string | null;
  degree: number | null;
  length_band: string;
  cases: number;
  certificates: number;
  with_request: number;
}

/** An issuer or unit without id and name was absent from the payload. */
function party(hsaId: string | null, name: string | null): { hsaId?: string; name?: string } | null {
  return hsaId === null && name === null ? null : { hsaId: hsaId ?? undefined, name: name ?? undefined };
}

export function caseOf(row: CaseRow): Sjukfall {
  return {
    patient: { personId: row.patient_id, sex: row.sex, age: row.age },
    diagnosis: row.diagnoses[0] ?? null,
    secondaryDiagnoses: row.diagnoses.slice(1),
    start: row.start_date,
    end: row.end_date,
    days: row.days,
    certificates: row.certificates,
    certificateIds: row.certificate_ids,
    degrees: row.degrees,
    currentDegree: row.current_degree,
    occupation: row.occupation,
    doctor: party(row.issuer_id, row.issuer_name),
    unit: party(row.unit_id, row.unit_name),
    activeCertificateId: row.active ? row.anchor_id : null,
    recentlyEnded: !row.active,
  };
}

export function keysOf(row: KeyRow): CaseKeys {
  return { sex: row.sex, ageBand: row.age_band, code3: row.code3, degree: row.degree, lengthBand: row.length_band, count: row.cases };
}
