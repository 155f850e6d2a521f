/**
 * `intyg actions <file|-> --as <profession> [--today D] [--json]`: which actions the user may take
 * on a certificate now, and the Swedish reason for each one refused. The file is a payload, or
 * `{ certificate, context }` where context carries what the payload does not: record, relations,
 * existing certificates, consent, user care unit and provider.
 */

import { ACTION_NAMES, availableActions, isEmptyDraft, statusOf, type LifecycleCertificate, type LifecycleContext } from '../../lifecycle/index.js';
import { PROFESSIONS, type Profession } from '../../model/types.js';
import { commandRuntime } from '../runtime.js';
import { todayIso } from '../../util/dates.js';
import { EXIT_OK, UsageError, readJsonInput } from '../io.js';
import { dateFlag } from '../flags.js';

export interface ActionsCommandOptions {
  as: string;
  today?: string;
  json?: boolean;
}

type ContextInput = Partial<Omit<LifecycleContext, 'models' | 'runtime' | 'user'>> & { user?: Partial<LifecycleContext['user']> };

function readInput(source: string): { certificate: LifecycleCertificate; context: ContextInput } {
  const input = readJsonInput(source) as Record<string, unknown> | null;
  if (!input || typeof input !== 'object') throw new UsageError(`${source} är inget intyg.`);
  const wrapped = 'certificate' in input;
  const certificate = (wrapped ? input.certificate : input) as LifecycleCertificate;
  if (!certificate || typeof certificate.type !== 'string') throw new UsageError(`${source}: intyget saknar type.`);
  return { certificate, context: (wrapped ? (input.context ?? {}) : {}) as ContextInput };
}

export async function runActions(source: string, options: ActionsCommandOptions): Promise<number> {
  if (!(PROFESSIONS as readonly string[]).includes(options.as)) throw new UsageError(`--as ska vara en av: ${PROFESSIONS.join(', ')}.`);
  dateFlag(options.today, '--today');
  const { certificate, context: given } = readInput(source);
  const runtime = await commandRuntime();
  const { models } = runtime;
  if (!models.has(certificate.type)) throw new UsageError(`Okänd intygstyp "${certificate.type}". Se intyg types.`);
  const context: LifecycleContext = {
    ...given,
    models,
    runtime,
    today: options.today ?? given.today ?? todayIso(),
    user: { careUnit: 'enhet', careProvider: 'vardgivare', ...given.user, profession: options.as as Profession },
  };
  const result = availableActions(certificate, context);
  const status = statusOf(certificate, context);
  // The journal tells "Tomt utkast" (created, not started) from "Utkast".
  const shown = status === 'draft' && isEmptyDraft(certificate) ? 'draft (tomt utkast)' : status;
  if (options.json) {
    console.log(JSON.stringify({ type: certificate.type, status, emptyDraft: status === 'draft' && isEmptyDraft(certificate), actions: result }, null, 2));
    return EXIT_OK;
  }
  console.log(`${models.get(certificate.type)!.name}, status ${shown}, som ${options.as}:`);
  for (const entry of result) {
    const name = `${entry.action} (${ACTION_NAMES[entry.action]})`;
    if (entry.allowed) console.log(`  tillåten  ${name}${entry.notices.map((notice) => `\n            ${notice}`).join('')}`);
    else console.log(`  nej       ${name}: ${entry.reason} [${entry.code}]`);
  }
  return EXIT_OK;
}
