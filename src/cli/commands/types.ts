/** `intyg types`: list the certificate types. */

import { commandRuntime } from '../runtime.js';
import { EXIT_OK } from '../io.js';

export async function runTypes(options: { json?: boolean }): Promise<number> {
  const models = [...(await commandRuntime()).models.values()].sort((a, b) => a.id.localeCompare(b.id));
  if (options.json) {
    console.log(JSON.stringify(models.map(({ id, version, code, name, recipient, issuers, delivery }) => ({ id, version, code, name, recipient, issuers, delivery })), null, 2));
    return EXIT_OK;
  }
  for (const model of models) {
    const fields = model.fields.length;
    console.log(`${model.id.padEnd(10)} ${model.version.padEnd(5)} ${model.code.padEnd(10)} ${model.name} → ${model.recipient}, ${fields} fält, ${model.rules.length} ${model.rules.length === 1 ? 'regel' : 'regler'}`);
  }
  return EXIT_OK;
}
