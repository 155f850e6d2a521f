/**
 * Owns parsePersonId and maskPersonId: 12 digits only (a 10-digit number leaves the century to
 * guess), the Luhn check over the last ten digits, samordningsnummer (day + 60), a real birth
 * date, and that logs never see a full number.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPersonId, parsePersonId, personIdCheckDigit } from '../../src/util/personnummer.js';

describe('parsePersonId', () => {
  it('reads a personnummer with or without the hyphen', () => {
    const expected = { personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12' };
    expect(parsePersonId('191212121212')).toEqual(expected);
    expect(parsePersonId('19121212-1212')).toEqual(expected);
  });

  it('reads a samordningsnummer, day + 60', () => {
    expect(parsePersonId('191212721219')).toEqual({ personId: '191212721219', idType: 'samordningsnummer', birthDate: '1912-12-12' });
  });

  it('checks the Luhn digit over the last ten digits', () => {
    expect(parsePersonId('191212121213')).toBeNull();
    expect(parsePersonId('191212721218')).toBeNull();
    // Exactly one check digit fits each number.
    const valid = [...'0123456789'].filter((digit) => parsePersonId(`19121212121${digit}`) !== null);
    expect(valid).toEqual(['2']);
  });

  it('accepts the 12-digit form only', () => {
    for (const input of ['1212121212', '121212-1212', '121212+1212', '19121212+1212', '1912121212123', '19121212--1212', ' 191212121212', '191212121212 ']) {
      expect(parsePersonId(input), input).toBeNull();
    }
  });

  it('rejects what is not a string of digits', () => {
    for (const input of [191212121212, null, undefined, {}, '19121212121a', '１９１２１２１２１２１２']) {
      expect(parsePersonId(input), String(input)).toBeNull();
    }
  });

  it('rejects a birth date that does not exist', () => {
    // Leap day: 2000 is a leap year, 1900 is not.
    expect(parsePersonId('200002290005')?.birthDate).toBe('2000-02-29');
    const leap1900 = [...'0123456789'].map((digit) => parsePersonId(`19000229000${digit}`));
    expect(leap1900.every((result) => result === null)).toBe(true);
    // Day 00, month 13, and day 60 (neither a day nor a samordningsnummer day).
    for (const prefix of ['19121200', '19121312', '19121260']) {
      const all = [...'0123456789'].map((digit) => parsePersonId(`${prefix}121${digit}`));
      expect(all.every((result) => result === null), prefix).toBe(true);
    }
  });

  it('round-trips the birth date of any valid number it accepts', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(19|20)\d{10}$/), (input) => {
        const person = parsePersonId(input);
        if (person === null) return;
        const day = Number(input.slice(6, 8));
        expect(person.personId).toBe(input);
        expect(person.idType).toBe(day > 60 ? 'samordningsnummer' : 'personnummer');
        expect(person.birthDate.slice(0, 7)).toBe(`${input.slice(0, 4)}-${input.slice(4, 6)}`);
        expect(Number(person.birthDate.slice(8))).toBe(day > 60 ? day - 60 : day);
      }),
    );
  });
});

describe('maskPersonId', () => {
  it('keeps the birth date part and hides the rest', () => {
    expect(maskPersonId('191212121212')).toBe('19121212-****');
    expect(maskPersonId('191212721219')).toBe('19121272-****');
  });

  it('hides short input entirely', () => {
    expect(maskPersonId('1912121')).toBe('****');
    expect(maskPersonId('')).toBe('****');
  });

  it('never shows the last four digits', () => {
    expect(maskPersonId('191212121212')).not.toContain('1212121212');
    expect(maskPersonId('19121212-1212').endsWith('****')).toBe(true);
  });
});

describe('personIdCheckDigit', () => {
  it('gives the tenth digit of known numbers', () => {
    expect(personIdCheckDigit('121212121')).toBe(2); // 19121212-1212, Skatteverket's example
    expect(personIdCheckDigit('401130612')).toBe(5); // 19401130-6125
  });

  it('makes every nine digits a number parsePersonId accepts, and no other last digit does', () => {
    fc.assert(fc.property(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }), (year, month, day, serial) => {
      const nine = `${String(year).slice(2)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
      const digit = personIdCheckDigit(nine);
      expect(parsePersonId(`${String(year).slice(0, 2)}${nine}${digit}`)).not.toBeNull();
      expect(parsePersonId(`${String(year).slice(0, 2)}${nine}${(digit + 1) % 10}`)).toBeNull();
    }));
  });
});
