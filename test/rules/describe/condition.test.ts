/**
 * Owns describeCondition: any condition as a Swedish subordinate clause (what follows "när"),
 * worded by its operators with the kinds' own verbs, negations pushed down to the leaves, and
 * leaves that differ only in value or subject said once.
 */

import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/model/types.js';
import { describeCondition } from '../../../src/rules/describe/index.js';
import { OPERATOR_IDS } from '../../../src/rules/operators/index.js';
import { makeModel } from '../../helpers/model.js';

const model = makeModel();
const say = (condition: Condition) => describeCondition(condition, model);

/** One condition per operator, on a fact of a kind it reads; a new operator must add its line. */
const BY_OPERATOR: Record<string, [Condition, string]> = {
  contains: [{ fact: 'syssla', operator: 'contains', value: 'STUDIER' }, '”Studier” i ”Sysselsättning” är ikryssad'],
  doesNotContain: [{ fact: 'syssla', operator: 'doesNotContain', value: 'STUDIER' }, '”Studier” i ”Sysselsättning” inte är ikryssad'],
  equal: [{ fact: 'prognos', operator: 'equal', value: 'OKLAR' }, '”Prognos” är besvarad med ”Prognos oklar”'],
  notEqual: [{ fact: 'sakert', operator: 'notEqual', value: false }, '”Dödsdatum” inte är besvarad med ”Ej säkert”'],
  in: [{ fact: 'prognos', operator: 'in', value: ['OKLAR', 'STOR'] }, '”Prognos” är besvarad med ”Prognos oklar” eller ”Stor sannolikhet”'],
  notIn: [{ fact: 'prognos', operator: 'notIn', value: ['OKLAR'] }, '”Prognos” inte är besvarad med ”Prognos oklar”'],
  lessThan: [{ fact: 'manader', operator: 'lessThan', value: 3 }, '”Antal månader” är mindre än 3'],
  lessThanInclusive: [{ fact: 'manader', operator: 'lessThanInclusive', value: 3 }, '”Antal månader” är högst 3'],
  greaterThan: [{ fact: 'manader', operator: 'greaterThan', value: 3 }, '”Antal månader” är större än 3'],
  greaterThanInclusive: [{ fact: 'manader', operator: 'greaterThanInclusive', value: 1.5 }, '”Antal månader” är minst 1,5'],
  isAnswered: [{ fact: 'beskrivning', operator: 'isAnswered' }, '”Ange vad annat är” är ifylld'],
  isNotAnswered: [{ fact: 'baseratPa', operator: 'isNotAnswered' }, '”Intyget är baserat på” inte är besvarad'],
  dateBefore: [{ fact: 'dodsdatum', operator: 'dateBefore', value: { fact: 'patient', path: '$.birthDate' } }, '”Datum” är tidigare än patientens födelsedatum'],
  dateOnOrBefore: [
    { fact: 'dodsdatum', operator: 'dateOnOrBefore', value: { fact: 'patient', path: '$.birthDate', params: { days: 28 } } },
    '”Datum” är senast 28 dagar efter patientens födelsedatum',
  ],
  dateAfter: [{ fact: 'dodsdatum', operator: 'dateAfter', value: { fact: 'today' } }, '”Datum” är senare än dagens datum'],
  dateOnOrAfter: [{ fact: 'debut', operator: 'dateOnOrAfter', value: '2020-01-01' }, '”Ungefärlig debut” är tidigast 2020-01-01'],
  lengthOverDays: [{ fact: 'period', operator: 'lengthOverDays', value: 14 }, '”Period” är längre än 14 dagar'],
  overlaps: [{ fact: 'period', operator: 'overlaps', value: { fact: 'vard' } }, '”Period” har minst en dag gemensam med ”Vårdperiod”'],
  anyPeriodStartsBefore: [
    { fact: 'sjukskrivning', operator: 'anyPeriodStartsBefore', value: { fact: 'today', params: { days: -7 } } },
    '”Nedsättning” har en period som börjar tidigare än 7 dagar före dagens datum',
  ],
  totalDaysLessThan: [{ fact: 'sjukskrivning', operator: 'totalDaysLessThan', value: 15 }, '”Nedsättning” omfattar sammanlagt färre än 15 dagar'],
  inIcd10Chapter: [
    { fact: 'diagnoser', path: '$[0].code', operator: 'inIcd10Chapter', value: ['F00-F99', 'Z73'] },
    'diagnoskoden på rad 1 i ”Diagnoser” ligger inom ”F00-F99” eller ”Z73”',
  ],
};

