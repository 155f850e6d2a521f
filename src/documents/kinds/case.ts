/**
 * A case (ärende) from 1177 e-tjänster, seed 003: when it came in, its status (new, partial
 * reply, counter-question, answered, closed), when the first reply of any kind went out, and who
 * handles it. Whether the first reply came within the working days the definition allows is
 * computed by `src/documents/cases.ts` with the Swedish working-day calendar.
 */

import type { DocumentKindSpec } from '../kind.js';
import { checkId, checkKeys, checkPatient, checkPerson, checkTimestamp, checkUnit, missing, pick } from '../envelope-parts.js';
import { swedishInstant } from '../time.js';

/** The statuses of a case in 1177 e-tjänster; `ny` until someone replies. */
export const CASE_STATUSES = ['ny', 'delsvar', 'motfraga', 'besvarad', 'avslutad'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_NAMES: Record<CaseStatus, string> = {
  ny: 'Ny, inte besvarad', delsvar: 'Delsvar skickat', motfraga: 'Motfråga ställd', besvarad: 'Besvarad', avslutad: 'Avslutad',
};

/** Every key a payload of this kind may have. */
const ENVELOPE_KEYS = ['id', 'receivedAt', 'status', 'firstReplyAt', 'patient', 'handledBy', 'unit'] as const;
const KEYS: readonly string[] = ['type', 'version', 'answers', ...ENVELOPE_KEYS];

const caseKind: DocumentKindSpec = {
  kind: 'case',
  noun: 'ärendet',
  plural: 'ärenden',
  typeSuffix: 'Case',
  envelopeType: 'CaseEnvelope',
  envelopeKeys: ENVELOPE_KEYS,
  facts: ['today', 'patient', 'unit', 'handler'],
  unitContactByDefault: 'optional',
  checkEnvelope(document, model, _today, errors) {
    checkKeys(document, KEYS, 'ärendet', errors);
    checkId(document, errors);
    const received = checkTimestamp('receivedAt', document.receivedAt, 'Ange när ärendet kom in.', errors);
    const status = document.status;
    if (status !== undefined && !(CASE_STATUSES as readonly unknown[]).includes(status)) {
      errors.push({ field: 'status', code: 'invalid-type', message: `Okänd status. Tillåtna: ${CASE_STATUSES.join(', ')}.` });
    }
    const replied = checkTimestamp('firstReplyAt', document.firstReplyAt, undefined, errors);
    if (document.firstReplyAt === undefined && status !== undefined && status !== 'ny' && (CASE_STATUSES as readonly unknown[]).includes(status)) {
      errors.push(missing('firstReplyAt', 'Ange när invånaren fick första återkopplingen.'));
    }
    if (document.firstReplyAt !== undefined && (status === undefined || status === 'ny')) {
      errors.push({ field: 'status', code: 'status-conflict', message: 'Ärendet har fått återkoppling och kan inte ha status ny.' });
    }
    if (received && replied && swedishInstant(document.firstReplyAt as string) < swedishInstant(document.receivedAt as string)) {
      errors.push({ field: 'firstReplyAt', code: 'reply-before-received', message: 'Återkopplingen kan inte ha skickats innan ärendet kom in.' });
    }
    checkPatient(document, errors);
    checkPerson('handledBy', document.handledBy, {}, [], errors);
    checkUnit(document, model, true, errors);
  },
  contextFacts: (document) => ({ handler: pick(document.handledBy, ['hsaId', 'name', 'profession']) }),
};

export default caseKind;
