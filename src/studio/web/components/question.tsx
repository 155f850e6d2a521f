/**
 * One question as Webcert shows it: its number (`ref`), the question text, the fold-out help, the
 * control and the messages at the field. The question text labels the control (a `<label>` for
 * one input, the name of a `role="group"` for several), so every input has an accessible name.
 */

import { useState } from 'preact/hooks';
import type { FieldEvaluation } from '../../../browser.js';
import type { FieldModel } from '../../../model/types.js';
import { controlFor } from '../controls/index.js';
import type { ControlProps } from '../controls/types.js';
import { IssueList } from './issues.js';
import { Paragraphs } from './text.js';
import type { ShownIssue } from '../rules.js';

export interface QuestionProps {
  field: FieldModel;
  evaluation?: FieldEvaluation;
  value: unknown;
  issues: ShownIssue[];
  onChange(value: unknown): void;
  onExplain(): void;
  selected: boolean;
  today: string;
  search: ControlProps['search'];
}

const name = (field: FieldModel) => (field.ref && /^\d/.test(field.ref) ? `fråga ${field.ref}` : field.label);

export function Question({ field, evaluation, value, issues, onChange, onExplain, selected, today, search }: QuestionProps) {
  const spec = controlFor(field.kind);
  const shown = evaluation?.shown ?? true;
  const enabled = evaluation?.enabled ?? true;
  const required = evaluation?.required ?? false;
  const id = `f-${field.id}`;
  const issuesId = `e-${field.id}`;
  const helpId = `h-${field.id}`;
  const layout = spec?.layout(field) ?? 'label';
  // A message box is its own message: the runtime's issue with the same text is not repeated below it.
  const listed = field.kind === 'message' ? issues.filter((issue) => issue.code !== field.id) : issues;
  const own = listed.filter((issue) => issue.rel === '' || !spec?.placesIssue?.(field, issue.rel));
  const below = listed.filter((issue) => !own.includes(issue));
  const classes = ['question', shown ? '' : 'is-hidden', enabled ? '' : 'is-disabled', selected ? 'is-selected' : '', field.kind === 'message' ? 'is-message' : ''].filter(Boolean).join(' ');
  // A lone checkbox and a message box carry their text themselves.
  const text = layout === 'self' ? '' : field.label;
  const [helpOpen, setHelpOpen] = useState(false);
  const heading = (
    <span class="question-text">
      {field.kind !== 'message' && field.ref && /^\d/.test(field.ref) ? <span class="ref">{field.ref}</span> : null}
      {text}
    </span>
  );
  const tools = (
    <span class="question-tools">
      {required ? <span class="tag tag-required">Obligatorisk</span> : null}
      {!shown ? <span class="tag tag-hidden">Dold</span> : null}
      {!enabled ? <span class="tag tag-disabled">Låst</span> : null}
      {field.help ? <button type="button" class="link" aria-expanded={helpOpen} aria-controls={helpId} aria-label={`Hjälp om ${name(field)}`}
        onClick={() => setHelpOpen(!helpOpen)}>Hjälp</button> : null}
      <button type="button" class="link why" aria-label={`Förklara ${name(field)}`} onClick={onExplain}>Varför?</button>
    </span>
  );
  const control = spec
    ? <spec.Control field={field} value={value} onChange={onChange} disabled={!enabled || !shown} id={id} describedBy={issuesId} issues={below} today={today} search={search} />
    : <p class="issue issue-error">Studion har ingen kontroll för fältsorten {field.kind}.</p>;
  const help = field.help ? <div class="help" id={helpId} hidden={!helpOpen}><Paragraphs text={field.help} /></div> : null;
  const body = (
    <>
      {help}
      {control}
      <IssueList issues={own} id={issuesId} />
    </>
  );
  const headingId = `l-${field.id}`;
  return (
    <div class={classes} id={`q-${field.id}`} data-field={field.id} data-kind={field.kind}
      {...(layout === 'group' ? { role: 'group', 'aria-labelledby': headingId } : {})}>
      <div class="question-head">
        {layout === 'label' ? <label for={id} id={headingId}>{heading}</label> : <span id={headingId}>{heading}</span>}
        {tools}
      </div>
      {body}
    </div>
  );
}
