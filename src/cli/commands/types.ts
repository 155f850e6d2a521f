/** `intyg types`: list the certificate types. */

import { commandRuntime } from '../runtime.js';
import { EXIT_OK } from '../io.js';
import { say } from '../lang.js';

export async function runTypes(options: { json?: boolean }): Promise<number> {
  const catalog = (await commandRuntime()).models;
  const models = [...catalog.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Every version of a type, oldest first; the current one is the type's own line.
  const versions = (id: string) => catalog.versionsOf(id).map(({ version, retired }) => ({ version, ...(retired ? { retired } : {}) }));
  if (options.json) {
    console.log(JSON.stringify(models.map(({ id, version, code, name, recipient, issuers, delivery }) => ({ id, version, code, name, recipient, issuers, delivery, versions: versions(id) })), null, 2));
    return EXIT_OK;
  }
  for (const model of models) {
    const fields = model.fields.length;
    console.log(`${model.id.padEnd(10)} ${model.version.padEnd(5)} ${model.code.padEnd(10)} ${model.name} → ${model.recipient}, ${fields} fält, ${model.rules.length} ${model.rules.length === 1 ? 'regel' : 'regler'}`);
    for (const older of catalog.versionsOf(model.id).filter((version) => version !== model).reverse()) {
      console.log(`${''.padEnd(10)} ${older.version.padEnd(5)} ${say('äldre version', 'earlier version')}${older.retired ? say(`, används inte efter ${older.retired}`, `, retired after ${older.retired}`) : ''}, ${older.fields.length} ${say('fält', 'fields')}`);
    }
  }
  return EXIT_OK;
}
