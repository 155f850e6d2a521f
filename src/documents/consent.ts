/**
 * Consent to break confidentiality (samtycke för sekretesslättning), seeds 001, 002 and 004:
 * valid for `validYears` (1) from the day it was obtained, covering the actors and information it
 * names, until the patient withdraws it wholly or in part. Pure: documents and their models in,
 * answers in Swedish out. `consentFor()` answers "is there valid consent for actor X on date D?".
 */

import { isPlainObject } from '../fields/kind.js';
import type { CertificateModel } from '../model/types.js';
import { addMonths, isIsoDate } from '../util/dates.js';
import { personIdOf } from './patient.js';

export interface Withdrawal {
  date: string;
  /** The actors it withdraws; none listed (and no information) means wholly. */
  actors?: string[];
  /** The information it withdraws, for the actors listed (or all). */
  information?: string[];
  note?: string;
}

/** A consent reduced to what validity depends on. */
export interface ConsentRecord {
  id?: string;
  type: string;
  personId: string;
  obtainedOn: string;
  /** The last day it is valid: the same date `validYears` later (Lag 1930:173; 29 Feb → 28 Feb). */
  validUntil: string;
  actors: string[];
  information: string[];
  withdrawals: Withdrawal[];
  /** Actor ids → their names, from the definition. */
  actorNames: Readonly<Record<string, string>>;
}

export interface ConsentQuery {
  personId: string;
  actor: string;
  date: string;
  /** An information id of the consent form; without it, any information covered counts. */
  information?: string;
}

