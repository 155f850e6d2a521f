/**
 * Swedish person ids. `parsePersonId` (validation) takes only the 12-digit form: a 10-digit
 * number leaves the century to guess, and guessing a death certificate's birth date is worse than
 * saying we do not know it. `parsePersonIdentity` (the lifecycle) also reads 10 digits, inferring
 * the century from a given date, and recognises reserve numbers.
 */

import { isIsoDate } from './dates.js';

export type PersonIdKind = 'personnummer' | 'samordningsnummer';

export interface PersonInfo {
  personId: string;
  idType: PersonIdKind;
  birthDate: string;
}

const TWELVE_DIGITS = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/;

/** The Luhn check digit of the nine digits YYMMDDNNN: a personnummer's tenth digit. */
export function personIdCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    let n = (nineDigits.charCodeAt(i) - 48) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

function luhnValid(tenDigits: string): boolean {
  return personIdCheckDigit(tenDigits) === tenDigits.charCodeAt(9) - 48;
}

export function parsePersonId(input: unknown): PersonInfo | null {
  if (typeof input !== 'string') return null;
  const match = TWELVE_DIGITS.exec(input);
  if (!match) return null;
  const [, year, month, rawDay, serial] = match;
  const dayNumber = Number(rawDay);
  const idType: PersonIdKind = dayNumber > 60 ? 'samordningsnummer' : 'personnummer';
  const day = String(idType === 'samordningsnummer' ? dayNumber - 60 : dayNumber).padStart(2, '0');
  const birthDate = `${year}-${month}-${day}`;
  if (!isIsoDate(birthDate)) return null;
  if (!luhnValid(`${year.slice(2)}${month}${rawDay}${serial}`)) return null;
  return { personId: `${year}${month}${rawDay}${serial}`, idType, birthDate };
}

/** For logs and messages: personnummer never appear in full. */
export function maskPersonId(personId: string): string {
  return personId.length >= 8 ? `${personId.slice(0, 8)}-****` : '****';
}

/**
 * The full identity check for the lifecycle: 12 or 10 digits, reserve numbers recognised. A
 * 10-digit number takes its century from `today` (the latest century giving a past birth date,
 * one more back with the `+` separator used from the year a person turns 100).
 */
export type IdentityKind = PersonIdKind | 'reservnummer';
export type Sex = 'kvinna' | 'man';

export interface PersonIdentity {
  /** Normalised: 12 digits without separator (reserve numbers as given, upper case, no separator). */
  personId: string;
  kind: IdentityKind;
  birthDate?: string;
  sex?: Sex;
  /** False for reserve numbers: no electronic sending, nothing in 1177 (Webcert in TakeCare). */
  electronic: boolean;
}

export type IdentityResult = { ok: true; identity: PersonIdentity } | { ok: false; code: string; message: string };

export const IDENTITY_MESSAGES = {
  missing: 'Ange personnummer, samordningsnummer eller reservnummer.',
  shape: 'Ange personnumret med 12 siffror (ÅÅÅÅMMDD-NNNN) eller 10 siffror (ÅÅMMDD-NNNN eller ÅÅMMDD+NNNN).',
  plusWithTwelve: 'Plustecken används bara med 10 siffror, för den som fyllt 100 år. Ange 12 siffror utan plustecken.',
  date: 'Personnumret innehåller inget giltigt födelsedatum.',
  coordinationDate: 'Samordningsnumret innehåller inget giltigt datum (födelsedag + 60).',
  future: 'Födelsedatumet i personnumret ligger efter dagens datum.',
  checkDigit: 'Kontrollsiffran stämmer inte. Kontrollera personnumret.',
} as const;

const fail = (code: keyof typeof IDENTITY_MESSAGES): IdentityResult => ({ ok: false, code: `person-id/${code}`, message: IDENTITY_MESSAGES[code] });
const ANY_ID = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;
/**
 * Regional reserve numbers have no national format; the forms met in practice are a letter in the
 * serial part (e.g. 19800101-T123) or Stockholm's 99-prefix. Both are never valid personnummer.
 */
const RESERVE = /^(\d{8}-?[A-Z]\d{3}|\d{6}-?[A-Z]\d{3}|99\d{10})$/i;

export function isReserveNumber(value: string): boolean {
  return RESERVE.test(value.trim());
}

export function parsePersonIdentity(input: unknown, today: string): IdentityResult {
  if (typeof input !== 'string' || !input.trim()) return fail('missing');
  const value = input.trim();
  if (RESERVE.test(value)) {
    return { ok: true, identity: { personId: value.replace('-', '').toUpperCase(), kind: 'reservnummer', electronic: false } };
  }
  const match = ANY_ID.exec(value);
  if (!match) return fail('shape');
  const [, century, yymmdd, separator, serial] = match;
  if (century && separator === '+') return fail('plusWithTwelve');
  const rawDay = Number(yymmdd.slice(4, 6));
  const kind: PersonIdKind = rawDay > 60 ? 'samordningsnummer' : 'personnummer';
  const monthDay = `${yymmdd.slice(2, 4)}-${String(kind === 'samordningsnummer' ? rawDay - 60 : rawDay).padStart(2, '0')}`;
  let year = century ? Number(`${century}${yymmdd.slice(0, 2)}`) : inferYear(Number(yymmdd.slice(0, 2)), monthDay, today, separator === '+');
  const birthDate = `${String(year).padStart(4, '0')}-${monthDay}`;
  if (!isIsoDate(birthDate)) return fail(kind === 'samordningsnummer' ? 'coordinationDate' : 'date');
  if (birthDate > today) return fail('future');
  if (!luhnValid(`${yymmdd}${serial}`)) return fail('checkDigit');
  year = Number(birthDate.slice(0, 4));
  const sex: Sex = Number(serial[2]) % 2 === 1 ? 'man' : 'kvinna';
  return { ok: true, identity: { personId: `${year}${yymmdd.slice(2)}${serial}`, kind, birthDate, sex, electronic: true } };
}

function inferYear(yy: number, monthDay: string, today: string, centenarian: boolean): number {
  const thisYear = Number(today.slice(0, 4));
  let year = Math.floor(thisYear / 100) * 100 + yy;
  if (`${year}-${monthDay}` > today) year -= 100;
  return centenarian ? year - 100 : year;
}
