/**
 * Repeated rows of sub-fields, e.g. Dödsorsaksintyg's "som var en följd av" (beskrivning, datum,
 * specifikation) and contributing diseases. Each column is a field of a simple kind and is
 * validated by that kind; a column marked required is required in every row that is used.
 */

import { isPlainObject, messageFor, typeIssue, type AnswerValidator, type FieldKind, type JsonSchema } from '../kind.js';
import type { FieldModel } from '../../model/types.js';
import { getKind } from '../kind-lookup.js';
import { hasAnswer } from '../../rules/operators/is-answered.js';
import { quoteKey } from '../shared.js';
import { quote } from '../../rules/describe/words.js';

export { COLUMN_KINDS } from '../column-kinds.js';

interface ColumnDefinition {
  id: string;
  kind: string;
  label: string;
  required?: boolean;
  [key: string]: unknown;
}

/** A column as a field of its own, so its kind can validate and describe it. */
export function columnFields(field: FieldModel): FieldModel[] {
  const columns = (field.props.columns as ColumnDefinition[] | undefined) ?? [];
  return columns.map((column, index) => {
    const { id, kind, label, required, ...props } = column;
    return {
      id, kind, label, props,
      required: required === true,
      sectionId: field.sectionId,
      messages: field.messages,
      pointer: [...field.pointer, 'columns', index],
    };
  });
}

const rows: FieldKind = {
  kind: 'rows',
  description: 'Upprepade rader med underfält (kolumner), t.ex. "som var en följd av".',
  hasAnswer: true,
  definitionProperties: {
    // Each column takes its own kind's keys; the meta-schema builds `column` from COLUMN_KINDS.
    columns: { type: 'array', minItems: 1, items: { $ref: '#/$defs/column' } },
    maxRows: { type: 'integer', minimum: 1 },
    rowLabels: { type: 'array', items: { type: 'string' }, description: 'Etikett per rad, t.ex. B, C, D.' },
  },
  requiredProperties: ['columns', 'maxRows'],
  answerSchema(field, env) {
    const properties: Record<string, JsonSchema> = {};
    for (const column of columnFields(field)) {
      properties[column.id] = {
        title: column.label,
        ...(column.required ? { description: 'Obligatorisk på varje rad som fylls i.' } : {}),
        ...getKind(column.kind).answerSchema(column, env),
      };
    }
    return { type: 'array', maxItems: field.props.maxRows, items: { type: 'object', additionalProperties: false, properties } };
  },
  tsType: (field) =>
    `Array<{ ${columnFields(field).map((column) => `${quoteKey(column.id)}?: ${getKind(column.kind).tsType(column)}`).join('; ')} }>`,
  describe(field, path) {
    if (path.length === 0) return { type: 'rows' };
    if (typeof path[0] !== 'number' || path[0] >= (field.props.maxRows as number)) return undefined;
    if (path.length === 1) return { type: 'row' };
    const column = columnFields(field).find((candidate) => candidate.id === path[1]);
    return column ? getKind(column.kind).describe(column, path.slice(2)) : undefined;
  },
  wording(field, path) {
    if (typeof path[0] !== 'number') return {};
    const labels = (field.props.rowLabels as string[] | undefined) ?? [];
    const row = `rad ${labels[path[0]] ?? path[0] + 1}`;
    const column = columnFields(field).find((candidate) => candidate.id === path[1]);
    if (!column) return { part: row };
    const inner = getKind(column.kind).wording?.(column, path.slice(2)) ?? {};
    return { ...inner, part: `${inner.part ? `${inner.part} i ` : ''}${quote(column.label)} på ${row}` };
  },
  // A list of empty rows is no answer; a row that is not an object is, so its shape gets reported.
  isAnswered: (value) => (Array.isArray(value) ? value.some((row) => !isPlainObject(row) || hasAnswer(row)) : value !== undefined),
  requiredMessage: 'Ange ett svar.',
  createValidator(field, env) {
    const maxRows = field.props.maxRows as number;
    const columns = columnFields(field).map((column) => {
      const kind = getKind(column.kind);
      return { column, kind, validate: kind.createValidator(column, env) as AnswerValidator };
    });
    const known = new Set(columns.map(({ column }) => column.id));
    const used = (row: unknown) => isPlainObject(row) && columns.some(({ column, kind }) => kind.isAnswered(row[column.id]));
    return (value, path, run) => {
      if (!Array.isArray(value)) return void run.errors.push(typeIssue(path));
      if (value.length > maxRows) {
        return void run.errors.push({ field: path, code: 'too-many-rows', message: `Ange högst ${maxRows} rader.` });
      }
      const lastUsed = value.reduce((last: number, row, index) => (used(row) ? index : last), -1);
      value.forEach((row, index) => {
        const rowPath = `${path}[${index}]`;
        if (!isPlainObject(row)) return void run.errors.push(typeIssue(rowPath));
        for (const key of Object.keys(row)) {
          if (!known.has(key)) run.errors.push({ field: `${rowPath}.${key}`, code: 'unknown-field', message: 'Okänd uppgift i raden.' });
        }
        if (!used(row)) {
          if (index < lastUsed) {
            run.errors.push({ field: rowPath, code: 'order', message: messageFor(field, 'order', 'Fyll i fälten uppifrån och ned.') });
          }
          return;
        }
        for (const { column, kind, validate } of columns) {
          const cell = row[column.id];
          const cellPath = `${rowPath}.${column.id}`;
          if (kind.isAnswered(cell)) validate(cell, cellPath, run);
          else if (column.required) run.errors.push({ field: cellPath, code: 'required', message: messageFor(column, 'required', kind.requiredMessage) });
        }
      });
    };
  },
  printable(field, value) {
    const columns = columnFields(field);
    const labels = (field.props.rowLabels as string[] | undefined) ?? [];
    return (value as Array<Record<string, unknown>>)
      .map((row, index) => {
        const cells = columns
          .filter((column) => getKind(column.kind).isAnswered(row[column.id]))
          .map((column) => `${column.label}: ${getKind(column.kind).printable(column, row[column.id])}`);
        return `${labels[index] ? `${labels[index]}. ` : ''}${cells.join(', ')}`;
      })
      .join('\n');
  },
  check(field, env) {
    const columns = columnFields(field);
    const ids = columns.map((column) => column.id);
    const duplicates = ids
      .map((id, index) => ({ id, index }))
      .filter(({ id, index }) => ids.indexOf(id) !== index)
      .map(({ id, index }) => ({ code: 'definition/duplicate-id', message: `Kolumnen "${id}" finns redan i raden. Ge varje kolumn ett eget id.`, at: ['columns', index, 'id'] }));
    const own = columns.flatMap((column, index) =>
      (getKind(column.kind).check?.(column, env) ?? []).map((problem) => ({ ...problem, at: ['columns', index, ...problem.at] })),
    );
    return [...duplicates, ...own];
  },
  arbitrary(field, fc, env) {
    const cells = Object.fromEntries(columnFields(field).map((column) => [column.id, getKind(column.kind).arbitrary!(column, fc, env)]));
    return fc.array(fc.record(cells, { requiredKeys: [] }), { maxLength: (field.props.maxRows as number) + 1 });
  },
};

export default rows;
