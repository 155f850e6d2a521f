/**
 * Owns the JSDoc of the generated TypeScript: each property says its question and help, when it
 * is shown and required in words, and what its literal values or keys mean (the options' labels).
 * That the output compiles is test/typecheck.test.ts's.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCommon, generateTypes } from '../../src/compiler/typescript.js';
import { GENERATED_DIR } from '../../src/project.js';
import { FIELDS, makeModel } from '../helpers/model.js';

const byId = (id: string) => FIELDS.find((field) => field.id === id)!;
const model = makeModel([
  { ...byId('smitta'), sectionId: 'a' },
  { ...byId('prognos'), sectionId: 'b', required: true },
  { ...byId('manader'), sectionId: 'b', showIf: { fact: 'prognos', operator: 'equal', value: 'OKLAR' }, required: true },
  { ...byId('sakert'), sectionId: 'b' },
  { ...byId('sjukskrivning'), sectionId: 'b' },
], [
  { id: 'a', title: 'Smittbärarpenning', fieldIds: ['smitta'], pointer: [] },
  { id: 'b', title: 'B', hideIf: { fact: 'smitta', operator: 'equal', value: true }, fieldIds: ['prognos', 'manader', 'sakert', 'sjukskrivning'], pointer: [] },
]);
const source = generateTypes(model);

/** The JSDoc block right above a property. */
function docOf(text: string, property: string): string {
  const end = text.indexOf(`  ${property}?:`);
  return text.slice(text.lastIndexOf('/**', end), end);
}

describe('generated JSDoc', () => {
  it('says when a conditional field is shown and required, in words', () => {
    expect(docOf(source, 'manader')).toContain(' * Visas när ”Smittbärarpenning” inte är ikryssad och ”Prognos” är besvarad med ”Prognos oklar”. Obligatorisk.\n');
    expect(docOf(source, 'prognos')).toContain(' * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.\n');
    expect(docOf(source, 'smitta')).not.toContain('Visas när');
    expect(source).not.toContain('@conditional');
  });

  it('lists the labels of a union’s literals and of an object’s option keys', () => {
    expect(docOf(source, 'prognos')).toContain(' * Alternativ:\n   * - `"STOR"`: Stor sannolikhet\n   * - `"OKLAR"`: Prognos oklar\n');
    expect(source).toContain('prognos?: "STOR" | "OKLAR";');
    expect(docOf(source, 'sakert')).toContain(' * Svar:\n   * - `true`: Säkert\n   * - `false`: Ej säkert\n');
    expect(docOf(source, 'sjukskrivning')).toContain(' * - `"HALFTEN"`: 50 procent\n');
  });

  it('says the same in the committed FK7804 types', () => {
    const fk7804 = readFileSync(join(GENERATED_DIR, 'fk7804.ts'), 'utf8');
    expect(docOf(fk7804, 'annatBeskrivning')).toContain('Visas när ”Smittbärarpenning” inte är ikryssad och ”annat” i ”Intyget är baserat på” är ikryssad. Obligatorisk.');
    expect(docOf(fk7804, 'sysselsattning')).toContain('- `"NUVARANDE_ARBETE"`: Nuvarande arbete');
  });

  it('types a period’s ends as dates, never as empty strings', () => {
    expect(generateCommon()).toContain('export interface DateRange {\n  from?: IsoDate;\n  to?: IsoDate;\n}');
  });
});
