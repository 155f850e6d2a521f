/**
 * How a document type is named in printouts and action texts. Swedish inflects the noun and every
 * adjective and participle that refers to it: "ett signerat intyg", "Intyget är makulerat" but
 * "en signerad anmälan", "Anmälan är makulerad". A definition says `documentNoun: anmälan` and
 * every text is built from these forms.
 */

import type { DocumentNoun } from './types.js';

export interface NounForms {
  noun: DocumentNoun;
  /** "ett intyg" / "en anmälan" */
  a: string;
  /** "intyget" / "anmälan" */
  the: string;
  /** "Intyget" / "Anmälan" */
  The: string;
  /** "ett elektroniskt intyg" / "en elektronisk anmälan" */
  anElectronic: string;
  /** "ett elektroniskt intygsutkast" / "ett elektroniskt utkast till anmälan" */
  anElectronicDraft: string;
  /** Who signs it: "intygsutfärdaren" / "anmälaren" */
  theIssuer: string;
  /** Printout labels: "Intygsutfärdare" / "Anmälare", "Intygs-ID" / "Anmälnings-ID". */
  issuerLabel: string;
  idLabel: string;
  /** "Det här intyget" / "Den här anmälan" */
  thisOne: string;
  /** A participle or adjective agreeing with the noun: pp('signerat', 'signerad'). */
  pp(neuter: string, common: string): string;
}

const FORMS: Record<DocumentNoun, NounForms> = {
  intyg: {
    noun: 'intyg',
    a: 'ett intyg',
    the: 'intyget',
    The: 'Intyget',
    anElectronic: 'ett elektroniskt intyg',
    anElectronicDraft: 'ett elektroniskt intygsutkast',
    theIssuer: 'intygsutfärdaren',
    issuerLabel: 'Intygsutfärdare',
    idLabel: 'Intygs-ID',
    thisOne: 'Det här intyget',
    pp: (neuter) => neuter,
  },
  anmälan: {
    noun: 'anmälan',
    a: 'en anmälan',
    the: 'anmälan',
    The: 'Anmälan',
    anElectronic: 'en elektronisk anmälan',
    anElectronicDraft: 'ett elektroniskt utkast till anmälan',
    theIssuer: 'anmälaren',
    issuerLabel: 'Anmälare',
    idLabel: 'Anmälnings-ID',
    thisOne: 'Den här anmälan',
    pp: (_neuter, common) => common,
  },
};

export function nounForms(noun: DocumentNoun | undefined): NounForms {
  return FORMS[noun ?? 'intyg'];
}
