/**
 * Owns the `rows` kind: repeated rows whose columns are fields of simple kinds, validated by
 * those kinds. Rows are filled from the top; a required column is required in every used row; a
 * row is "used" when any column in it is answered.
 */

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// rows looks its column kinds up in kind-lookup, which only the registry fills; loaded alone,
// rows would answer every column with "Unknown field kind".
import '../../../src/fields/registry.js';
import rows, { COLUMN_KINDS, columnFields } from '../../../src/fields/kinds/rows.js';
import { env, errorsOf, issue, makeField, schemaAccepts } from '../../helpers/field.js';

const columns = [
  { id: 'beskrivning', kind: 'text', label: 'Beskrivning', maxLength: 20, required: true },
  { id: 'datum', kind: 'date', label: 'Ungefärlig debut', max: 'today' },
  { id: 'specifikation', kind: 'choice', label: 'Specifikation', options: [{ id: 'PLOTSLIG', label: 'Akut' }, { id: 'KRONISK', label: 'Kronisk' }] },
];
const field = makeField('rows', { columns, maxRows: 3, rowLabels: ['B', 'C', 'D'] }, { id: 'foljd' });
const ROW = { beskrivning: 'Hjärtinfarkt', datum: '2026-11-01', specifikation: 'PLOTSLIG' };

describe('rows', () => {
  it('is answered with a list of row objects', () => {
    expect(rows.kind).toBe('rows');
    expect(rows.hasAnswer).toBe(true);
    expect(rows.requiredProperties).toEqual(['columns', 'maxRows']);
    expect(COLUMN_KINDS).toEqual(['text', 'textarea', 'date', 'choice', 'yesNo', 'integer']);
    expect(rows.tsType(field)).toBe('Array<{ beskrivning?: string; datum?: IsoDate; specifikation?: "PLOTSLIG" | "KRONISK" }>');
  });

  it('turns each column into a field of its own', () => {
    const [beskrivning, datum] = columnFields(field);
    expect(beskrivning).toEqual({
      id: 'beskrivning', kind: 'text', label: 'Beskrivning', props: { maxLength: 20 }, required: true,
      sectionId: 'sektion', messages: {}, pointer: ['sections', 0, 'fields', 0, 'columns', 0],
    });
    expect(datum.required).toBe(false);
    expect(datum.props).toEqual({ max: 'today' });
  });

  it('has a schema built from the column kinds', () => {
    const accepts = schemaAccepts(rows, field);
    for (const value of [[], [ROW], [ROW, {}, { beskrivning: '' }]]) expect(accepts(value), JSON.stringify(value)).toBe(true);
    const rejected = [[ROW, ROW, ROW, ROW], [{ okand: 'x' }], [{ datum: '' }], [{ datum: '2026-02-30' }], [{ specifikation: 'OKAND' }], [{ beskrivning: 'x'.repeat(21) }], ROW];
    for (const value of rejected) expect(accepts(value), JSON.stringify(value)).toBe(false);
  });

  it('describes rows up to maxRows and the columns in them', () => {
    expect(rows.describe(field, [])).toEqual({ type: 'rows' });
    expect(rows.describe(field, [0])).toEqual({ type: 'row' });
    expect(rows.describe(field, [2, 'datum'])).toEqual({ type: 'date' });
    expect(rows.describe(field, [0, 'specifikation'])).toEqual({ type: 'code', options: ['PLOTSLIG', 'KRONISK'] });
    expect(rows.describe(field, [3])).toBeUndefined();
    expect(rows.describe(field, [0, 'okand'])).toBeUndefined();
    expect(rows.describe(field, ['beskrivning'])).toBeUndefined();
  });

  it('counts an empty list as unanswered', () => {
    expect(rows.isAnswered([])).toBe(false);
    expect(rows.isAnswered(undefined)).toBe(false);
    expect(rows.isAnswered([ROW])).toBe(true);
  });

  it('counts a list of unused rows as unanswered (isAnswered([{}]) should be false)', () => {
    expect(rows.isAnswered([{}])).toBe(false);
    expect(rows.isAnswered([{ beskrivning: '' }, {}])).toBe(false);
    expect(rows.isAnswered([{}, { beskrivning: 'Fall' }])).toBe(true);
    expect(rows.isAnswered([null])).toBe(true);
  });

  describe('validator', () => {
    it('accepts used rows from the top, with unused rows after', () => {
      expect(errorsOf(rows, field, [ROW, { beskrivning: 'Fall' }, {}])).toEqual([]);
    });

    it('reports too many rows and nothing else', () => {
      expect(errorsOf(rows, field, [ROW, ROW, ROW, { okand: 1 }])).toEqual([issue('foljd', 'too-many-rows', 'Ange högst 3 rader.')]);
    });

    it('reports an unused row above a used one', () => {
      expect(errorsOf(rows, field, [ROW, { beskrivning: '  ' }, ROW])).toEqual([
        issue('foljd[1]', 'order', 'Fyll i fälten uppifrån och ned.'),
      ]);
      expect(errorsOf(rows, field, [{}, ROW])).toEqual([issue('foljd[0]', 'order', 'Fyll i fälten uppifrån och ned.')]);
    });

    it('counts an empty date as an answer in the wrong shape, so its row is checked', () => {
      expect(errorsOf(rows, field, [ROW, { datum: '' }])).toEqual([
        issue('foljd[1].beskrivning', 'required', 'Ange ett svar.'),
        issue('foljd[1].datum', 'invalid-date', 'Ange ett datum.'),
      ]);
    });

    it('requires a required column in every used row', () => {
      expect(errorsOf(rows, field, [ROW, { datum: '2026-11-01' }])).toEqual([issue('foljd[1].beskrivning', 'required', 'Ange ett svar.')]);
    });

    it('reports an unknown column key, used row or not', () => {
      expect(errorsOf(rows, field, [{ ...ROW, okand: 'x' }, { annat: 1 }])).toEqual([
        issue('foljd[0].okand', 'unknown-field', 'Okänd uppgift i raden.'),
        issue('foljd[1].annat', 'unknown-field', 'Okänd uppgift i raden.'),
      ]);
    });

    it('validates each cell with its column’s kind, at the cell', () => {
      expect(errorsOf(rows, field, [{ beskrivning: 'x'.repeat(21), datum: '2026-11-21', specifikation: 'OKAND' }])).toEqual([
        issue('foljd[0].beskrivning', 'max-length', 'Ange en text som inte är längre än 20.'),
        issue('foljd[0].datum', 'date-max', 'Ange ett datum som är senast 2026-11-20.'),
        issue('foljd[0].specifikation', 'unknown-option', 'Välj ett alternativ.'),
      ]);
    });

    it('hands the field’s messages down to its columns', () => {
      const custom = makeField('rows', { columns, maxRows: 3 }, { id: 'foljd', messages: { 'date-max': 'Ange dagens eller ett tidigare datum.', order: 'Börja överst.' } });
      expect(errorsOf(rows, custom, [{}, { beskrivning: 'Fall', datum: '2026-12-01' }])).toEqual([
        issue('foljd[0]', 'order', 'Börja överst.'),
        issue('foljd[1].datum', 'date-max', 'Ange dagens eller ett tidigare datum.'),
      ]);
    });

    it('reports a value that is not a list and a row that is not an object', () => {
      expect(errorsOf(rows, field, ROW)).toEqual([issue('foljd', 'invalid-type', 'Svaret har fel format.')]);
      expect(errorsOf(rows, field, ['Hjärtinfarkt'])).toEqual([issue('foljd[0]', 'invalid-type', 'Svaret har fel format.')]);
    });
  });

  it('refuses two columns with the same id', () => {
    expect(rows.check?.(field, env)).toEqual([]);
    const twice = makeField('rows', { columns: [columns[0], { ...columns[1], id: 'beskrivning' }], maxRows: 2 });
    expect(rows.check?.(twice, env)).toEqual([{
      code: 'definition/duplicate-id',
      message: 'Kolumnen "beskrivning" finns redan i raden. Ge varje kolumn ett eget id.',
      at: ['columns', 1, 'id'],
    }]);
  });

  it('passes each column’s own definition problems on, at the column', () => {
    const badLimit = makeField('rows', { columns: [columns[0], { ...columns[1], max: 'igår' }], maxRows: 2 });
    expect(rows.check?.(badLimit, env)).toEqual([
      expect.objectContaining({ code: 'definition/bad-date-limit', at: ['columns', 1, 'max'] }),
    ]);
  });

  it('prints each row with its label and answered cells', () => {
    expect(rows.printable(field, [ROW, { beskrivning: 'Fall' }])).toBe(
      'B. Beskrivning: Hjärtinfarkt, Ungefärlig debut: 2026-11-01, Specifikation: Akut\nC. Beskrivning: Fall',
    );
  });

  it('can be imported on its own, before the registry', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./src/fields/kinds/rows.ts').then(() => import('./src/fields/registry.ts')).then((r) => console.log(r.FIELD_KINDS.every(Boolean)))"], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('true');
  });
});

