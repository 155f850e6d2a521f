/**
 * rows: a table of rows whose cells are the columns' own controls (text, date, choice …), as
 * Webcert's repeated rows (underlag, följd av). Each cell is labelled by its column and row.
 */

import type { FieldModel } from '../../../model/types.js';
import { columnFields } from '../../../fields/kinds/rows.js';
import { IssueList } from '../components/issues.js';
import { asRecord, compactRecord } from './parts.js';
import { controlFor } from './lookup.js';
import type { ControlSpec } from './types.js';

const ROW = /^\[(\d+)\]\.?(.*)$/;

function Cell({ column, row, value, onChange, disabled, id, issues, today, search }: Parameters<ControlSpec['Control']>[0] & { column: FieldModel; row: string }) {
  const spec = controlFor(column.kind);
  if (!spec) return <span class="issue issue-error">Okänd kolumntyp {column.kind}</span>;
  const layout = spec.layout(column);
  const control = <spec.Control field={column} value={value} onChange={onChange} disabled={disabled} id={id} issues={issues} today={today} search={search} />;
  const name = `${column.label}, ${row}`;
  if (layout === 'group') return <fieldset class="cell"><legend class="visually-hidden">{name}</legend>{control}</fieldset>;
  if (layout === 'self') return control;
  return <span class="cell"><label for={id} class="visually-hidden">{name}</label>{control}</span>;
}

const spec: ControlSpec = {
  kind: 'rows',
  layout: () => 'group',
  placesIssue: (_field, rel) => ROW.test(rel),
  Control: ({ field, value, onChange, disabled, id, issues, today, search }) => {
    const columns = columnFields(field);
    const count = (field.props.maxRows as number | undefined) ?? 1;
    const labels = (field.props.rowLabels as string[] | undefined) ?? [];
    const given = Array.isArray(value) ? (value as unknown[]).map(asRecord) : [];
    const rows = Array.from({ length: count }, (_, index) => given[index] ?? {});
    const set = (index: number, columnId: string, cell: unknown) => {
      const next = rows.map((row, at) => (at === index ? compactRecord({ ...row, [columnId]: cell }) ?? {} : row));
      while (next.length && !Object.keys(next[next.length - 1]).length) next.pop();
      onChange(next.length ? next : undefined);
    };
    return (
      <table class="rows-table">
        <thead>
          <tr>
            {labels.length ? <th scope="col"><span class="visually-hidden">Rad</span></th> : null}
            {columns.map((column) => <th scope="col" key={column.id}>{column.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowName = labels[index] ?? `rad ${index + 1}`;
            const own = issues.filter((issue) => ROW.exec(issue.rel)?.[1] === String(index));
            return [
              <tr key={index} data-row={index}>
                {labels.length ? <th scope="row">{labels[index]}</th> : null}
                {columns.map((column, at) => {
                  const cellIssues = own.filter((issue) => ROW.exec(issue.rel)?.[2] === column.id).map((issue) => ({ ...issue, rel: '' }));
                  return (
                    <td key={column.id}>
                      <Cell column={column} row={rowName} value={row[column.id]} disabled={disabled} issues={cellIssues} today={today} search={search}
                        field={column} id={index === 0 && at === 0 ? id : `${id}-${index}-${column.id}`} onChange={(cell) => set(index, column.id, cell)} />
                    </td>
                  );
                })}
              </tr>,
              own.length ? <tr key={`${index}-issues`}><td colSpan={columns.length + (labels.length ? 1 : 0)}><IssueList issues={own} /></td></tr> : null,
            ];
          })}
        </tbody>
      </table>
    );
  },
};

export default spec;
