/**
 * The certificate envelope around `answers`: what the generated JSON Schema, the generated
 * TypeScript and the runtime all agree a payload looks like.
 */

export const STATUSES = ['draft', 'locked', 'signed', 'revoked'] as const;
/**
 * Twelve digits (personnummer, samordningsnummer), or a reserve number with a full birth date and
 * a letter in the serial part (`19800101-T123`); Stockholm's `99…` reserve numbers are twelve
 * digits. A reserve-number patient must be certifiable: signing validates the envelope.
 */
export const PERSON_ID_PATTERN = '^[0-9]{8}-?([0-9]{4}|[A-Za-z][0-9]{3})$';

export const ENVELOPE_OBJECTS = {
  patient: { required: ['personId'], keys: ['personId'] },
  issuer: { required: [], keys: ['hsaId', 'name', 'profession'] },
  unit: { required: [], keys: ['hsaId', 'name', 'address', 'postalCode', 'city', 'phone'] },
} as const;

/** Unit contact details the national forms require, with their messages. */
export const UNIT_CONTACT_MESSAGES: Record<string, string> = {
  address: 'Ange postadress.',
  postalCode: 'Ange postnummer.',
  city: 'Ange postort.',
  phone: 'Ange telefonnummer.',
};

export const ENVELOPE_KEYS = ['type', 'version', 'id', 'status', 'signedAt', 'sentAt', 'patient', 'issuer', 'unit', 'answers'] as const;

/** When a certificate was signed or sent: a real date, or date and time, in ISO form (util/timestamp.ts). */
export { TIMESTAMP_PATTERN } from '../util/timestamp.js';
export const TIMESTAMP_KEYS = ['signedAt', 'sentAt'] as const;