describe('describeCondition', () => {
  it('words every operator', () => {
    expect(Object.keys(BY_OPERATOR).sort()).toEqual(OPERATOR_IDS);
    for (const [id, [condition, words]] of Object.entries(BY_OPERATOR)) expect(say(condition), id).toBe(words);
  });

  it('uses each kind’s own verb for "answered"', () => {
    expect(say({ fact: 'smitta', operator: 'isAnswered' })).toBe('”Smittbärarpenning” är ikryssad');
    expect(say({ fact: 'prognos', operator: 'isAnswered' })).toBe('”Prognos” är besvarad');
    expect(say({ fact: 'baseratPa', path: '$.ANNAT', operator: 'isAnswered' })).toBe('”annat” i ”Intyget är baserat på” är ikryssad');
    expect(say({ fact: 'funktion', path: '$.codes', operator: 'isAnswered' })).toBe('någon ICF-kod i ”Funktionsnedsättning” är vald');
  });

  it('says a checkbox is ticked or not rather than equal to true or false', () => {
    expect(say({ fact: 'smitta', operator: 'equal', value: true })).toBe('”Smittbärarpenning” är ikryssad');
    expect(say({ fact: 'smitta', operator: 'equal', value: false })).toBe('”Smittbärarpenning” inte är ikryssad');
    expect(say({ fact: 'smitta', operator: 'notEqual', value: true })).toBe('”Smittbärarpenning” inte är ikryssad');
    expect(say({ fact: 'synskarpa', path: '$.leftEye.contactLenses', operator: 'equal', value: true })).toBe('kontaktlinser för vänster öga i ”Synskärpa” är ikryssad');
  });

  it('names options, Ja/Nej and the parts of an answer by their labels', () => {
    expect(say({ fact: 'kontakt', operator: 'equal', value: true })).toBe('”Önskas kontakt?” är besvarad med ”Ja”');
    expect(say({ fact: 'sjukskrivning', path: '$.HALFTEN.from', operator: 'isAnswered' })).toBe('”Fr.o.m.” för ”50 procent” i ”Nedsättning” är ifylld');
    expect(say({ fact: 'foljd', path: '$[1].datum', operator: 'dateAfter', value: { fact: 'foljd', path: '$[0].datum' } }))
      .toBe('”Debut” på rad C i ”som var en följd av” är senare än ”Debut” på rad B i ”som var en följd av”');
    expect(say({ fact: 'foljd', path: '$[0].akut', operator: 'equal', value: true })).toBe('”Akut” på rad B i ”som var en följd av” är besvarad med ”Ja”');
    expect(say({ fact: 'foljd', path: '$[2]', operator: 'isNotAnswered' })).toBe('rad D i ”som var en följd av” inte är ifylld');
    expect(say({ fact: 'diagnoser', path: '$[1]', operator: 'isAnswered' })).toBe('rad 2 i ”Diagnoser” är ifylld');
    expect(say({ fact: 'funktion', path: '$.text', operator: 'isAnswered' })).toBe('beskrivningen i ”Funktionsnedsättning” är ifylld');
    expect(say({ fact: 'synskarpa', path: '$.rightEye.withoutCorrection', operator: 'lessThan', value: 0.5 }))
      .toBe('synskärpan för höger öga utan korrektion i ”Synskärpa” är mindre än 0,5');
    expect(say({ fact: 'period', path: '$.to', operator: 'isAnswered' })).toBe('”Till” i ”Period” är ifylld');
  });

  it('names the context facts in Swedish, with their own values', () => {
    expect(say({ fact: 'issuer', path: '$.profession', operator: 'equal', value: 'tandlakare' })).toBe('intygsutfärdarens yrke är tandläkare');
    expect(say({ fact: 'patient', path: '$.idType', operator: 'equal', value: 'samordningsnummer' })).toBe('patientens typ av id-nummer är samordningsnummer');
    expect(say({ fact: 'unit', path: '$.city', operator: 'isNotAnswered' })).toBe('vårdenhetens postort inte är angiven');
    expect(say({ fact: 'today', operator: 'dateAfter', value: '2026-12-31' })).toBe('dagens datum är senare än 2026-12-31');
  });

  it('says params.days on either side as days before or after', () => {
    expect(say({ fact: 'dodsdatum', params: { days: 7 }, operator: 'dateBefore', value: { fact: 'today' } })).toBe('dagen 7 dagar efter ”Datum” är tidigare än dagens datum');
    expect(say({ fact: 'dodsdatum', operator: 'dateAfter', value: { fact: 'period', path: '$.from', params: { days: -1 } } }))
      .toBe('”Datum” är senare än 1 dag före ”Från” i ”Period”');
  });

  it('pushes not down to the leaves', () => {
    expect(say({ not: { any: [{ fact: 'smitta', operator: 'equal', value: true }, { fact: 'kontakt', operator: 'equal', value: true }] } }))
      .toBe('”Smittbärarpenning” inte är ikryssad och ”Önskas kontakt?” inte är besvarad med ”Ja”');
    expect(say({ not: { not: { fact: 'smitta', operator: 'equal', value: true } } })).toBe('”Smittbärarpenning” är ikryssad');
    expect(say({ not: { all: [{ fact: 'prognos', operator: 'isAnswered' }, { fact: 'syssla', operator: 'contains', value: 'STUDIER' }] } }))
      .toBe('”Prognos” inte är besvarad eller ”Studier” i ”Sysselsättning” inte är ikryssad');
  });

  it('says leaves that differ only in subject or value once', () => {
    expect(say({ any: [{ fact: 'syssla', operator: 'contains', value: 'ARBETE' }, { fact: 'syssla', operator: 'contains', value: 'STUDIER' }] }))
      .toBe('”Nuvarande arbete” eller ”Studier” i ”Sysselsättning” är ikryssad');
    expect(say({ any: [{ fact: 'baseratPa', path: '$.ANNAT', operator: 'isAnswered' }, { fact: 'baseratPa', path: '$.UNDERSOKNING', operator: 'isAnswered' }] }))
      .toBe('”annat” eller ”min undersökning” i ”Intyget är baserat på” är ikryssad');
    expect(say({ all: ['beskrivning', 'manader', 'kommun'].map((fact) => ({ fact, operator: 'isNotAnswered' })) }))
      .toBe('varken ”Ange vad annat är”, ”Antal månader” eller ”Kommun” är ifylld');
    expect(say({ any: [{ fact: 'manader', operator: 'lessThan', value: 3 }, { fact: 'manader', operator: 'lessThan', value: 1 }] }))
      .toBe('”Antal månader” är mindre än 3 eller 1');
    expect(say({ any: [{ fact: 'prognos', operator: 'in', value: ['OKLAR'] }, { fact: 'prognos', operator: 'in', value: ['STOR'] }] }))
      .toBe('”Prognos” är besvarad med ”Prognos oklar” eller ”Prognos” är besvarad med ”Stor sannolikhet”');
  });

  it('keeps different subjects under "och" apart, as one verb would need the plural', () => {
    expect(say({ all: [{ fact: 'syssla', operator: 'contains', value: 'ARBETE' }, { fact: 'syssla', operator: 'contains', value: 'STUDIER' }] }))
      .toBe('”Nuvarande arbete” i ”Sysselsättning” är ikryssad och ”Studier” i ”Sysselsättning” är ikryssad');
  });

  it('brackets a group inside a group and flattens groups of the same kind', () => {
    expect(say({ any: [{ all: [{ fact: 'kontakt', operator: 'equal', value: true }, { fact: 'smitta', operator: 'equal', value: true }] }, { fact: 'prognos', operator: 'equal', value: 'STOR' }] }))
      .toBe('”Prognos” är besvarad med ”Stor sannolikhet” eller (”Önskas kontakt?” är besvarad med ”Ja” och ”Smittbärarpenning” är ikryssad)');
    expect(say({ all: [{ fact: 'smitta', operator: 'equal', value: true }, { all: [{ fact: 'prognos', operator: 'isAnswered' }] }] }))
      .toBe('”Smittbärarpenning” är ikryssad och ”Prognos” är besvarad');
    expect(say({ all: [] })).toBe('alltid');
    expect(say({ any: [] })).toBe('aldrig');
  });

  it('names a field alone in its section by the section unless it asks a question, shortens long labels, tells shared labels apart', () => {
    const long = 'Ange vilken funktionsnedsättning patienten har till följd av sjukdom och om möjligt svårighetsgrad, samt vad bedömningen baseras på.';
    const fields = [
      { ...model.fields.find((field) => field.id === 'beskrivning')!, label: long, sectionId: 'a' },
      { ...model.fields.find((field) => field.id === 'manader')!, label: `${long} Beskriv även hur.`, sectionId: 'b' },
      { ...model.fields.find((field) => field.id === 'kommun')!, label: 'Debut', sectionId: 'b' },
      { ...model.fields.find((field) => field.id === 'foljd')!, sectionId: 'b' },
      { ...model.fields.find((field) => field.id === 'smitta')!, label: 'Förhållningsregler enligt smittskyddslagen', sectionId: 'c' },
      { ...model.fields.find((field) => field.id === 'kontakt')!, sectionId: 'd' },
      { ...model.fields.find((field) => field.id === 'info')!, sectionId: 'd' },
    ];
    const sections = [
      { id: 'a', title: 'Funktionsnedsättning', fieldIds: ['beskrivning'], pointer: [] },
      { id: 'b', title: 'Övrigt', fieldIds: ['manader', 'kommun', 'foljd'], pointer: [] },
      { id: 'c', title: 'Smittbärarpenning', fieldIds: ['smitta'], pointer: [] },
      { id: 'd', title: 'Kontakt', fieldIds: ['kontakt', 'info'], pointer: [] },
    ];
    const own = makeModel(fields, sections);
    expect(describeCondition({ fact: 'beskrivning', operator: 'isAnswered' }, own)).toBe('”Funktionsnedsättning” är ifylld');
    expect(describeCondition({ fact: 'manader', operator: 'isAnswered' }, own))
      .toBe('”Ange vilken funktionsnedsättning patienten har till följd av sjukdom och om …” är ifylld');
    expect(describeCondition({ fact: 'kommun', operator: 'isAnswered' }, own)).toBe('”Debut” under ”Övrigt” är ifylld');
    expect(describeCondition({ fact: 'smitta', operator: 'equal', value: false }, own)).toBe('”Smittbärarpenning” inte är ikryssad');
    // A message block is no question, so kontakt is alone in its section; but it asks a question.
    expect(describeCondition({ fact: 'kontakt', operator: 'equal', value: true }, own)).toBe('”Önskas kontakt?” är besvarad med ”Ja”');
  });

  it('still says something for what a checked model never holds', () => {
    expect(say({ fact: 'smitta', operator: 'isTruthy' })).toBe('”Smittbärarpenning” uppfyller ett okänt villkor');
    expect(say({ fact: 'okand', operator: 'isAnswered' })).toBe('”okand” är ifylld');
  });
});
