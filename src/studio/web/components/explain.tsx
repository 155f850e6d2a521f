/**
 * "Varför?": why a question, a section or a message is shown, hidden, required or locked — the
 * runtime's own explanation (explain()), not a second reading of the YAML: each reason with its
 * condition in Swedish, whether it holds now, the YAML file:line:col it comes from, and the
 * current values of the facts it read.
 */

import type { CertificateModel } from '../../../model/types.js';
import type { ExplainResult, Reason, TraceNode } from '../../../browser.js';

export type Selection = { kind: 'field' | 'section'; id: string };

const ASPECTS = [['shown', 'Visas', 'Dold'], ['required', 'Obligatorisk', 'Frivillig'], ['enabled', 'Öppen för svar', 'Låst']] as const;
const KEY_NAMES: Record<string, string> = { showIf: 'showIf', hideIf: 'hideIf', required: 'required', enabledIf: 'enabledIf', disabledIf: 'disabledIf', when: 'when' };

function formatValue(value: unknown): string {
  if (value === undefined) return 'inget svar';
  if (typeof value === 'string') return value === '' ? 'tom text' : value;
  if (typeof value === 'boolean') return value ? 'ja (true)' : 'nej (false)';
  return JSON.stringify(value);
}

/** How a combined condition was decided, part by part; parts never reached are marked so. */
function Trace({ node }: { node: TraceNode }) {
  const state = node.holds === undefined ? 'inte prövat' : node.holds ? 'uppfyllt' : 'inte uppfyllt';
  return (
    <li>
      <span class={`tag ${node.holds ? 'tag-holds' : 'tag-fails'}`}>{state}</span> {node.text}
      {node.children?.length ? <ul class="trace">{node.children.map((child, index) => <Trace node={child} key={index} />)}</ul> : null}
    </li>
  );
}

/** "1 Intyget är baserat på › annat" for a reading of one option's answer. */
function factLabel(model: CertificateModel, fact: { fact: string; path?: string; label: string }): string {
  const option = /^\$\.([A-Za-z0-9_]+)$/.exec(fact.path ?? '')?.[1];
  const options = model.fields.find((field) => field.id === fact.fact)?.props.options as Array<{ id: string; label: string }> | undefined;
  const chosen = option && options?.find((candidate) => candidate.id === option);
  return chosen ? `${fact.label} › ${chosen.label}` : fact.label;
}

function ReasonView({ reason, model }: { reason: Reason; model: CertificateModel }) {
  return (
    <li class="reason">
      <p>{reason.text}</p>
      {reason.condition && !reason.text.toLowerCase().includes(reason.condition.toLowerCase()) ? (
        <p class="condition">
          <span class="label">Villkor{reason.key ? ` (${KEY_NAMES[reason.key] ?? reason.key})` : ''}: </span>{reason.condition}
          {reason.holds === undefined ? null : <span class={`tag ${reason.holds ? 'tag-holds' : 'tag-fails'}`}>{reason.holds ? 'uppfyllt nu' : 'inte uppfyllt nu'}</span>}
        </p>
      ) : null}
      {reason.location ? <p class="location"><span class="label">I YAML: </span><code>{`${reason.location.file}:${reason.location.line}:${reason.location.col}`}</code></p> : null}
      {reason.trace?.children?.length ? <ul class="trace">{reason.trace.children.map((child, index) => <Trace node={child} key={index} />)}</ul> : null}
      {reason.facts?.length ? (
        <table class="facts-read">
          <caption>Uppgifter villkoret läste</caption>
          <thead><tr><th scope="col">Uppgift</th><th scope="col">Värde nu</th></tr></thead>
          <tbody>
            {reason.facts.map((fact, index) => (
              <tr key={index}><th scope="row">{factLabel(model, fact)}</th><td>{formatValue(fact.value)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

export function ExplainPanel({ model, selection, explanation }: { model: CertificateModel; selection?: Selection; explanation?: ExplainResult }) {
  if (!selection) return <p class="hint">Välj <strong>Varför?</strong> vid en fråga eller ett avsnitt för att se varför det visas, är obligatoriskt eller låst.</p>;
  if (!explanation) return <p class="hint">Förklaringen kunde inte tas fram för det här intyget.</p>;
  if (selection.kind === 'section') {
    const section = model.sections.find((candidate) => candidate.id === selection.id);
    const entry = explanation.sections[selection.id];
    if (!section || !entry) return <p class="hint">Avsnittet finns inte längre.</p>;
    return (
      <div class="explain" data-explain={`section:${section.id}`}>
        <h3>Avsnittet {section.title}</h3>
        <p><span class={`tag ${entry.shown ? 'tag-holds' : 'tag-hidden'}`}>{entry.shown ? 'Visas' : 'Dolt'}</span></p>
        <ul class="reasons">{entry.because.map((reason, index) => <ReasonView reason={reason} model={model} key={index} />)}</ul>
      </div>
    );
  }
  const field = model.fields.find((candidate) => candidate.id === selection.id);
  const entry = explanation.fields[selection.id];
  if (!field || !entry) return <p class="hint">Frågan finns inte längre.</p>;
  const rules = explanation.rules.filter((rule) => /^[A-Za-z0-9]+/.exec(rule.target)?.[0] === field.id);
  return (
    <div class="explain" data-explain={`field:${field.id}`}>
      <h3>{field.ref && /^\d/.test(field.ref) ? `Fråga ${field.ref}` : field.kind === 'message' ? 'Meddelande' : 'Fråga'}: {field.kind === 'message' ? String(field.props.text ?? '') : field.label}</h3>
      {ASPECTS.map(([aspect, yes, no]) => {
        if (field.kind === 'message' && aspect !== 'shown') return null;
        const holds = entry[aspect];
        return (
          <section class="aspect" key={aspect} data-aspect={aspect}>
            <h4><span class={`tag ${holds ? 'tag-holds' : 'tag-fails'}`}>{holds ? yes : no}</span></h4>
            <ul class="reasons">{entry.because[aspect].map((reason, index) => <ReasonView reason={reason} model={model} key={index} />)}</ul>
          </section>
        );
      })}
      {rules.length ? (
        <section class="aspect" data-aspect="rules">
          <h4>Regler vid frågan</h4>
          <ul class="reasons">
            {rules.map((rule) => (
              <li class="reason" key={rule.id}>
                <p><code>{rule.id}</code> ({rule.severity === 'error' ? 'fel' : rule.severity === 'warning' ? 'varning' : 'information'}): {rule.fired ? 'gäller nu' : 'gäller inte nu'}</p>
                <ul class="reasons">{rule.because.map((reason, index) => <ReasonView reason={reason} model={model} key={index} />)}</ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
