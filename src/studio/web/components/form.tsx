/**
 * The certificate as Webcert shows it: the sections in the definition's order with their titles,
 * the questions the rules show, and the unit's address last. With "Visa dolda frågor" the hidden
 * sections and questions are shown too, greyed, so an author can ask why they are hidden.
 */

import type { CertificateModel, SectionModel } from '../../../model/types.js';
import type { ControlProps } from '../controls/types.js';
import type { Draft } from '../draft.js';
import { visibleIssues, type RuleRun } from '../rules.js';
import type { Selection } from './explain.js';
import { Question } from './question.js';
import { Paragraphs } from './text.js';
import { UnitSection } from './unit-section.js';
import { useState } from 'preact/hooks';

export interface FormProps {
  model: CertificateModel;
  draft: Draft;
  run: RuleRun;
  showMissing: boolean;
  showHidden: boolean;
  selection?: Selection;
  today: string;
  search: ControlProps['search'];
  onAnswer(fieldId: string, value: unknown): void;
  onEnvelope(draft: Draft): void;
  onExplain(selection: Selection): void;
}

function SectionHelp({ section }: { section: SectionModel }) {
  const [open, setOpen] = useState(false);
  if (!section.help) return null;
  return (
    <>
      <button type="button" class="link" aria-expanded={open} aria-controls={`sh-${section.id}`} onClick={() => setOpen(!open)}>Hjälp om {section.title}</button>
      <div class="help" id={`sh-${section.id}`} hidden={!open}><Paragraphs text={section.help} /></div>
    </>
  );
}

export function Form({ model, draft, run, showMissing, showHidden, selection, today, search, onAnswer, onEnvelope, onExplain }: FormProps) {
  const fields = new Map(model.fields.map((field) => [field.id, field]));
  return (
    <form class="certificate" aria-label={model.name} onSubmit={(event) => event.preventDefault()} noValidate>
      {model.sections.map((section) => {
        const sectionShown = run.evaluation.sections[section.id]?.shown ?? true;
        if (!sectionShown && !showHidden) return null;
        const selected = selection?.kind === 'section' && selection.id === section.id;
        return (
          <section class={`category${sectionShown ? '' : ' is-hidden'}${selected ? ' is-selected' : ''}`} aria-labelledby={`s-${section.id}`} data-section={section.id} key={section.id}>
            <div class="category-head">
              <h2 id={`s-${section.id}`}>{section.title}</h2>
              {!sectionShown ? <span class="tag tag-hidden">Dold</span> : null}
              <button type="button" class="link why" aria-label={`Förklara avsnittet ${section.title}`} onClick={() => onExplain({ kind: 'section', id: section.id })}>Varför?</button>
            </div>
            <SectionHelp section={section} />
            {section.fieldIds.map((fieldId) => {
              const field = fields.get(fieldId)!;
              const evaluation = run.evaluation.fields[fieldId];
              if (!evaluation?.shown && !showHidden) return null;
              const issues = evaluation?.shown ? visibleIssues(run.issues.get(fieldId), draft.touched[fieldId] === true, showMissing) : [];
              return (
                <Question key={fieldId} field={field} evaluation={evaluation} value={draft.answers[fieldId]} issues={issues} today={today} search={search}
                  selected={selection?.kind === 'field' && selection.id === fieldId}
                  onChange={(value) => onAnswer(fieldId, value)} onExplain={() => onExplain({ kind: 'field', id: fieldId })} />
              );
            })}
          </section>
        );
      })}
      <UnitSection model={model} draft={draft} issues={run.issues.get('unit') ?? []} showMissing={showMissing} onEnvelope={onEnvelope} />
    </form>
  );
}
