/**
 * `lifecycle:` must fit the rest of the definition: the answers it copies or leaves out exist, and
 * it does not contradict `delivery` (a print-only type cannot be sent, nor ask for consent).
 * A prefill source's own fields are another definition's; the lifecycle tests compare those.
 */
import type { SemanticCheck } from './check.js';
import { describeFact } from '../facts.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';

const UNKNOWN = 'definition/lifecycle-unknown-field';
const CONFLICT = 'definition/lifecycle-conflict';

const check: SemanticCheck = {
  id: 'lifecycle-policy',
  description: 'lifecycle: nämner fält med svar och motsäger inte delivery.',
  codes: [UNKNOWN, CONFLICT],
  run({ model, report }) {
    const policy = model.lifecycle;
    if (!policy) return; // not a certificate
    const at = policy.pointer;
    if (!at.length) return; // defaults only: nothing written, nothing to contradict
    const answerIds = model.fields.filter((field) => describeFact(model, field.id, []).ok).map((field) => field.id);
    const checkFields = (list: readonly string[], key: string[], purpose: string): void =>
      list.forEach((fieldId, index) => {
        if (!answerIds.includes(fieldId)) {
          report([...at, ...key, index], UNKNOWN, `"${fieldId}" är inget fält med svar i intyget.${didYouMean(fieldId, answerIds)} Ange fält som ${purpose}.`);
        }
      });
    checkFields(policy.notCopiedOnRenew, ['notCopiedOnRenew'], 'inte ska följa med när intyget förnyas');
    if (policy.prefillFrom) {
      checkFields(policy.prefillFrom.fields, ['prefillFrom', 'fields'], `fylls i från ${policy.prefillFrom.type}`);
      if (policy.prefillFrom.type === model.id) {
        report([...at, 'prefillFrom', 'type'], CONFLICT, 'Ett intyg kan inte fyllas i från sin egen typ. Ange en annan intygstyp, t.ex. db.');
      }
    }
    if (policy.sendMode === 'printOnly' && policy.electronic) {
      report([...at, 'electronic'], CONFLICT, 'delivery.mode är printOnly, så intyget kan inte tas emot elektroniskt. Ta bort electronic eller ändra delivery.mode.');
    }
    if (!policy.electronic && policy.consentRequired) {
      report([...at, 'consentRequired'], CONFLICT, 'Intyget skickas aldrig elektroniskt, så samtycke före sändning kan inte krävas. Ta bort consentRequired.');
    }
    if (!policy.renewable && policy.notCopiedOnRenew.length) {
      report([...at, 'notCopiedOnRenew'], CONFLICT, 'Intyget kan inte förnyas (renewable: false), så notCopiedOnRenew används aldrig. Ta bort den ena.');
    }
  },
};

export default check;
