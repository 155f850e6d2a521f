/**
 * Patient customisation of a printout (inera-print-rules-sjukfall.md A5): what the patient may
 * leave out, its replacement text and when the choice is not offered all come from the
 * definition's `print.hideable`. A choice that is not offered is refused rather than ignored,
 * since the status box would otherwise claim a customisation that did not happen.
 */

import { isPlainObject } from '../fields/kind.js';
import { compileCondition } from '../rules/condition.js';
import { contextFacts } from '../rules/facts.js';
import { answerOf } from '../runtime/decisions.js';
import { factsFor } from '../runtime/decide.js';
import type { Plan } from '../runtime/plan.js';
import { RenderError } from './types.js';

/** Per hidden field: the text printed instead of its answer, or null to leave the field out. */
export type HiddenFields = ReadonlyMap<string, string | null>;

export function resolveHidden(
  plan: Plan,
  certificate: Record<string, unknown>,
  shown: (fieldId: string) => boolean,
  today: string,
  hide: readonly string[],
): HiddenFields {
  const hidden = new Map<string, string | null>();
  if (hide.length === 0) return hidden;
  const { model } = plan;
  const offered = model.print.hideable;
  const answers = isPlainObject(certificate.answers) ? certificate.answers : {};
  const facts = factsOf(plan, certificate, answers, shown, today);
  for (const id of new Set(hide)) {
    const entry = offered.find((candidate) => candidate.id === id);
    if (!entry) {
      const choices = offered.map((candidate) => candidate.id).join(', ');
      throw new RenderError(
        choices ? `${model.code} kan inte dölja "${id}" vid utskrift. Möjliga val: ${choices}.` : `${model.code} har inget som patienten kan dölja vid utskrift.`,
        true,
      );
    }
    const present = entry.fields.filter((fieldId) => shown(fieldId) && isAnswered(plan, fieldId, answerOf(answers, fieldId)));
    const unavailable = entry.unavailableIf !== undefined && compileCondition(entry.unavailableIf, plan.factSlot)(facts);
    if (unavailable || present.length === 0) {
      throw new RenderError(entry.unavailableMessage ?? `Det finns ingen ${entry.label} att dölja i det här intyget.`);
    }
    // The first answered field keeps its question and says why it is empty; the rest disappear.
    for (const fieldId of entry.fields) hidden.set(fieldId, fieldId === present[0] ? entry.replacement : null);
  }
  return hidden;
}

function isAnswered(plan: Plan, fieldId: string, value: unknown): boolean {
  const index = plan.fieldIndex.get(fieldId);
  return index !== undefined && plan.fields[index].kind.isAnswered(value);
}

/** The facts conditions see, answers of shown fields only, exactly as the runtime builds them. */
function factsOf(plan: Plan, certificate: Record<string, unknown>, answers: Record<string, unknown>, shown: (fieldId: string) => boolean, today: string): unknown[] {
  return factsFor(plan, answers, contextFacts(certificate, today, plan.model), plan.fields.map(({ field }) => shown(field.id)));
}
