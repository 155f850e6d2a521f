/**
 * A registration of a care contact (vårdkontakt): no signature and no recipient, but a contact
 * date, the person responsible for the contact (who writes the note, seed 001) and the unit it
 * is counted for. Its conditions may read the contact date, the performer, and from the patient's
 * history whether they are on sick leave that day and which actors they have consented to.
 */

import type { DocumentKindSpec } from '../kind.js';
import { checkDate, checkId, checkKeys, checkPatient, checkPerson, checkUnit, pick } from '../envelope-parts.js';
import { personIdOf } from '../patient.js';

const PERFORMER_FLAGS = ['rehabCoordinator'] as const;
const NO_ACTORS: readonly string[] = Object.freeze([]);

/** Every key a payload of this kind may have. */
const ENVELOPE_KEYS = ['id', 'contactDate', 'patient', 'performedBy', 'unit'] as const;
const KEYS: readonly string[] = ['type', 'version', 'answers', ...ENVELOPE_KEYS];

const registration: DocumentKindSpec = {
  kind: 'registration',
  noun: 'registreringen',
  plural: 'registreringar',
  typeSuffix: 'Registration',
  envelopeType: 'RegistrationEnvelope',
  envelopeKeys: ENVELOPE_KEYS,
  facts: ['today', 'patient', 'unit', 'contact', 'performer', 'sickLeave', 'consent'],
  unitContactByDefault: 'optional',
  checkEnvelope(document, model, today, errors) {
    checkKeys(document, KEYS, 'registreringen', errors);
    checkId(document, errors);
    checkDate('contactDate', document.contactDate, today, { required: 'Ange vårdkontaktens datum.', notAfterToday: 'Vårdkontakten kan inte ha ägt rum efter dagens datum.' }, errors);
    checkPatient(document, errors);
    checkPerson('performedBy', document.performedBy, { profession: 'Ange yrke för den som är ansvarig för vårdkontakten.' }, PERFORMER_FLAGS, errors);
    checkUnit(document, model, true, errors);
  },
  contextFacts(document, _model, history) {
    const date = typeof document.contactDate === 'string' ? document.contactDate : undefined;
    const personId = personIdOf(document);
    const performer = pick(document.performedBy, ['hsaId', 'name', 'profession', 'rehabCoordinator']);
    const onSickLeave = history && personId && date ? history.onSickLeave(personId, date) : undefined;
    const actors = history && personId && date ? history.consentedActors(personId, date) : undefined;
    return {
      contact: { date },
      performer,
      // Without a history (or a contact date to ask it about) both are unknown, not "no":
      // rules read `known` before they trust `ongoing` or `actors`.
      sickLeave: { known: onSickLeave !== undefined, ongoing: onSickLeave === true },
      consent: { known: actors !== undefined, actors: actors ?? NO_ACTORS },
    };
  },
};

export default registration;
