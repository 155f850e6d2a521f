/**
 * A message field has no answer, so keys about answering it would silently do nothing: it cannot
 * be required, enabled or disabled, and has no validation messages to override. Only `showIf`
 * and `hideIf` decide whether it is shown.
 */
import type { SemanticCheck } from './check.js';
import { getKind } from '../../fields/registry.js';

const check: SemanticCheck = {
  id: 'message-keys',
  description: 'Ett meddelandefält har inga nycklar som bara gäller svar (required, enabledIf, disabledIf, messages).',
  codes: ['definition/ignored-key'],
  run({ model, report }) {
    for (const field of model.fields) {
      if (getKind(field.kind).hasAnswer) continue;
      const ignored = [
        ...(field.required !== false ? ['required'] : []),
        ...(field.enabledIf ? ['enabledIf'] : []),
        ...(field.disabledIf ? ['disabledIf'] : []),
        ...(Object.keys(field.messages).length ? ['messages'] : []),
      ];
      for (const key of ignored) {
        report([...field.pointer, key], 'definition/ignored-key', `${key} gäller inte "${field.id}": ett meddelande (kind: ${field.kind}) har inget svar, så ${key} skulle inte göra något. Ta bort ${key}; använd showIf för när meddelandet visas.`, { key: true });
      }
    }
  },
};

export default check;
