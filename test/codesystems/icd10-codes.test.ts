/** Owns the compact form of the full ICD-10-SE list: encode and decode agree, and a damaged file fails with its line. */

import { describe, expect, it } from 'vitest';
import { decodeIcd10Codes, encodeIcd10Codes, type Icd10CodeEntry } from '../../src/codesystems/icd10-codes.js';

const ACTIVITIES = ['idrott', 'lek', 'förvärvsarbete', 'annan sysselsättning', 'vitalaktivitet', 'andra aktiviteter', 'ospecificerad', 'okänd'];
const ENTRIES: Icd10CodeEntry[] = [
  { code: 'A00', marker: '', title: 'Kolera' },
  { code: 'A000', marker: '', title: 'Kolera orsakad av Vibrio cholerae 01, biovar cholerae' },
  { code: 'A170', marker: '†', title: 'Tuberkulös meningit' },
  { code: 'G01', marker: '*', title: 'Meningit vid bakteriesjukdomar som klassificeras på annat ställe' },
  // Codes ending in the same activity texts, as the external-cause codes do.
  ...['V01', 'V02', 'V03', 'V04', 'V05', 'V06', 'V07', 'V08', 'V09'].flatMap((category) => ACTIVITIES.map((activity, i) => ({ code: `${category}0${i}`, marker: '' as const, title: `Fotgängare skadad i ${category}-${activity}` }))),
];

describe('encodeIcd10Codes / decodeIcd10Codes', () => {
  const text = encodeIcd10Codes(ENTRIES, ['Rubrik', 'Källa']);

  it('round-trips every code, marker and title', () => {
    expect(decodeIcd10Codes(text)).toEqual(ENTRIES);
  });

  it('writes header comments, shares prefixes and puts repeated rests in the dictionary', () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['# Rubrik', '# Källa']);
    expect(lines).toContain('A000\t\t6\t orsakad av Vibrio cholerae 01, biovar cholerae');
    expect(lines.some((line) => /^@\d+\t/.test(line))).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is deterministic', () => {
    expect(encodeIcd10Codes(ENTRIES, ['Rubrik', 'Källa'])).toBe(text);
  });

  it('refuses what it did not write, with the line number', () => {
    expect(() => decodeIcd10Codes('A00\t\t\tKolera\nXYZ\t\t\tx\n', 'lista.txt')).toThrow(/^lista\.txt:2: not an ICD-10-SE code/);
    expect(() => decodeIcd10Codes('A00\t\t9\tKolera\n')).toThrow(/:1: shared length outside the previous title/);
    expect(() => decodeIcd10Codes('A00\t\t\t@3\n')).toThrow(/unknown dictionary reference/);
    expect(() => decodeIcd10Codes('@1\tx\n')).toThrow(/expected dictionary line/);
    expect(() => decodeIcd10Codes('A00\t+\t\tKolera\n')).toThrow(/marker/);
  });
});
