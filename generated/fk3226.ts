// @generated from definitions/fk3226/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för närståendepenning (FK3226), version 1.0: the answers by field id. */

export interface Fk3226Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"UNDERSOKNING"`: min undersökning av patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { UNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”annat” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   * @maxLength 50
   */
  annatBeskrivning?: string;
  /**
   * Diagnos eller diagnoser för det tillstånd som orsakar ett hot mot patientens liv
   *
   * Obligatorisk.
   *
   * @question 58
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Patientens behandling och vårdsituation
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"ENDAST_PALLIATIV"`: Endast palliativ vård ges och all aktiv behandling mot sjukdomstillståndet har avslutats
   * - `"AKUT_LIVSHOTANDE"`: Akut livshotande tillstånd (till exempel vård på intensivvårdsavdelning)
   * - `"ANNAT"`: Annat
   *
   * @question 52
   * @kind choice
   */
  behandlingOchVardsituation?: "ENDAST_PALLIATIV" | "AKUT_LIVSHOTANDE" | "ANNAT";
  /**
   * Ange när den aktiva behandlingen avslutades
   *
   * Visas när ”Patientens behandling och vårdsituation” är besvarad med ”Endast palliativ vård ges och all aktiv behandling mot sjukdomstillståndet har avslutats”. Obligatorisk.
   *
   * @question 52.2
   * @kind date
   * @max today
   */
  aktivBehandlingAvslutad?: IsoDate;
  /**
   * Ange när tillståndet blev akut livshotande
   *
   * Visas när ”Patientens behandling och vårdsituation” är besvarad med ”Akut livshotande tillstånd (till exempel vård på intensivvårdsavdelning)”. Obligatorisk.
   *
   * @question 52.3
   * @kind date
   * @max today
   */
  akutLivshotandeDatum?: IsoDate;
  /**
   * Beskriv på vilket sätt sjukdomstillståndet utgör ett påtagligt hot mot patientens liv
   *
   * Ange om möjligt hur länge hotet mot livet kvarstår när patienten får vård enligt den vårdplan som gäller.
   *
   * Visas när ”Patientens behandling och vårdsituation” är besvarad med ”Akut livshotande tillstånd (till exempel vård på intensivvårdsavdelning)”. Obligatorisk.
   *
   * @question 52.4
   * @kind textarea
   * @maxLength 265
   */
  akutLivshotandeBeskrivning?: string;
  /**
   * Kan du uppskatta hur länge tillståndet kommer vara livshotande?
   *
   * Visas när ”Patientens behandling och vårdsituation” är besvarad med ”Akut livshotande tillstånd (till exempel vård på intensivvårdsavdelning)”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 52.5
   * @kind yesNo
   */
  kanUppskattaLangd?: boolean;
  /**
   * Till och med vilket datum
   *
   * Visas när ”Kan du uppskatta hur länge tillståndet kommer vara livshotande?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 52.6
   * @kind date
   * @min today
   */
  livshotandeTillOchMed?: IsoDate;
  /**
   * Beskriv på vilket sätt sjukdomstillståndet utgör ett påtagligt hot mot patientens liv
   *
   * Ange när tillståndet blev livshotande, och om det är möjligt hur länge hotet mot livet kvarstår när patienten får vård enligt den vårdplan som gäller.
   *
   * Visas när ”Patientens behandling och vårdsituation” är besvarad med ”Annat”. Obligatorisk.
   *
   * @question 52.7
   * @kind textarea
   * @maxLength 265
   */
  annatBeskrivningHot?: string;
  /**
   * Har patienten de medicinska förutsättningarna för att kunna lämna samtycke?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 53
   * @kind yesNo
   */
  kanLamnaSamtycke?: boolean;
}

/** A FK3226 certificate payload. */

export type Fk3226Certificate = CertificateEnvelope<"fk3226", "1.0", Fk3226Answers>;

export const Fk3226Type = {"type":"fk3226","version":"1.0","code":"FK3226","name":"Läkarutlåtande för närståendepenning"} as const;
