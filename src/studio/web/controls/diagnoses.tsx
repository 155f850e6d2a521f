/**
 * diagnoses: rows of code and text, filled from the top, as Webcert's diagnosis question: type
 * the start of a code or words of the diagnosis, pick a suggestion, and both fields are filled.
 * Suggestions come from the code systems the runtime checks codes against.
 */

import { IssueList } from '../components/issues.js';
import { Combobox } from './combobox.js';
import { asRecord, hasIssue } from './parts.js';
import type { ControlSpec } from './types.js';

type Row = { code?: string; description?: string };

const ROW = /^\[(\d+)\]/;

/** The rows without trailing empty ones; no rows is no answer. */
function compactRows(rows: Row[]): Row[] | undefined {
  const cleaned = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, text]) => typeof text === 'string' && text !== '')) as Row);
  while (cleaned.length && !cleaned[cleaned.length - 1].code && !cleaned[cleaned.length - 1].description) cleaned.pop();
  return cleaned.length ? cleaned : undefined;
}

const spec: ControlSpec = {
  kind: 'diagnoses',
  layout: () => 'group',
  placesIssue: (_field, rel) => ROW.test(rel),
  Control: ({ field, value, onChange, disabled, id, describedBy, issues, search }) => {
    const count = (field.props.rows as number | undefined) ?? 1;
    const given = Array.isArray(value) ? (value as unknown[]).map((row) => asRecord(row) as Row) : [];
    const rows = Array.from({ length: count }, (_, index) => given[index] ?? {});
    const set = (index: number, row: Row) => onChange(compactRows(rows.map((current, at) => (at === index ? row : current))));
    return (
      <div class="diagnoses">
        <div class="diagnosis-head" aria-hidden="true"><span>Kod</span><span>Diagnos</span></div>
        {rows.map((row, index) => {
          const own = issues.filter((issue) => ROW.exec(issue.rel)?.[1] === String(index));
          const invalid = (part: string) => hasIssue(issues, (rel) => rel === `[${index}]` || rel === `[${index}].${part}`);
          return (
            <div class="diagnosis" key={index} data-row={index}>
              <div class="row">
                <Combobox id={index === 0 ? id : `${id}-${index}-code`} label={`Diagnoskod ${index + 1}`} value={row.code ?? ''} system="icd10se" search={search}
                  disabled={disabled} describedBy={describedBy} invalid={invalid('code')} size={8}
                  onInput={(code) => set(index, { ...row, code })} onPick={(hit) => set(index, { code: hit.code, description: hit.title })}
                  show={(hit) => `${hit.code} ${hit.title}`} />
                <Combobox id={`${id}-${index}-text`} label={`Diagnos ${index + 1}`} value={row.description ?? ''} system="icd10se" search={search}
                  disabled={disabled} invalid={invalid('description')} size={40}
                  onInput={(description) => set(index, { ...row, description })} onPick={(hit) => set(index, { code: hit.code, description: hit.title })}
                  show={(hit) => `${hit.code} ${hit.title}`} />
              </div>
              <IssueList issues={own} />
            </div>
          );
        })}
      </div>
    );
  },
};

export default spec;
