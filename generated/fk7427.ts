// @generated from definitions/fk7427/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande tillfällig föräldrapenning barn 12–16 år (FK7427), version 1.0: the answers by field id. */

export interface Fk7427Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"FYSISKUNDERSOKNING"`: min undersökning vid fysiskt vårdmöte
   * - `"DIGITALUNDERSOKNING"`: min undersökning vid digitalt vårdmöte
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"FORALDER"`: förälders beskrivning av barnet
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; FORALDER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”annat” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   * @maxLength 4000
   */
  annatBeskrivning?: string;
  /**
   * Barnets diagnos
   *
   * @question 58
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Fyll i vilka symtom barnet har om diagnos inte är fastställd
   *
   * @question 55
   * @kind textarea
   * @maxLength 4000
   */
  symtom?: string;
  /**
   * Beskriv barnets aktuella hälsotillstånd
   *
   * Beskriv barnets nuvarande hälsotillstånd (utifrån akut sjukdom eller försämring i funktionsnedsättning).
   *
   * Obligatorisk.
   *
   * @question 59
   * @kind textarea
   * @maxLength 4000
   */
  halsotillstand?: string;
  /**
   * Beskriv barnets behov av vård eller tillsyn
   *
   * Beskriv vilken vård eller tillsyn som barnet behöver av förälder samt omfattning av denna vård eller tillsyn.
   *
   * Obligatorisk.
   *
   * @question 62
   * @kind textarea
   * @maxLength 4000
   */
  vardEllerTillsynBehov?: string;
  /**
   * Under vilken period behöver barnet vård eller tillsyn?
   *
   * Obligatorisk.
   *
   * @question 62.6
   * @kind dateRange
   */
  vardEllerTillsynPeriod?: DateRange;
  /**
   * Vårdas barnet inneliggande på sjukhus?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 62.1
   * @kind yesNo
   */
  inneliggandePaSjukhus?: boolean;
  /**
   * Ange period
   *
   * Visas när ”Vårdas barnet inneliggande på sjukhus?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 62.2
   * @kind dateRange
   */
  inneliggandePeriod?: DateRange;
  /**
   * Ange pågående och planerade behandlingar
   *
   * @question 19
   * @kind textarea
   * @maxLength 4000
   */
  behandlingar?: string;
}

/** A FK7427 certificate payload. */

export type Fk7427Certificate = CertificateEnvelope<"fk7427", "1.0", Fk7427Answers>;

export const Fk7427Type = {"type":"fk7427","version":"1.0","code":"FK7427","name":"Läkarutlåtande tillfällig föräldrapenning barn 12–16 år"} as const;
