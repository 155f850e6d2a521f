/**
 * New drafts are written in the type's current version. Copying a locked draft, renewing,
 * replacing or complementing a certificate of an earlier version therefore goes through the
 * migration (`runtime/migrate.ts`, the same steps `intyg migrate` takes), and the new draft carries
 * the report: what moved, changed or could not be carried over, and what is now required.
 *
 * The lifecycle has no code systems, so its plans decide visibility only: the report leaves out
 * what the runtime's validation would add (`invalid`, an answer over a narrower limit); validating
 * the new draft shows that.
 */

import { VersionedMap } from '../model/catalog.js';
import type { CertificateModel } from '../model/types.js';
import { migrateAnswers, migrationPath } from '../runtime/migrate.js';
import type { Plan } from '../runtime/plan.js';
import { planOf } from './clean.js';
import { newDraft } from './actions/rule.js';
import type { Situation } from './situation.js';
import type { NewCertificate } from './types.js';

const planSets = new WeakMap<CertificateModel, VersionedMap<Plan>>();

/** The visibility plans of every version of `current`'s type. */
function plansOf(situation: Situation): VersionedMap<Plan> {
  const { current, catalog } = situation;
  let plans = planSets.get(current);
  if (!plans) planSets.set(current, (plans = new VersionedMap(catalog.versionsOf(current.id).map(planOf), (plan) => plan.model)));
  return plans;
}

/**
 * A new draft of the certificate's type in its current version, with `answers` (the source
 * version's). `leaveOut` names fields of the current version the action does not carry (Förnya's
 * `notCopiedOnRenew`); they are removed after the migration steps and reported only when required.
 */
export function draftInCurrentVersion(situation: Situation, answers: Record<string, unknown>, leaveOut: ReadonlySet<string> = new Set()): Omit<NewCertificate, 'relation'> | undefined {
  const { model, current, certificate, context } = situation;
  if (model === current) return undefined;
  const steps = migrationPath(plansOf(situation), current.id, model.version, current.version);
  if (!Array.isArray(steps)) return undefined;
  const { certificate: migrated, report } = migrateAnswers(steps, newDraft(model, certificate, answers) as unknown as Record<string, unknown>, { today: context.today, leaveOut });
  return { certificate: newDraft(current, certificate, migrated.answers as Record<string, unknown>), migration: report };
}
