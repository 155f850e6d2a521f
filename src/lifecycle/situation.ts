/**
 * What every action's rule looks at, computed once per call: the type's policy, the status the
 * user sees, and the patient's identity. Also the refusals several actions share, so the same
 * situation gets the same Swedish reason whichever action asks.
 */

import { PROFESSION_NAMES, isIssued, type IssuedModel } from '../model/types.js';
import { catalogOf, isRetired, versionList, type ModelCatalog } from '../model/catalog.js';
import { addDays } from '../util/dates.js';
import { parsePersonIdentity, type IdentityResult } from '../util/personnummer.js';
import { statusOf } from './status.js';
import { nounForms, type NounForms } from '../model/noun.js';
import type { LifecycleCertificate, LifecycleContext, LifecycleStatus, Refusal } from './types.js';

export interface Situation {
  certificate: LifecycleCertificate;
  context: LifecycleContext;
  /** The model of the certificate's own version (the current one when the payload names none). */
  model: IssuedModel;
  /** The type's current version: what new drafts are made in. */
  current: IssuedModel;
  /** Every version of every type the context knows. */
  catalog: ModelCatalog;
  status: LifecycleStatus;
  identity: IdentityResult;
}

export { PROFESSION_NAMES } from '../model/types.js';

const catalogs = new WeakMap<object, ModelCatalog>();

/** `context.models` as a catalog of versions; a runtime's `models` already is one. */
export function catalogFor(models: LifecycleContext['models']): ModelCatalog {
  let catalog = catalogs.get(models);
  if (!catalog) catalogs.set(models, (catalog = catalogOf(models)));
  return catalog;
}

export function situationOf(certificate: LifecycleCertificate, context: LifecycleContext): Situation | Refusal {
  const catalog = catalogFor(context.models);
  const current = catalog.get(certificate.type);
  if (!current) return { code: 'unknown-type', reason: `Okänd intygstyp "${certificate.type}".` };
  // Consents, registrations and cases are written and stored, never signed, sent or revoked.
  if (!isIssued(current)) return { code: 'not-a-certificate', reason: `${current.name} är inget intyg; åtgärderna gäller bara intyg.` };
  const model = certificate.version === undefined ? current : catalog.find(certificate.type, certificate.version);
  if (!model || !isIssued(model)) {
    const versions = versionList(catalog.versionsOf(certificate.type).map((known) => known.version));
    return { code: 'unknown-version', reason: `${current.name} finns i version ${versions}, inte ${JSON.stringify(certificate.version)}.` };
  }
  return {
    certificate,
    context,
    model,
    current,
    catalog,
    status: statusOf(certificate, context),
    identity: parsePersonIdentity(certificate.patient?.personId, context.today),
  };
}

export const refuse = (code: string, reason: string): Refusal => ({ code, reason });

/** The document's noun forms (intyg / anmälan), for every text about it. */
export function wordsOf(situation: Situation): NounForms {
  return nounForms(situation.model.documentNoun);
}

function stateReasons(n: NounForms): Record<LifecycleStatus, string> {
  return {
    draft: `${n.The} är ett utkast och har inte signerats.`,
    locked: 'Utkastet är låst och kan inte ändras. Det kan bara raderas, makuleras eller kopieras till ett nytt utkast.',
    signed: `${n.The} är redan ${n.pp('signerat', 'signerad')}.`,
    sent: `${n.The} är redan ${n.pp('signerat', 'signerad')} och ${n.pp('skickat', 'skickad')}.`,
    replaced: `${n.The} har ersatts av ${n.pp('ett nytt', 'en ny')} ${n.noun}.`,
    revoked: `${n.The} är ${n.pp('makulerat', 'makulerad')}.`,
    deleted: 'Utkastet är raderat.',
  };
}

/** Refuses unless the status is one of `allowed`; the reason describes the actual status. */
export function requireStatus(situation: Situation, allowed: readonly LifecycleStatus[], reasons: Partial<Record<LifecycleStatus, string>> = {}): Refusal | null {
  if (allowed.includes(situation.status)) return null;
  return refuse(`status-${situation.status}`, reasons[situation.status] ?? stateReasons(wordsOf(situation))[situation.status]);
}

/** Create, update and forward: the signers and the writing care staff of the type's policy. */
export function requireWriter(situation: Situation, model: IssuedModel = situation.model): Refusal | null {
  const { profession } = situation.context.user;
  if (model.lifecycle.writers.includes(profession)) return null;
  return refuse('not-writer', `${PROFESSION_NAMES[profession]} får inte skriva ${model.name}.`);
}

export function requireSigner(situation: Situation, verb = 'signera'): Refusal | null {
  const { profession } = situation.context.user;
  if (situation.model.lifecycle.signers.includes(profession)) return null;
  const who = situation.model.lifecycle.signers.map((p) => PROFESSION_NAMES[p].toLowerCase()).join(', ');
  return refuse('not-signer', `${PROFESSION_NAMES[profession]} får inte ${verb} ${situation.model.name}. Det får bara: ${who}.`);
}

