/** The semantic checks, in the order their diagnostics read best. */
import type { SemanticCheck } from './check.js';
import conditionReferences from './condition-references.js';
import documentKind from './document-kind.js';
import duplicateIds from './duplicate-ids.js';
import emptyTexts from './empty-texts.js';
import idMatchesFolder from './id-matches-folder.js';
import kindKeys from './kind-keys.js';
import lifecyclePolicy from './lifecycle-policy.js';
import knownRecipient from './known-recipient.js';
import messageKeys from './message-keys.js';
import messageOverrides from './message-overrides.js';
import printHideable from './print-hideable.js';
import reservedIds from './reserved-ids.js';
import retiredDate from './retired-date.js';
import ruleReachable from './rule-reachable.js';
import ruleTargets from './rule-targets.js';
import versionFormat from './version-format.js';
import versionMatchesFolder from './version-matches-folder.js';
import visibilityCycle from './visibility-cycle.js';

export const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  idMatchesFolder, versionFormat, versionMatchesFolder, retiredDate, documentKind, duplicateIds, reservedIds, emptyTexts, knownRecipient, kindKeys, messageKeys, messageOverrides, conditionReferences,
  ruleTargets, ruleReachable, printHideable, lifecyclePolicy, visibilityCycle,
];
