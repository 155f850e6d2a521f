// @generated from definitions/fk3226/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för närståendepenning (FK3226), version 1.0: the answers by field id. */

export interface Fk3226Answers {
  /**
   * Utlåtandet är baserat på
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { UNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * @question 1.3
   * @kind text
   * @maxLength 50
   * @conditional visas bara när villkoret i definitionen gäller
   */
  annatBeskrivning?: string;
  /**
   * Diagnos eller diagnoser för det tillstånd som orsakar ett hot mot patientens liv
   *
   * @question 58
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Patientens behandling och vårdsituation
   *
   * @question 52
   * @kind choice
   */
  behandlingOchVardsituation?: "ENDAST_PALLIATIV" | "AKUT_LIVSHOTANDE" | "ANNAT";
  /**
   * Ange när den aktiva behandlingen avslutades
   *
   * @question 52.2
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  aktivBehandlingAvslutad?: IsoDate;
  /**
   * Ange när tillståndet blev akut livshotande
   *
   * @question 52.3
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  akutLivshotandeDatum?: IsoDate;
  /**
   * Beskriv på vilket sätt sjukdomstillståndet utgör ett påtagligt hot mot patientens liv
   *
   * Ange om möjligt hur länge hotet mot livet kvarstår när patienten får vård enligt den vårdplan som gäller.
   *
   * @question 52.4
   * @kind textarea
   * @maxLength 265
   * @conditional visas bara när villkoret i definitionen gäller
   */
  akutLivshotandeBeskrivning?: string;
  /**
   * Kan du uppskatta hur länge tillståndet kommer vara livshotande?
   *
   * @question 52.5
   * @kind yesNo
   * @conditional visas bara när villkoret i definitionen gäller
   */
  kanUppskattaLangd?: boolean;
  /**
   * Till och med vilket datum
   *
   * @question 52.6
   * @kind date
   * @min today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  livshotandeTillOchMed?: IsoDate;
  /**
   * Beskriv på vilket sätt sjukdomstillståndet utgör ett påtagligt hot mot patientens liv
   *
   * Ange när tillståndet blev livshotande, och om det är möjligt hur länge hotet mot livet kvarstår när patienten får vård enligt den vårdplan som gäller.
   *
   * @question 52.7
   * @kind textarea
   * @maxLength 265
   * @conditional visas bara när villkoret i definitionen gäller
   */
  annatBeskrivningHot?: string;
  /**
   * Har patienten de medicinska förutsättningarna för att kunna lämna samtycke?
   *
   * @question 53
   * @kind yesNo
   */
  kanLamnaSamtycke?: boolean;
}

/** A FK3226 certificate payload. */

export type Fk3226Certificate = CertificateEnvelope<"fk3226", "1.0", Fk3226Answers>;

export const Fk3226Type = {"type":"fk3226","version":"1.0","code":"FK3226","name":"Läkarutlåtande för närståendepenning"} as const;
