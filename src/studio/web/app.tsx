/**
 * The studio page: the types on the left, the certificate as Webcert shows it in the middle
 * (facts, sections, the unit's address), and on the right why something is shown, the printout
 * and the examples. Everything it shows about rules comes from the runtime's result in `run`.
 */

import { useEffect, useMemo, useReducer } from 'preact/hooks';
import { todayIso, type ExplainResult } from '../../browser.js';
import { api } from './api.js';
import { DiagnosticsBanner } from './components/diagnostics.js';
import { EnvelopePanel } from './components/envelope.js';
import { ExamplesPanel } from './components/examples.js';
import { ExplainPanel } from './components/explain.js';
import { Form } from './components/form.js';
import { PrintPreview } from './components/print-preview.js';
import { TypeList } from './components/type-list.js';
import { isMissing } from './rules.js';
import type { Panel, Store } from './store.js';
import { retirementText, retirementTitle } from './versions.js';

const PANELS: Array<[Panel, string]> = [['explain', 'Förklaring'], ['print', 'Utskrift'], ['examples', 'Exempel']];

function useStore(store: Store) {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => store.subscribe(() => rerender(undefined)), [store]);
  return store.state;
}

function Status({ valid, missing, errors }: { valid: boolean; missing: number; errors: number }) {
  if (valid) return <span class="status status-ok">Klart att signera</span>;
  return <span class="status status-missing">{missing ? 'Obligatoriska uppgifter saknas' : `Intyget har ${errors === 1 ? 'ett fel' : `${errors} fel`}`}</span>;
}

export function App({ store }: { store: Store }) {
  const state = useStore(store);
  const { type, model, draft, run, today } = state;
  // Asked only while the panel shows an explanation: the runtime explains what it decided for this very certificate.
  const explanation = useMemo<ExplainResult | undefined>(
    () => (state.panel === 'explain' && state.selection && run && state.runtime ? state.runtime.explain(run.certificate, { today }) : undefined),
    [run, state.panel, state.selection, state.runtime, today],
  );
  const search = api.search;
  // An earlier version (`fk7804@1.2`) says so beside its code, with its retirement and the current version.
  const earlier = type?.versionFolder !== undefined && model ? model.version : undefined;
  const currentVersion = earlier ? state.types.find((entry) => entry.id === type?.type)?.version : undefined;
  const retirement = earlier ? retirementText(model?.retired, today) : undefined;
  const missing = run ? run.validation.errors.filter(isMissing).length : 0;

  return (
    <div class="studio">
      <header class="topbar">
        <span class="brand">intyg studio</span>
        {model ? <span class="current">{model.name} <span class="code">{model.code}{earlier ? ` ${earlier}` : ''}</span></span> : null}
        {run ? <Status valid={run.validation.valid} missing={missing} errors={run.validation.errors.length} /> : null}
        <label class="switch">
          <input type="checkbox" checked={state.showMissing} onChange={(event) => store.toggle('showMissing', event.currentTarget.checked)} />
          <span>Visa vad som saknas</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={state.showHidden} onChange={(event) => store.toggle('showHidden', event.currentTarget.checked)} />
          <span>Visa dolda frågor</span>
        </label>
        <span class="connection" role="status">{state.connected ? '' : 'Ingen kontakt med studion – försöker igen …'}</span>
        {run ? <span class="timing" data-rules-ms={run.ms.toFixed(3)} title="Tid för reglerna i webbläsaren">regler {run.ms.toFixed(2).replace('.', ',')} ms</span> : null}
      </header>
      <div class="layout">
        <TypeList types={state.types} current={state.typeId} today={today} onChoose={(id) => { location.hash = `#/${id}`; }} />
        <main id="main" aria-busy={!run}>
          {state.problem ? <p class="issue issue-error" role="alert">{state.problem}</p> : null}
          {!state.typeId ? <p class="hint">Välj en intygstyp till vänster.</p> : null}
          {type ? <DiagnosticsBanner diagnostics={type.diagnostics} hasModel={model !== undefined} /> : null}
          {model && draft && run ? (
            <>
              <h1>{model.name} <span class="code">{model.code}{earlier ? ` ${earlier}` : ''}</span></h1>
              {earlier ? (
                <p class="version-notice" title={model.retired ? retirementTitle(model.retired) : undefined}>
                  {`Tidigare version ${earlier}${retirement ? `, ${retirement}` : ''}.${currentVersion ? ` Den aktuella versionen är ${currentVersion}.` : ''}`}
                </p>
              ) : null}
              <EnvelopePanel draft={draft} today={state.todayText} actualToday={todayIso()} issues={run.issues}
                onChange={(next) => store.setDraft(next)} onToday={(text) => store.setToday(text)} />
              <div class="form-actions">
                <button type="button" class="secondary" onClick={() => store.newDraft()}>Töm formuläret</button>
              </div>
              <Form model={model} draft={draft} run={run} showMissing={state.showMissing} showHidden={state.showHidden} selection={state.selection}
                today={today} search={search} onAnswer={(id, value) => store.answer(id, value)} onEnvelope={(next) => store.setDraft(next)}
                onExplain={(selection) => store.explain(selection)} />
            </>
          ) : state.typeId && !state.problem && !type ? <p class="hint">Läser in …</p> : null}
        </main>
        <aside class="side" aria-label="Förklaring, utskrift och exempel">
          <div class="tabs" role="tablist" aria-label="Verktyg">
            {PANELS.map(([panel, label]) => (
              <button type="button" role="tab" id={`tab-${panel}`} aria-selected={state.panel === panel} aria-controls={`panel-${panel}`} key={panel}
                onClick={() => store.setPanel(panel)}>{label}</button>
            ))}
          </div>
          {model && run ? (
            <div class="tab-panel" role="tabpanel" id={`panel-${state.panel}`} aria-labelledby={`tab-${state.panel}`}>
              {state.panel === 'explain' ? <ExplainPanel model={model} selection={state.selection} explanation={explanation} /> : null}
              {state.panel === 'print' ? <PrintPreview model={model} certificate={run.certificate} today={today} /> : null}
              {state.panel === 'examples' ? (
                <ExamplesPanel typeId={state.typeId!} certificate={run.certificate} valid={run.validation.valid} errorCount={run.validation.errors.length}
                  today={today} revision={state.examplesRevision} onLoad={(certificate, day) => store.loadExample(certificate, day)} />
              ) : null}
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
