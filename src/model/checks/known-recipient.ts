/** The recipient must be one of definitions/_shared/recipients.yaml. */
import type { SemanticCheck } from './check.js';

const check: SemanticCheck = {
  id: 'known-recipient',
  description: 'Mottagaren finns i _shared/recipients.yaml.',
  codes: ['definition/unknown-recipient'],
  run({ model, recipients, report }) {
    if (model.recipient !== undefined && !recipients.has(model.recipient)) {
      report(['recipient'], 'definition/unknown-recipient', `Okänd mottagare "${model.recipient}". Välj en av: ${[...recipients].sort().join(', ')}, eller lägg till den i definitions/_shared/recipients.yaml.`);
    }
  },
};

export default check;
