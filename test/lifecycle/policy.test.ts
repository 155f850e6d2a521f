/**
 * The per-type policy as compiled from the definitions: defaults from recipient, delivery and
 * issuers, and the few `lifecycle:` blocks. Also what the compiler cannot see from one definition:
 * a prefill's fields must exist in the source type too, with the same kind.
 */

import { describe, expect, it } from 'vitest';
import { isIssued, type IssuedModel } from '../../src/model/types.js';
import { models as allModels } from './fixtures.js';

/** Certificates only: consents, registrations and cases have no lifecycle. */
const models = new Map([...allModels].filter((entry): entry is [string, IssuedModel] => isIssued(entry[1])));
const policy = (type: string) => models.get(type)!.lifecycle;

describe('lifecycle policy per type', () => {
  it.each([
    ['fk7804', { electronic: true, sendMode: 'manual', consentRequired: true, availableIn1177: true, renewable: true }],
    ['fk7210', { electronic: true, sendMode: 'manual', consentRequired: true, renewable: false, signers: ['lakare', 'sjukskoterska', 'barnmorska'] }],
    ['fk3221', { electronic: true, sendMode: 'onSign', consentRequired: false, renewable: true }],
    ['ag114', { electronic: false, sendMode: 'printOnly', consentRequired: false, renewable: false }],
    ['ag7804', { electronic: false, sendMode: 'printOnly', consentRequired: false, renewable: true }],
    ['db', { electronic: true, sendMode: 'onSign', availableIn1177: false, renewable: false, signNotice: 'Intyget skickas direkt till Skatteverket.' }],
    ['doi', { electronic: true, sendMode: 'onSign', availableIn1177: false, renewable: false, signNotice: 'Intyget skickas direkt till Socialstyrelsen.' }],
    ['tstrk1007', { electronic: true, sendMode: 'manual', consentRequired: false, renewable: false }],
  ])('%s', (type, expected) => {
    expect(policy(type)).toMatchObject(expected);
  });

  it('care staff write every type; signers write too', () => {
    for (const model of models.values()) {
      expect(model.lifecycle.writers).toEqual(expect.arrayContaining(['sjukskoterska', 'barnmorska', 'vardadministrator', ...model.lifecycle.signers]));
    }
  });

  it('uniqueness: Dödsbevis nationally, Dödsorsaksintyg within the care provider', () => {
    expect(policy('db').unique).toMatchObject({ scope: 'national', certificate: true, draft: true });
    expect(policy('doi').unique).toMatchObject({ scope: 'careProvider', certificate: true, draft: true });
    expect([...models.values()].filter((model) => model.lifecycle.unique).map((model) => model.id).sort()).toEqual(['db', 'doi']);
  });

  it('revocation: reason required except for death certificates, which are phoned in', () => {
    for (const model of models.values()) {
      const death = model.id === 'db' || model.id === 'doi';
      expect(model.lifecycle.revocation.reasonRequired, model.id).toBe(!death);
      expect(model.lifecycle.revocation.notifyRecipient, model.id).toBe(!death && model.lifecycle.electronic);
    }
    expect(policy('db').revocation.notice).toContain('010-574 94 89');
    expect(policy('doi').revocation.notice).toContain('075-247 39 00');
  });

  it('every prefill field exists in both types with the same kind', () => {
    for (const model of models.values()) {
      const prefill = model.lifecycle.prefillFrom;
      if (!prefill) continue;
      const source = models.get(prefill.type);
      expect(source, `${model.id} prefills from ${prefill.type}`).toBeDefined();
      for (const id of prefill.fields) {
        const kind = model.fields.find((field) => field.id === id)?.kind;
        expect(kind, `${model.id}.${id}`).toBeDefined();
        expect(source!.fields.find((field) => field.id === id)?.kind, `${prefill.type}.${id}`).toBe(kind);
      }
    }
    expect(policy('doi').prefillFrom?.type).toBe('db');
  });

  it('only certificates have a lifecycle', () => {
    for (const model of allModels.values()) expect(model.lifecycle !== undefined, model.id).toBe(model.document === 'certificate');
  });
});
