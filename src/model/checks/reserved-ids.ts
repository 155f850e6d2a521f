/**
 * Field ids share a namespace with the context facts and the payload envelope, and become
 * object keys at run time, so names that collide with those or with Object.prototype are refused.
 */
import type { SemanticCheck } from './check.js';
import { RESERVED_IDS } from '../types.js';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const check: SemanticCheck = {
  id: 'reserved-ids',
  description: 'Fält-id krockar inte med kontextfakta, kuvertets nycklar eller JavaScript-namn.',
  codes: ['definition/reserved-id'],
  run({ model, report }) {
    for (const field of model.fields) {
      if ((RESERVED_IDS as readonly string[]).includes(field.id) || PROTOTYPE_NAMES.includes(field.id)) {
        report([...field.pointer, 'id'], 'definition/reserved-id', `"${field.id}" är reserverat (${RESERVED_IDS.join(', ')} och JavaScript-namn). Välj ett annat id.`);
      }
    }
  },
};

export default check;
