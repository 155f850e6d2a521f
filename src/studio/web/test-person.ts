/**
 * Personnummer for trying a form: a random birth date and serial with a correct check digit,
 * checked with the runtime's own reader. Random numbers may belong to someone real, so the page
 * says to use them only with made-up content.
 */

import { parsePersonIdentity } from '../../browser.js';
import { personIdCheckDigit } from '../../util/personnummer.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid 12-digit personnummer of someone aged 18–90 on `today`. */
export function randomPersonnummer(today: string, random: () => number = Math.random): string {
  for (;;) {
    const year = Number(today.slice(0, 4)) - 18 - Math.floor(random() * 72);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const serial = Math.floor(random() * 1000);
    const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
    const candidate = `${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}${personIdCheckDigit(nine)}`;
    if (parsePersonIdentity(candidate, today).ok) return candidate;
  }
}