describe('rows for forms and conditions', () => {
  it('titles each column, and says which are required in every used row', () => {
    expect(rows.answerSchema(field, env)).toMatchObject({
      items: {
        properties: {
          beskrivning: { title: 'Beskrivning', description: 'Obligatorisk på varje rad som fylls i.', maxLength: 20 },
          datum: { title: 'Ungefärlig debut', type: 'string', format: 'date' },
          specifikation: { title: 'Specifikation', oneOf: [{ const: 'PLOTSLIG', title: 'Akut' }, { const: 'KRONISK', title: 'Kronisk' }] },
        },
      },
    });
  });

  it('names a row by its label, and a cell by its column in the column kind’s words', () => {
    expect(rows.wording!(field, [1])).toEqual({ part: 'rad C' });
    expect(rows.wording!(field, [0, 'datum'])).toEqual({ part: '”Ungefärlig debut” på rad B' });
    const cell = rows.wording!(field, [2, 'specifikation']);
    expect(cell).toMatchObject({ part: '”Specifikation” på rad D', answered: 'besvarad', is: 'är besvarad med' });
    expect(cell.value?.('KRONISK')).toBe('”Kronisk”');
    expect(rows.wording!(makeField('rows', { columns, maxRows: 5 }), [3])).toEqual({ part: 'rad 4' });
    expect(rows.wording!(field, [])).toEqual({});
  });
});
