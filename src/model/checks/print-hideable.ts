/** What a patient may hide from a printout must name fields that have answers, each only once. */
import type { SemanticCheck } from './check.js';
import { describeFact } from '../facts.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';

const check: SemanticCheck = {
  id: 'print-hideable',
  description: 'print.hideable nämner fält med svar, och varje val har ett eget id.',
  codes: ['print/unknown-field', 'definition/duplicate-id'],
  run({ model, report }) {
    const ids = new Set<string>();
    const answerIds = model.fields.filter((field) => describeFact(model, field.id, []).ok).map((field) => field.id);
    for (const entry of model.print.hideable) {
      if (ids.has(entry.id)) report([...entry.pointer, 'id'], 'definition/duplicate-id', `Valet "${entry.id}" finns redan i print.hideable. Ge det ett eget id.`);
      ids.add(entry.id);
      entry.fields.forEach((fieldId, index) => {
        if (!answerIds.includes(fieldId)) {
          report([...entry.pointer, 'fields', index], 'print/unknown-field', `"${fieldId}" är inget fält med svar i intyget.${didYouMean(fieldId, answerIds)} Ange fält som patienten kan dölja.`);
        }
      });
    }
  },
};

export default check;
