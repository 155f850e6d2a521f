// @generated from definitions/db/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate, UncertainDate } from './common.js';

/** Dödsbevis (DB), version 1.0: the answers by field id. */

export interface DbAnswers {
  /**
   * Identiteten styrkt genom
   *
   * Obligatorisk.
   *
   * @question 1.1
   * @kind text
   * @maxLength 27
   */
  identitetStyrkt?: string;
  /**
   * Dödsdatum
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Säkert
   * - `false`: Ej säkert
   *
   * @question 2.1
   * @kind yesNo
   */
  dodsdatumSakert?: boolean;
  /**
   * Dödsdatum
   *
   * Visas när ”Dödsdatum” under ”Dödsdatum och dödsplats” är besvarad med ”Säkert”. Obligatorisk.
   *
   * @question 2.2
   * @kind date
   * @max today
   */
  dodsdatum?: IsoDate;
  /**
   * Dödsdatum
   *
   * År mån dag (fyll ut med nollor om exakta uppgifter saknas)
   *
   * Visas när ”Dödsdatum” under ”Dödsdatum och dödsplats” är besvarad med ”Ej säkert”. Obligatorisk.
   *
   * @question 2.2.1
   * @kind uncertainDate
   */
  dodsdatumOsakert?: UncertainDate;
  /**
   * Om dödsdatum ej säkert, anträffad död
   *
   * Visas när ”Dödsdatum” under ”Dödsdatum och dödsplats” är besvarad med ”Ej säkert”. Obligatorisk.
   *
   * @question 2.3
   * @kind date
   * @max today
   */
  antraffatDodDatum?: IsoDate;
  /**
   * Kommun (om okänd dödsplats, kommunen där kroppen påträffades)
   *
   * Obligatorisk.
   *
   * @question 3.1
   * @kind typeahead
   * @maxLength 28
   */
  dodsplatsKommun?: string;
  /**
   * Boende där kroppen påträffades
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"SJUKHUS"`: Sjukhus
   * - `"ORDINART_BOENDE"`: Ordinärt boende
   * - `"SARSKILT_BOENDE"`: Särskilt boende
   * - `"ANNAN"`: Annan/okänd
   *
   * @question 3.2
   * @kind choice
   */
  dodsplatsBoende?: "SJUKHUS" | "ORDINART_BOENDE" | "SARSKILT_BOENDE" | "ANNAN";
  /**
   * Barn som avlidit senast 28 dygn efter födelsen
   *
   * Obligatorisk. Kan besvaras när ”Dödsdatum” under ”Dödsdatum och dödsplats” inte är ifylld.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 4.1
   * @kind yesNo
   */
  barn?: boolean;
  /**
   * Har den avlidne haft ett implantat som kan explodera vid kremering?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 5.1
   * @kind yesNo
   */
  explosivImplantat?: boolean;
  /**
   * Om ja, har implantatet avlägsnats?
   *
   * Visas när ”Har den avlidne haft ett implantat som kan explodera vid kremering?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 5.2
   * @kind yesNo
   */
  explosivAvlagsnat?: boolean;
  /**
   * Har yttre undersökning av kroppen genomförts?
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"JA"`: Ja
   * - `"UNDERSOKNING_SKA_GORAS"`: Nej, rättsmedicinsk undersökning ska göras
   * - `"UNDERSOKNING_GJORT_KORT_FORE_DODEN"`: Nej, den avlidne undersökt kort före döden
   *
   * @question 6.1
   * @kind choice
   */
  undersokningYttre?: "JA" | "UNDERSOKNING_SKA_GORAS" | "UNDERSOKNING_GJORT_KORT_FORE_DODEN";
  /**
   * Undersökningsdatum
   *
   * Visas när ”Har yttre undersökning av kroppen genomförts?” är besvarad med ”Nej, den avlidne undersökt kort före döden”. Obligatorisk.
   *
   * @question 6.3
   * @kind date
   * @max today
   */
  undersokningDatum?: IsoDate;
  /**
   * Finns skäl för polisanmälan?
   *
   * Obligatorisk. Kan besvaras när ”Har yttre undersökning av kroppen genomförts?” inte är besvarad med ”Nej, rättsmedicinsk undersökning ska göras”.
   *
   * Svar:
   * - `true`: Ja, om dödsfallet har eller kan ha orsakats av yttre påverkan (skada/förgiftning) eller fel/försummelse i vården eller den dödes identitet är okänd, ska polisanmälan göras och dödsbeviset lämnas till Polismyndigheten
   * - `false`: Nej
   *
   * @question 7.1
   * @kind yesNo
   */
  polisanmalan?: boolean;
}

/** A DB certificate payload. */

export type DbCertificate = CertificateEnvelope<"db", "1.0", DbAnswers>;

export const DbType = {"type":"db","version":"1.0","code":"DB","name":"Dödsbevis"} as const;
