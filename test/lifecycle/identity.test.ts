/** Person identity for the lifecycle: 12 or 10 digits, century, sex, samordningsnummer, reserve numbers. */

import { describe, expect, it } from 'vitest';
import { IDENTITY_MESSAGES, parsePersonId, parsePersonIdentity } from '../../src/util/personnummer.js';

const TODAY = '2026-11-23';

/** Completes nine digits (YYMMDDNNN) with their Luhn check digit. */
function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) {
    let n = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return `${nine}${(10 - (sum % 10)) % 10}`;
}

describe('parsePersonIdentity', () => {
  it.each([
    ['191212121212', '1912-12-12', 'man', 'personnummer', '191212121212'],
    ['19121212-1212', '1912-12-12', 'man', 'personnummer', '191212121212'],
    ['121212-1212', '2012-12-12', 'man', 'personnummer', '201212121212'],
    ['121212+1212', '1912-12-12', 'man', 'personnummer', '191212121212'],
    ['1212121212', '2012-12-12', 'man', 'personnummer', '201212121212'],
    [`19${withCheckDigit('121272128').slice(0, 6)}-${withCheckDigit('121272128').slice(6)}`, '1912-12-12', 'kvinna', 'samordningsnummer', `19${withCheckDigit('121272128')}`],
  ])('%s', (input, birthDate, sex, kind, personId) => {
    expect(parsePersonIdentity(input, TODAY)).toEqual({ ok: true, identity: { personId, kind, birthDate, sex, electronic: true } });
  });

  it('infers the latest century that gives a past birth date', () => {
    const id = withCheckDigit('261124123');
    expect(parsePersonIdentity(id, TODAY)).toMatchObject({ ok: true, identity: { birthDate: '1926-11-24' } });
    const yesterday = withCheckDigit('261122123');
    expect(parsePersonIdentity(yesterday, TODAY)).toMatchObject({ ok: true, identity: { birthDate: '2026-11-22' } });
  });

  it.each(['19800101-T123', '800101-T123', '991234567890'])('recognises reserve number %s: no electronic sending, no 1177', (input) => {
    expect(parsePersonIdentity(input, TODAY)).toMatchObject({ ok: true, identity: { kind: 'reservnummer', electronic: false } });
  });

  it.each([
    [undefined, 'missing'],
    ['', 'missing'],
    ['1912121212123', 'shape'],
    ['19121212_1212', 'shape'],
    ['19121212+1212', 'plusWithTwelve'],
    ['191213121212', 'date'],
    ['19121292-1212', 'coordinationDate'],
    ['20301212-1212', 'future'],
    ['191212121213', 'checkDigit'],
  ] as const)('%s → %s', (input, code) => {
    expect(parsePersonIdentity(input, TODAY)).toEqual({ ok: false, code: `person-id/${code}`, message: IDENTITY_MESSAGES[code] });
  });

  it('leaves parsePersonId (validation) as it was: 12 digits only', () => {
    expect(parsePersonId('191212121212')).toEqual({ personId: '191212121212', idType: 'personnummer', birthDate: '1912-12-12' });
    expect(parsePersonId('121212-1212')).toBeNull();
  });
});
