/**
 * diagnoses: rows of code and text, filled from the top, as Webcert's diagnosis question: type
 * the start of a code or words of the diagnosis, pick a suggestion, and both fields are filled.
 * Where the form takes primary care's KSH97-P too, the code system is chosen above the rows (as
 * in Webcert) and every row names it. Suggestions come from the lists the rules check against.
 */

import { useState } from 'preact/hooks';
import { allowedSystems, type DiagnosisCodeSystem } from '../../../fields/kinds/diagnoses.js';
import { IssueList } from '../components/issues.js';
import { Combobox } from './combobox.js';
import { asRecord, hasIssue } from './parts.js';
import type { ControlSpec } from './types.js';

type Row = { code?: string; description?: string; codeSystem?: string };

const ROW = /^\[(\d+)\]/;
const SYSTEM_NAMES: Record<DiagnosisCodeSystem, string> = { icd10se: 'ICD-10-SE', ksh97p: 'KSH97-P (primärvård)' };
const filled = (row: Row) => Boolean(row.code || row.description);

/** The rows without trailing empty ones; no rows is no answer. */
function compactRows(rows: Row[]): Row[] | undefined {
  const cleaned = rows.map((row) => (filled(row) ? (Object.fromEntries(Object.entries(row).filter(([, text]) => typeof text === 'string' && text !== '')) as Row) : {}));
  while (cleaned.length && !filled(cleaned[cleaned.length - 1])) cleaned.pop();
  return cleaned.length ? cleaned : undefined;
}

const spec: ControlSpec = {
  kind: 'diagnoses',
  layout: () => 'group',
  placesIssue: (_field, rel) => ROW.test(rel),
  Control: ({ field, value, onChange, disabled, id, describedBy, issues, search }) => {
    const count = (field.props.rows as number | undefined) ?? 1;
    const systems = allowedSystems(field);
    const given = Array.isArray(value) ? (value as unknown[]).map((row) => asRecord(row) as Row) : [];
    const rows = Array.from({ length: count }, (_, index) => given[index] ?? {});
    const named = rows.find((row) => filled(row) && row.codeSystem)?.codeSystem as DiagnosisCodeSystem | undefined;
    const [chosen, setChosen] = useState<DiagnosisCodeSystem>(named ?? systems[0]);
    const system = named && systems.includes(named) ? named : chosen;
    // A row names its system only where the form offers more than one, and only when it is not the default.
    const withSystem = (row: Row, current: DiagnosisCodeSystem): Row => {
      const { codeSystem: _old, ...rest } = row;
      return systems.length > 1 && current !== systems[0] && filled(rest) ? { ...rest, codeSystem: current } : rest;
    };
    const set = (index: number, row: Row) => onChange(compactRows(rows.map((current, at) => withSystem(at === index ? row : current, system))));
    return (
      <div class="diagnoses">
        {systems.length > 1 ? (
          <div class="choices inline code-systems" role="radiogroup" aria-label="Kodverk">
            {systems.map((option) => (
              <label class="check" key={option}>
                <input type="radio" name={`${id}-system`} checked={system === option} disabled={disabled}
                  onChange={() => {
                    setChosen(option);
                    onChange(compactRows(rows.map((row) => withSystem(row, option))));
                  }} />
                <span>{SYSTEM_NAMES[option]}</span>
              </label>
            ))}
          </div>
        ) : null}
        <div class="diagnosis-head" aria-hidden="true"><span>Kod</span><span>Diagnos</span></div>
        {rows.map((row, index) => {
          const own = issues.filter((issue) => ROW.exec(issue.rel)?.[1] === String(index));
          const invalid = (part: string) => hasIssue(issues, (rel) => rel === `[${index}]` || rel === `[${index}].${part}`);
          const pick = (hit: { code: string; title: string }) => set(index, { code: hit.code, description: hit.title });
          return (
            <div class="diagnosis" key={index} data-row={index}>
              <div class="row">
                <Combobox id={index === 0 ? id : `${id}-${index}-code`} label={`Diagnoskod ${index + 1}`} value={row.code ?? ''} system={system} search={search}
                  disabled={disabled} describedBy={describedBy} invalid={invalid('code')} size={8}
                  onInput={(code) => set(index, { ...row, code })} onPick={pick} show={(hit) => `${hit.code} ${hit.title}`} />
                <Combobox id={`${id}-${index}-text`} label={`Diagnos ${index + 1}`} value={row.description ?? ''} system={system} search={search}
                  disabled={disabled} invalid={invalid('description')} size={40}
                  onInput={(description) => set(index, { ...row, description })} onPick={pick} show={(hit) => `${hit.code} ${hit.title}`} />
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
