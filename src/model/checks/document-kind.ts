/**
 * A definition's keys fit its document kind: only certificates have a recipient, signers, a
 * delivery and a lifecycle; each kind's own block (`consent:`, `registration:`, `case:`) goes with
 * that kind only, and names fields of the kinds its role needs.
 */
import type { SemanticCheck, CheckContext } from './check.js';
import { documentKind } from '../../documents/registry.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { DocumentKind } from '../types.js';

const CERTIFICATE_ONLY = ['recipient', 'issuers', 'delivery', 'lifecycle', 'typeCode'] as const;
const OWN_BLOCK: Record<string, DocumentKind> = { consent: 'consent', registration: 'registration', case: 'case' };

/** The field a role names must exist and be of one of `kinds`. */
function roleField(context: CheckContext, pointer: (string | number)[], fieldId: string | undefined, kinds: readonly string[], role: string): void {
  if (fieldId === undefined) return;
  const field = context.model.fields.find((candidate) => candidate.id === fieldId);
  if (!field) {
    context.report(pointer, 'definition/role-unknown-field', `"${fieldId}" är inget fält i definitionen.${didYouMean(fieldId, context.model.fields.map((candidate) => candidate.id))} Ange fältet som ${role}.`);
  } else if (!kinds.includes(field.kind)) {
    context.report(pointer, 'definition/role-wrong-kind', `"${fieldId}" är ett ${field.kind}-fält; ${role} ska vara ${kinds.join(' eller ')}.`);
  }
}

const check: SemanticCheck = {
  id: 'document-kind',
  description: 'Nycklarna passar dokumentets slag, och dess roller pekar på fält av rätt slag.',
  codes: ['definition/not-for-document', 'definition/role-unknown-field', 'definition/role-wrong-kind', 'definition/consent-actors'],
  run(context) {
    const { model, source } = context;
    const spec = documentKind(model.document);
    const has = (key: string) => source.document.get(key) !== undefined;
    if (model.document !== 'certificate') {
      for (const key of CERTIFICATE_ONLY) {
        if (has(key)) context.report([key], 'definition/not-for-document', `"${key}" gäller bara intyg; ${spec.noun} har ingen mottagare, signerande yrken, leverans eller livscykel. Ta bort nyckeln.`, { key: true });
      }
      if (source.document.getIn(['print', 'draftRecipient']) !== undefined) {
        context.report(['print', 'draftRecipient'], 'definition/not-for-document', `print.draftRecipient gäller bara intygsutkast; ${spec.noun} har inget utkast att varna för. Ta bort nyckeln.`, { key: true });
      }
    }
    for (const [key, kind] of Object.entries(OWN_BLOCK)) {
      if (kind !== model.document && has(key)) {
        context.report([key], 'definition/not-for-document', `"${key}:" gäller bara document: ${kind}; den här definitionen är document: ${model.document}. Ta bort blocket eller ändra document.`, { key: true });
      }
    }
    const { consent, registration } = model;
    if (model.document === 'consent' && consent) {
      if ((consent.actorsField === undefined) === (consent.actor === undefined)) {
        context.report(['consent'], 'definition/consent-actors', 'Ange antingen consent.actors (flervalsfältet med aktörerna) eller consent.actor (den enda aktören blanketten gäller), inte båda och inte ingen.');
      }
      roleField(context, ['consent', 'actors'], consent.actorsField, ['multiChoice'], 'consent.actors');
      roleField(context, ['consent', 'information'], consent.informationField, ['multiChoice'], 'consent.information');
    }
    if (model.document === 'registration' && registration) roleField(context, ['registration', 'codes'], registration.codesField, ['multiChoice'], 'registration.codes');
    if (model.document === 'case' && model.case) roleField(context, ['case', 'type'], model.case.typeField, ['choice'], 'case.type');
  },
};

export default check;
