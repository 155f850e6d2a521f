/**
 * A patient history for validating registrations: their certificates (for "on sick leave on the
 * contact date", through the existing `sjukfall()`) and their consents (for "valid consent for
 * this actor on that date"). Built once over a region's data, indexed by patient, then asked per
 * document. A consent counts only when `validate()` finds it valid: an incomplete consent grants
 * nothing.
 */

import { sjukfall, type SickLeaveCertificate } from '../decision/sjukfall.js';
import { isPlainObject } from '../fields/kind.js';
import type { Runtime } from '../runtime/runtime.js';
import { actorsWithConsent, consentFor, consentRecord, type ConsentAnswer, type ConsentQuery, type ConsentRecord } from './consent.js';
import type { History } from './history-types.js';
import { personIdOf } from './patient.js';

export type { History } from './history-types.js';

export interface HistoryInput {
  /** The patients' certificates (FK7804/AG7804 payloads, or what `sjukfall()` reads of them). */
  certificates?: readonly unknown[];
  /** The patients' consent documents. */
  consents?: readonly unknown[];
}

export interface PatientHistory extends History {
  /** The valid consents, by patient. */
  readonly consents: ReadonlyMap<string, readonly ConsentRecord[]>;
  /** Consents left out because they did not validate, with the first reason. */
  readonly rejectedConsents: ReadonlyArray<{ index: number; id?: string; reason: string }>;
}

/** A patient's certificates, and their periods flat as [from, to, from, to, …] for the quick look. */
interface OwnCertificates {
  certificates: SickLeaveCertificate[];
  periods: string[];
}

function periodsOf(certificate: SickLeaveCertificate, into: string[]): void {
  const periods = certificate.answers?.sjukskrivning;
  for (const key in periods) {
    const period = periods[key];
    if (period && typeof period.from === 'string' && typeof period.to === 'string') into.push(period.from, period.to);
  }
}

/**
 * Whether any period is around the date. sjukfall() (with no recently ended days) finds a case
 * only through a certificate whose period covers the date, so when none does the answer is no
 * without asking it; every other answer is sjukfall()'s own.
 */
function anyPeriodCovers(periods: readonly string[], date: string): boolean {
  for (let i = 0; i < periods.length; i += 2) if (periods[i] <= date && date <= periods[i + 1]) return true;
  return false;
}

const NONE: readonly string[] = Object.freeze([]);

export function createHistory(runtime: Pick<Runtime, 'models' | 'validate'>, input: HistoryInput, options: { today?: string } = {}): PatientHistory {
  let certificates: Map<string, OwnCertificates> | undefined;
  if (input.certificates) {
    certificates = new Map();
    for (const certificate of input.certificates) {
      const personId = personIdOf(certificate);
      const answers = isPlainObject(certificate) && isPlainObject(certificate.answers) ? certificate.answers : undefined;
      if (!personId || answers?.sjukskrivning === undefined) continue;
      let own = certificates.get(personId);
      if (!own) certificates.set(personId, (own = { certificates: [], periods: [] }));
      own.certificates.push(certificate as SickLeaveCertificate);
      periodsOf(certificate as SickLeaveCertificate, own.periods);
    }
  }
  const rejectedConsents: Array<{ index: number; id?: string; reason: string }> = [];
  let consents: Map<string, ConsentRecord[]> | undefined;
  if (input.consents) {
    consents = new Map();
    const validateOptions = options.today ? { today: options.today } : {};
    input.consents.forEach((document, index) => {
      const model = isPlainObject(document) && typeof document.type === 'string' ? runtime.models.get(document.type) : undefined;
      const id = isPlainObject(document) && typeof document.id === 'string' ? document.id : undefined;
      if (model?.document !== 'consent') {
        rejectedConsents.push({ index, ...(id ? { id } : {}), reason: 'Inget samtycke (okänd typ eller en annan dokumenttyp).' });
        return;
      }
      const result = runtime.validate(document, validateOptions);
      const record = result.valid ? consentRecord(document, model) : undefined;
      if (!record) {
        rejectedConsents.push({ index, ...(id ? { id } : {}), reason: result.errors[0] ? `${result.errors[0].field}: ${result.errors[0].message}` : 'Samtycket saknar patient eller datum.' });
        return;
      }
      const own = consents!.get(record.personId);
      if (own) own.push(record);
      else consents!.set(record.personId, [record]);
    });
  }
  return {
    consents: consents ?? new Map(),
    rejectedConsents,
    onSickLeave(personId, date) {
      if (!certificates) return undefined;
      const own = certificates.get(personId.replace('-', ''));
      if (!own || !anyPeriodCovers(own.periods, date)) return false;
      // The patient's own certificates from any unit: a case is ongoing on the date, not just recently ended.
      return sjukfall(own.certificates, { activeDate: date }).some((found) => !found.recentlyEnded);
    },
    consentedActors(personId, date) {
      if (!consents) return undefined;
      const own = consents.get(personId.length === 13 ? personId.replace('-', '') : personId);
      return own ? actorsWithConsent(own, date) : NONE;
    },
  };
}

/**
 * "Is there valid consent for actor X on date D?" over a patient's consent documents: each is
 * validated first (an incomplete consent grants nothing), then consentFor() answers with the reason.
 */
export function validConsent(runtime: Pick<Runtime, 'models' | 'validate'>, consents: readonly unknown[], query: ConsentQuery, options: { today?: string } = {}): ConsentAnswer {
  const history = createHistory(runtime, { consents }, options);
  return consentFor([...history.consents.values()].flat(), query);
}
