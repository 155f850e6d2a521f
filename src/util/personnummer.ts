/**
 * Birth date from a Swedish personnummer or samordningsnummer (day + 60). Only the 12-digit form
 * is accepted: a 10-digit number leaves the century to guess, and guessing a death certificate's
 * birth date is worse than saying we do not know it.
 */

import { isIsoDate } from './dates.js';

export type PersonIdKind = 'personnummer' | 'samordningsnummer';

export interface PersonInfo {
  personId: string;
  idType: PersonIdKind;
  birthDate: string;
}

const TWELVE_DIGITS = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    let n = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
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
