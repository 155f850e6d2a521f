/** A rule's target is a field (or a part of one) that can show the message. */
import type { SemanticCheck } from './check.js';
import { describeFact } from '../facts.js';
import { parsePath } from '../../util/path.js';

const check: SemanticCheck = {
  id: 'rule-targets',
  description: 'Regelns target är ett fält med svar, eller en del av ett sådant.',
  codes: ['rule/unknown-target'],
  run({ model, report }) {
    for (const rule of model.rules) {
      const match = /^([A-Za-z][A-Za-z0-9]*)(.*)$/.exec(rule.target);
      const segments = match ? parsePath(`$${match[2]}`) : null;
      const known = match && segments && model.fields.some((field) => field.id === match[1]);
      const lookup = known ? describeFact(model, match![1], segments!) : null;
      if (!lookup?.ok) {
        const ids = model.fields.filter((field) => describeFact(model, field.id, []).ok).map((field) => field.id).join(', ');
        report([...rule.pointer, 'target'], 'rule/unknown-target', `Target "${rule.target}" är inget fält med svar i intyget. Ange ett fält-id (${ids}), ev. följt av en del som .from eller [0].datum.`);
      }
    }
  },
};

export default check;
