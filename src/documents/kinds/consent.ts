/**
 * A consent to break confidentiality (samtycke för sekretesslättning): when and by whom it was
 * obtained (any care profession may, seed 001) and the withdrawals, wholly or in part, the patient
 * has made since. Which actors and information it covers are answers of the form, named by the
 * definition's `consent:`; validity is computed by `src/documents/consent.ts`.
 */

import { isPlainObject, type Issue } from '../../fields/kind.js';
import type { CertificateModel } from '../../model/types.js';
import { actorNames, consentActors } from '../consent.js';
import type { DocumentKindSpec } from '../kind.js';
import { checkDate, checkId, checkKeys, checkPatient, checkPerson, checkUnit, pick, typeIssue } from '../envelope-parts.js';

const WITHDRAWAL_KEYS = ['date', 'actors', 'information', 'note'];

export function informationOptions(model: CertificateModel): Array<{ id: string; label: string }> {
  const field = model.fields.find((candidate) => candidate.id === model.consent?.informationField);
  return (field?.props.options as Array<{ id: string; label: string }> | undefined) ?? [];
}

function checkList(path: string, value: unknown, allowed: ReadonlySet<string>, errors: Issue[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return void errors.push(typeIssue(path)), [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    if (typeof item !== 'string') errors.push(typeIssue(`${path}[${index}]`));
    else if (!allowed.has(item)) errors.push({ field: `${path}[${index}]`, code: 'unknown-option', message: 'Välj ett alternativ.' });
    else if (seen.has(item)) errors.push({ field: `${path}[${index}]`, code: 'duplicate', message: 'Ange varje alternativ bara en gång.' });
    seen.add(item);
  });
  return [...seen];
}

function checkWithdrawals(document: Record<string, unknown>, model: CertificateModel, today: string, errors: Issue[]): void {
  const value = document.withdrawals;
  if (value === undefined) return;
  if (!Array.isArray(value)) return void errors.push(typeIssue('withdrawals'));
  const actors = new Set(Object.keys(actorNames(model)));
  const information = new Set(informationOptions(model).map((option) => option.id));
  const covered = consentActors(document, model);
  value.forEach((item, index) => {
    const at = `withdrawals[${index}]`;
    if (!isPlainObject(item)) return void errors.push(typeIssue(at));
    for (const key of Object.keys(item)) if (!WITHDRAWAL_KEYS.includes(key) || (key === 'information' && information.size === 0)) errors.push({ field: `${at}.${key}`, code: 'unknown-field', message: `Okänd uppgift ${at}.${key}.` });
    if (item.date === undefined) errors.push(typeIssue(`${at}.date`, 'Ange från vilket datum samtycket tas tillbaka.'));
    else if (checkDate(`${at}.date`, item.date, today, { notAfterToday: 'Ett samtycke kan inte tas tillbaka efter dagens datum.' }, errors) && typeof document.obtainedOn === 'string' && item.date < document.obtainedOn) {
      errors.push({ field: `${at}.date`, code: 'withdrawn-before-obtained', message: 'Samtycket kan inte tas tillbaka före den dag det inhämtades.' });
    }
    const listed = checkList(`${at}.actors`, item.actors, actors, errors);
    listed.forEach((actor) => {
      if (actors.has(actor) && !covered.includes(actor)) errors.push({ field: `${at}.actors`, code: 'withdrawal-not-covered', message: `Samtycket gäller inte ${actorNames(model)[actor] ?? actor}; det kan inte tas tillbaka för den aktören.` });
    });
    if (information.size) checkList(`${at}.information`, item.information, information, errors);
    if (item.note !== undefined && typeof item.note !== 'string') errors.push(typeIssue(`${at}.note`));
  });
}

/** Every key a payload of this kind may have. */
const ENVELOPE_KEYS = ['id', 'obtainedOn', 'patient', 'obtainedBy', 'unit', 'withdrawals'] as const;
const KEYS: readonly string[] = ['type', 'version', 'answers', ...ENVELOPE_KEYS];

const consent: DocumentKindSpec = {
  kind: 'consent',
  noun: 'samtycket',
  plural: 'samtycken',
  typeSuffix: 'Consent',
  envelopeType: 'ConsentEnvelope',
  envelopeKeys: ENVELOPE_KEYS,
  facts: ['today', 'patient', 'unit', 'obtained'],
  unitContactByDefault: 'optional',
  checkEnvelope(document, model, today, errors) {
    checkKeys(document, KEYS, 'samtycket', errors);
    checkId(document, errors);
    checkDate('obtainedOn', document.obtainedOn, today, { required: 'Ange datum då samtycket inhämtades.', notAfterToday: 'Samtycket kan inte ha inhämtats efter dagens datum.' }, errors);
    checkPatient(document, errors);
    checkPerson('obtainedBy', document.obtainedBy, { profession: 'Ange yrke för den som inhämtade samtycket.' }, [], errors);
    checkUnit(document, model, false, errors);
    checkWithdrawals(document, model, today, errors);
  },
  contextFacts: (document) => ({
    obtained: { date: typeof document.obtainedOn === 'string' ? document.obtainedOn : undefined, ...pick(document.obtainedBy, ['hsaId', 'name', 'profession']) },
  }),
};

export default consent;
