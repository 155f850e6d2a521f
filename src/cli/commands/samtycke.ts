/**
 * `intyg samtycke <file.ndjson|-> --actor A [--date D] [--patient P] [--information I] [--json]`:
 * is there a valid consent for the actor on the date? Reads the patient's consent documents (or a
 * region's, with --patient); exit 0 when there is, 1 when there is not, with the reason either way.
 */

import { actorNames, consentFor, type ConsentAnswer } from '../../documents/consent.js';
import { createHistory } from '../../documents/history.js';
import { todayIso } from '../../util/dates.js';
import { readDocuments } from '../documents-ndjson.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';
import { commandRuntime } from '../runtime.js';
import { dateFlag } from '../flags.js';

export interface SamtyckeOptions {
  actor: string;
  date?: string;
  patient?: string;
  information?: string;
  json?: boolean;
}

export async function runSamtycke(file: string, options: SamtyckeOptions): Promise<number> {
  const date = dateFlag(options.date, '--date') ?? todayIso();
  const runtime = await commandRuntime();
  const documents = await readDocuments(file);
  const history = createHistory(runtime, { consents: documents }, { today: todayIso() });
  const patients = [...history.consents.keys()];
  const personId = options.patient?.replace('-', '') ?? (patients.length === 1 ? patients[0] : undefined);
  if (personId === undefined) {
    throw new UsageError(patients.length === 0
      ? say(`${file} har inget giltigt samtycke att pröva${history.rejectedConsents.length ? ` (${history.rejectedConsents.length} ogiltiga)` : ''}.`, `${file} has no valid consent to check${history.rejectedConsents.length ? ` (${history.rejectedConsents.length} invalid)` : ''}.`)
      : say(`${file} har samtycken för ${patients.length} patienter; ange vilken med --patient.`, `${file} has consents for ${patients.length} patients; choose one with --patient.`));
  }
  const known = new Set([...runtime.models.values()].flatMap((model) => Object.keys(actorNames(model))));
  if (!known.has(options.actor)) throw new UsageError(say(`Okänd aktör ${JSON.stringify(options.actor)}. Kända: ${[...known].sort().join(', ')}.`, `Unknown actor ${JSON.stringify(options.actor)}. Known: ${[...known].sort().join(', ')}.`));
  const answer: ConsentAnswer = consentFor([...history.consents.values()].flat(), { personId, actor: options.actor, date, ...(options.information ? { information: options.information } : {}) });
  if (options.json) console.log(JSON.stringify({ personId, actor: options.actor, date, ...answer, rejected: history.rejectedConsents }, null, 2));
  else {
    console.log(`${answer.valid ? say('Ja', 'Yes') : say('Nej', 'No')}: ${answer.reason}`);
    for (const rejected of history.rejectedConsents) console.error(say(`rad ${rejected.index + 1}${rejected.id ? ` (${rejected.id})` : ''} räknas inte: ${rejected.reason}`, `line ${rejected.index + 1}${rejected.id ? ` (${rejected.id})` : ''} does not count: ${rejected.reason}`));
  }
  return answer.valid ? EXIT_OK : EXIT_INVALID;
}
