/**
 * A small certificate model built by hand, with a field of every kind a condition can read, for
 * the tests of what reads a model (the condition describer, the generators): each test states
 * only the fields and conditions it is about.
 */

import { normalizeLifecycle } from '../../src/model/lifecycle-defaults.js';
import type { CertificateModel, FieldModel, SectionModel } from '../../src/model/types.js';
import { makeField } from './field.js';

const options = (...labels: Array<[string, string]>) => labels.map(([id, label]) => ({ id, label }));

/** One field of each kind a condition reads, in section `s1` unless said otherwise. */
export const FIELDS: FieldModel[] = [
  makeField('checkbox', {}, { id: 'smitta', label: 'Smittbärarpenning' }),
  makeField('yesNo', {}, { id: 'kontakt', label: 'Önskas kontakt?' }),
  makeField('yesNo', { trueLabel: 'Säkert', falseLabel: 'Ej säkert' }, { id: 'sakert', label: 'Dödsdatum' }),
  makeField('choice', { options: options(['STOR', 'Stor sannolikhet'], ['OKLAR', 'Prognos oklar']) }, { id: 'prognos', label: 'Prognos' }),
  makeField('multiChoice', { options: options(['ARBETE', 'Nuvarande arbete'], ['STUDIER', 'Studier'], ['FORALDRALEDIG', 'Föräldraledighet']) }, { id: 'syssla', label: 'Sysselsättning' }),
  makeField('text', { maxLength: 50 }, { id: 'beskrivning', label: 'Ange vad annat är' }),
  makeField('integer', { min: 1, max: 99 }, { id: 'manader', label: 'Antal månader' }),
  makeField('date', {}, { id: 'dodsdatum', label: 'Datum' }),
  makeField('uncertainDate', {}, { id: 'debut', label: 'Ungefärlig debut' }),
  makeField('dateChoices', { options: options(['UNDERSOKNING', 'min undersökning'], ['ANNAT', 'annat']) }, { id: 'baseratPa', label: 'Intyget är baserat på' }),
  makeField('dateRange', { fromLabel: 'Från', toLabel: 'Till' }, { id: 'period', label: 'Period' }),
  makeField('dateRange', {}, { id: 'vard', label: 'Vårdperiod' }),
  makeField('sickLeavePeriods', { options: [{ id: 'HALFTEN', label: '50 procent', percent: 50 }, { id: 'HELT', label: '100 procent', percent: 100 }] }, { id: 'sjukskrivning', label: 'Nedsättning' }),
  makeField('diagnoses', { codeSystem: 'icd10se', rows: 3 }, { id: 'diagnoser', label: 'Diagnoser' }),
  makeField('rows', {
    maxRows: 3, rowLabels: ['B', 'C', 'D'],
    columns: [{ id: 'datum', kind: 'date', label: 'Debut' }, { id: 'akut', kind: 'yesNo', label: 'Akut' }],
  }, { id: 'foljd', label: 'som var en följd av' }),
  makeField('icf', {}, { id: 'funktion', label: 'Funktionsnedsättning' }),
  makeField('visualAcuities', {}, { id: 'synskarpa', label: 'Synskärpa' }),
  makeField('typeahead', { codeSystem: 'kommuner' }, { id: 'kommun', label: 'Kommun' }),
  makeField('message', { level: 'info', text: 'Tänk på …' }, { id: 'info', label: 'Information' }),
];

export function makeModel(fields: FieldModel[] = FIELDS, sections?: SectionModel[]): CertificateModel {
  const base = { recipient: 'FKASSA', issuers: ['lakare'], delivery: { mode: 'manual' as const, availableIn1177: true } };
  return {
    id: 'exempel',
    version: '1.0',
    document: 'certificate',
    name: 'Exempelintyg',
    code: 'EX1',
    documentNoun: 'intyg',
    blankText: 'unanswered',
    ...base,
    unitContact: 'required',
    sections: sections ?? [{ id: 's1', title: 'Avsnitt', fieldIds: fields.map((field) => field.id), pointer: ['sections', 0] }],
    fields: fields.map((field) => ({ ...field, sectionId: sections ? field.sectionId : 's1' })),
    rules: [],
    print: { hideable: [], texts: [], recipientAddress: false },
    lifecycle: normalizeLifecycle(undefined, base),
    file: 'definitions/exempel/definition.yaml',
  };
}
