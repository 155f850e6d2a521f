/** `messages:` may only override codes validation can report; a misspelt code would never apply. */
import type { SemanticCheck } from './check.js';
import { OVERRIDABLE_CODES } from '../../runtime/issue-codes.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';

const check: SemanticCheck = {
  id: 'message-overrides',
  description: 'Nycklarna i messages är koder som valideringen kan ge.',
  codes: ['definition/unknown-message-code'],
  run({ model, report }) {
    for (const field of model.fields) {
      for (const code of Object.keys(field.messages)) {
        if (OVERRIDABLE_CODES.includes(code)) continue;
        report([...field.pointer, 'messages', code], 'definition/unknown-message-code', `"${code}" är ingen kod som valideringen ger, så meddelandet skulle aldrig visas.${didYouMean(code, OVERRIDABLE_CODES)} Koder: ${OVERRIDABLE_CODES.join(', ')}.`, { key: true });
      }
    }
  },
};

export default check;
