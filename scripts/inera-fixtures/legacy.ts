/**
 * What all legacy scenario files share: `grundData` (patient, issuer, unit) becomes the intyg
 * envelope, and a few test-data conventions are carried over explicitly, each noted on the case.
 */

import { addDays } from '../../src/util/dates.js';
import { personIdCheckDigit } from '../../src/util/personnummer.js';

export type Json = Record<string, any>;

export interface Conversion {
  answers: Record<string, unknown>;
  /** What the converter had to change or leave out, in words, for whoever reads the case. */
  notes: string[];
  /** Legacy answer key → the intyg field(s) it became, to compare where errors are reported. */
  fieldMap: Record<string, string[]>;
}

/**
 * The national module tests never check a personnummer's check digit (19270310-4321 is wrong);
 * intyg does. The same birth date and serial with the right check digit keeps what the tests
 * are about (the birth date) without tripping an unrelated error.
 */
export function fixPersonId(personId: string, notes: string[]): string {
  const digits = personId.replace(/\D/g, '');
  if (digits.length !== 12) return personId;
  const nine = digits.slice(2, 11);
  const fixed = `${digits.slice(0, 11)}${personIdCheckDigit(nine)}`;
  if (fixed !== digits) notes.push(`personnummer ${personId}: fel kontrollsiffra i testdatan, ${fixed.slice(0, 8)}-${fixed.slice(8)} används`);
  return fixed;
}

export function envelope(type: string, version: string, legacy: Json, notes: string[], personId?: string): Json {
  const grund = legacy.grundData ?? {};
  const unit = grund.skapadAv?.vardenhet ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    type,
    version,
    id: text(legacy.id),
    status: 'draft',
    patient: { personId: fixPersonId(personId ?? grund.patient?.personId ?? '', notes) },
    issuer: { hsaId: text(grund.skapadAv?.personId), name: text(grund.skapadAv?.fullstandigtNamn), profession: 'lakare' },
    unit: {
      hsaId: text(unit.enhetsid),
      name: text(unit.enhetsnamn),
      address: text(unit.postadress),
      postalCode: text(unit.postnummer),
      city: text(unit.postort),
      phone: text(unit.telefonnummer),
    },
  };
}

/** Drops undefined values so the payload reads as the scenario did. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/** `true`/`"true"` as the legacy JSON writes booleans (some fixtures quote them). */
export function bool(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** A municipality the national tests' typeahead mock knows but Sweden does not. */
const MOCK_MUNICIPALITIES = new Set(['kommun', 'sdf']);

export function municipality(value: unknown, notes: string[]): unknown {
  if (typeof value === 'string' && MOCK_MUNICIPALITIES.has(value)) {
    notes.push(`kommun "${value}" finns bara i testets typeahead-attrapp (TypeAheadProvider); NACKA används`);
    return 'NACKA';
  }
  return value;
}

export { addDays };
