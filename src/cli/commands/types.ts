/** `intyg types`: list the document types: certificates, and consents, registrations and cases. */

import { commandRuntime } from '../runtime.js';
import { EXIT_OK } from '../io.js';
import { say } from '../lang.js';
import type { CertificateModel } from '../../model/types.js';

const KIND_NAMES: Record<CertificateModel['document'], [string, string]> = {
  certificate: ['intyg', 'certificate'], consent: ['samtycke', 'consent'], registration: ['registrering', 'registration'], case: ['ärende', 'case'],
};

export async function runTypes(options: { json?: boolean }): Promise<number> {
  const catalog = (await commandRuntime()).models;
  const models = [...catalog.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Every version of a type, oldest first; the current one is the type's own line.
  const versions = (id: string) => catalog.versionsOf(id).map(({ version, retired }) => ({ version, ...(retired ? { retired } : {}) }));
  if (options.json) {
    console.log(JSON.stringify(models.map(({ id, version, document, code, name, recipient, issuers, delivery }) => ({ id, version, document, code, name, recipient, issuers, delivery, versions: versions(id) })), null, 2));
    return EXIT_OK;
  }
  for (const model of models) {
    const fields = model.fields.length;
    const target = model.recipient ?? say(...KIND_NAMES[model.document]);
    console.log(`${model.id.padEnd(24)} ${model.version.padEnd(5)} ${model.code.padEnd(12)} ${model.name} → ${target}, ${fields} fält, ${model.rules.length} ${model.rules.length === 1 ? 'regel' : 'regler'}`);
    for (const older of catalog.versionsOf(model.id).filter((version) => version !== model).reverse()) {
      console.log(`${''.padEnd(24)} ${older.version.padEnd(5)} ${say('äldre version', 'earlier version')}${older.retired ? say(`, används inte efter ${older.retired}`, `, retired after ${older.retired}`) : ''}, ${older.fields.length} ${say('fält', 'fields')}`);
    }
  }
  return EXIT_OK;
}