export interface ConsentAnswer {
  valid: boolean;
  /** Why, in Swedish: which consent applies, or why none does. */
  reason: string;
  /** The consent that applies (or the one that came closest). */
  consent?: { id?: string; type: string; obtainedOn: string; validUntil: string };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function consentValidUntil(obtainedOn: string, years: number): string {
  return addMonths(obtainedOn, 12 * years);
}

/** The actors a consent covers: the form's one actor, or those ticked in its actors field. */
export function consentActors(document: Record<string, unknown>, model: CertificateModel): string[] {
  const policy = model.consent;
  if (!policy) return [];
  if (policy.actor) return [policy.actor.id];
  const answers = isPlainObject(document.answers) ? document.answers : {};
  return policy.actorsField ? strings(answers[policy.actorsField]) : [];
}

const NAMES = new WeakMap<CertificateModel, Readonly<Record<string, string>>>();

/** Actor ids and names a consent form can cover; worked out once per model. */
export function actorNames(model: CertificateModel): Readonly<Record<string, string>> {
  let names = NAMES.get(model);
  if (!names) {
    const policy = model.consent;
    const field = policy?.actorsField ? model.fields.find((candidate) => candidate.id === policy.actorsField) : undefined;
    names = Object.freeze(!policy ? {} : policy.actor ? { [policy.actor.id]: policy.actor.label }
      : Object.fromEntries(((field?.props.options as Array<{ id: string; label: string }> | undefined) ?? []).map((option) => [option.id, option.label])));
    NAMES.set(model, names);
  }
  return names;
}

/**
 * The record of a consent document, or undefined when it cannot grant anything: not a consent,
 * no patient, no real date obtained. Whether the document is otherwise valid is validate()'s
 * question; `createHistory()` asks it first.
 */
export function consentRecord(document: unknown, model: CertificateModel): ConsentRecord | undefined {
  if (!isPlainObject(document) || model.document !== 'consent' || !model.consent) return undefined;
  const personId = personIdOf(document);
  const obtainedOn = document.obtainedOn;
  if (!personId || !isIsoDate(obtainedOn)) return undefined;
  const answers = isPlainObject(document.answers) ? document.answers : {};
  const withdrawals: Withdrawal[] = [];
  if (Array.isArray(document.withdrawals)) {
    for (const item of document.withdrawals) {
      if (!isPlainObject(item) || !isIsoDate(item.date)) continue;
      const withdrawal: Withdrawal = { date: item.date };
      if (Array.isArray(item.actors) && item.actors.length) withdrawal.actors = strings(item.actors);
      if (Array.isArray(item.information) && item.information.length) withdrawal.information = strings(item.information);
      withdrawals.push(withdrawal);
    }
  }
  // Built key by key: a region's consents are read in one go, and spread-built objects cost more.
  const record: ConsentRecord = {
    type: model.id,
    personId,
    obtainedOn,
    validUntil: consentValidUntil(obtainedOn, model.consent.validYears),
    actors: consentActors(document, model),
    information: model.consent.informationField ? strings(answers[model.consent.informationField]) : [],
    withdrawals,
    actorNames: actorNames(model),
  };
  if (typeof document.id === 'string') record.id = document.id;
  return record;
}

/** Whether a withdrawal in force on `date` takes away `actor` (and `information`, when asked). */
function withdrawn(record: ConsentRecord, actor: string, date: string, information: string | undefined): Withdrawal | undefined {
  return record.withdrawals.find((withdrawal) => {
    if (withdrawal.date > date) return false;
    if (withdrawal.actors && !withdrawal.actors.includes(actor)) return false;
    if (!withdrawal.information) return true;
    // Some information withdrawn: the consent still holds for the rest unless that is what was asked.
    if (information !== undefined) return withdrawal.information.includes(information);
    return record.information.length > 0 && record.information.every((item) => withdrawal.information!.includes(item));
  });
}

/** consentValidOn's verdict without its words, for the many questions a region's registrations ask. */
function holds(record: ConsentRecord, actor: string, date: string): boolean {
  return record.actors.includes(actor) && date >= record.obtainedOn && date <= record.validUntil && !withdrawn(record, actor, date, undefined);
}

/** One consent on one day for one actor: valid, or why not. */
export function consentValidOn(record: ConsentRecord, query: Omit<ConsentQuery, 'personId'>): { valid: boolean; reason: string } {
  const actorName = record.actorNames[query.actor] ?? query.actor;
  const period = `inhämtat ${record.obtainedOn}, gäller till och med ${record.validUntil}`;
  if (!record.actors.includes(query.actor)) return { valid: false, reason: `Samtycket (${period}) gäller inte ${actorName}.` };
  if (query.information !== undefined && !record.information.includes(query.information)) {
    return { valid: false, reason: `Samtycket (${period}) omfattar inte uppgiften ${JSON.stringify(query.information)}.` };
  }
  if (query.date < record.obtainedOn) return { valid: false, reason: `Samtycket inhämtades först ${record.obtainedOn}.` };
  if (query.date > record.validUntil) return { valid: false, reason: `Samtycket (${period}) har gått ut: det gäller 1 år från inhämtandet.` };
  const taken = withdrawn(record, query.actor, query.date, query.information);
  if (taken) {
    const what = taken.actors ? ` för ${taken.actors.map((id) => record.actorNames[id] ?? id).join(', ')}` : taken.information ? ' delvis' : ' helt';
    return { valid: false, reason: `Patienten tog tillbaka samtycket${what} ${taken.date}.` };
  }
  return { valid: true, reason: `Giltigt samtycke för ${actorName} (${period}).` };
}

/**
 * Is there valid consent for `actor` on `date`? Looks through the patient's consents; the answer
 * names the consent that applies, or the reason the closest one does not (the latest obtained).
 */
export function consentFor(records: readonly ConsentRecord[], query: ConsentQuery): ConsentAnswer {
  const own = records.filter((record) => record.personId === query.personId.replace('-', ''));
  if (own.length === 0) return { valid: false, reason: 'Det finns inget samtycke för patienten.' };
  let closest: { record: ConsentRecord; reason: string } | undefined;
  for (const record of [...own].sort((a, b) => (a.obtainedOn < b.obtainedOn ? 1 : a.obtainedOn > b.obtainedOn ? -1 : 0))) {
    const outcome = consentValidOn(record, query);
    const summary = { ...(record.id !== undefined ? { id: record.id } : {}), type: record.type, obtainedOn: record.obtainedOn, validUntil: record.validUntil };
    if (outcome.valid) return { valid: true, reason: outcome.reason, consent: summary };
    // A consent that covers the actor explains the refusal better than one that never did.
    if (!closest || (!closest.record.actors.includes(query.actor) && record.actors.includes(query.actor))) closest = { record, reason: outcome.reason };
  }
  const record = closest!.record;
  return { valid: false, reason: closest!.reason, consent: { ...(record.id !== undefined ? { id: record.id } : {}), type: record.type, obtainedOn: record.obtainedOn, validUntil: record.validUntil } };
}

/** The actors a patient's consents cover on a day, each checked as `consentFor` would. */
export function actorsWithConsent(records: readonly ConsentRecord[], date: string): string[] {
  const actors = new Set<string>();
  for (const record of records) {
    if (date < record.obtainedOn || date > record.validUntil) continue;
    for (const actor of record.actors) if (!actors.has(actor) && holds(record, actor, date)) actors.add(actor);
  }
  return [...actors].sort();
}
