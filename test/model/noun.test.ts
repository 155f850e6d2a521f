/** Owns the document nouns: every form agrees with its noun's gender. */

import { describe, expect, it } from 'vitest';
import { nounForms } from '../../src/model/noun.js';

describe('nounForms', () => {
  it('intyg is neuter: ett intyg, intyget, signerat', () => {
    const n = nounForms('intyg');
    expect([n.a, n.the, n.The, n.anElectronic, n.theIssuer, n.pp('signerat', 'signerad')]).toEqual(['ett intyg', 'intyget', 'Intyget', 'ett elektroniskt intyg', 'intygsutfärdaren', 'signerat']);
  });

  it('anmälan is common gender and the same in the definite form: en anmälan, anmälan, signerad', () => {
    const n = nounForms('anmälan');
    expect([n.a, n.the, n.The, n.anElectronic, n.anElectronicDraft, n.pp('signerat', 'signerad')]).toEqual(['en anmälan', 'anmälan', 'Anmälan', 'en elektronisk anmälan', 'ett elektroniskt utkast till anmälan', 'signerad']);
  });

  it('defaults to intyg', () => expect(nounForms(undefined).noun).toBe('intyg'));
});