/** certificate-service ActionRulePatientAlive, word for word. */
export const PATIENT_DECEASED_REASON = 'Du kan ej utföra den begärda åtgärden eftersom patienten är avliden.';
/** certificate-service ActionRuleProtectedPerson, word for word. */
export const PROTECTED_PERSON_REASON =
  'Du saknar behörighet för den begärda åtgärden. Det krävs särskilda rättigheter eller en specifik befattning för att hantera patienter med skyddade personuppgifter.';
/** certificate-service ActionRuleBlockTestIndicatedPerson. */
export const TEST_PERSON_REASON = 'Åtgärden kan inte utföras för testpersoner.';
/** certificate-service CertificateActionPrint's body for a protected person. */
export const PROTECTED_PRINT_NOTICE = 'Patienten har skyddade personuppgifter. Hantera utskriften varsamt.';

/**
 * Creating, replacing, renewing, complementing and creating from a template need a living patient
 * (ActionRulePatientAlive), except for types made for the deceased (`deceasedPatient: allow`).
 */
export function requirePatientAlive(situation: Situation, model: IssuedModel = situation.model): Refusal | null {
  return situation.context.patientDeceased && model.lifecycle.deceasedPatient === 'refuse' ? refuse('patient-deceased', PATIENT_DECEASED_REASON) : null;
}

/**
 * A patient with protected identity: only the type's `protectedPersons` roles may act, and on a
 * stored certificate only on its own care unit (ActionRuleProtectedPerson, Webcert's
 * HANTERA_SEKRETESSMARKERAD_PATIENT). `stored` is false for actions that start from nothing.
 */
export function requireProtectedAccess(situation: Situation, stored: boolean, model: IssuedModel = situation.model): Refusal | null {
  const { context } = situation;
  if (!context.patientProtected) return null;
  if (!model.lifecycle.protectedPersons.includes(context.user.profession)) return refuse('protected-person', PROTECTED_PERSON_REASON);
  if (stored && context.record?.careUnit !== undefined && context.record.careUnit !== context.user.careUnit) return refuse('protected-person-unit', PROTECTED_PERSON_REASON);
  return null;
}

/**
 * A retired version takes no new drafts and signs nothing (`retired:` is its last day), as
 * certificate-service's ActionRuleActiveCertificateModel keeps inactive models from both; its
 * signed certificates are still read, printed and revoked.
 */
export function requireLiveVersion(situation: Situation, verb: 'skapa' | 'signera'): Refusal | null {
  const { model, current, context } = situation;
  if (!isRetired(model, context.today)) return null;
  const since = addDays(model.retired!, 1);
  const what = `${model.name} version ${model.version}`;
  const next = current.version !== model.version && !isRetired(current, context.today) ? current.version : undefined;
  return verb === 'skapa'
    ? refuse('version-retired', `Du kan ej skapa ett utkast av ${what} eftersom versionen inte används sedan ${since}.${next ? ` Skapa utkastet i version ${next}.` : ''}`)
    : refuse('version-retired', `Du kan ej signera utkastet eftersom ${what} inte används sedan ${since}.${next ? ` Migrera utkastet till version ${next}, eller skapa ett nytt utkast.` : ''}`);
}

/** A malformed person id blocks everything that issues a certificate. */
export function requireIdentity(situation: Situation): Refusal | null {
  return situation.identity.ok ? null : refuse(situation.identity.code, situation.identity.message);
}

export const RESERVE_NUMBER_REASON = 'Patienten har reservnummer. Intyg för patienter med reservnummer kan inte skickas elektroniskt; skriv ut intyget.';

export function reserveNumberReason(n: NounForms): string {
  return n.noun === 'intyg' ? RESERVE_NUMBER_REASON : `Patienten har reservnummer. ${n.The} kan då inte skickas elektroniskt; skriv ut ${n.the}.`;
}

/** Can this certificate go to its recipient electronically at all? */
export function electronicRefusal(situation: Situation): Refusal | null {
  const n = wordsOf(situation);
  if (!situation.model.lifecycle.electronic) {
    return refuse('print-only', `${n.The} kan inte skickas elektroniskt. ${n.thisOne} behöver du skriva ut och skicka själv.`);
  }
  if (situation.identity.ok && !situation.identity.identity.electronic) return refuse('reserve-number', reserveNumberReason(n));
  return null;
}

/** The first refusal among the checks, in order. */
export function firstRefusal(...checks: Array<Refusal | null | (() => Refusal | null)>): Refusal | null {
  for (const check of checks) {
    const result = typeof check === 'function' ? check() : check;
    if (result) return result;
  }
  return null;
}

export function isIssuedSituation(situation: Situation): boolean {
  return situation.status === 'signed' || situation.status === 'sent' || situation.status === 'replaced';
}
