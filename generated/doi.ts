// @generated from definitions/doi/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate, UncertainDate } from './common.js';

/** Dödsorsaksintyg (DOI), version 1.0: the answers by field id. */

export interface DoiAnswers {
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
   * Land (om ej stadigvarande bosatt i Sverige)
   *
   * @question 14.1
   * @kind text
   * @maxLength 24
   */
  land?: string;
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
   * Den terminala dödsorsaken var
   *
   * Obligatorisk.
   *
   * @question 8.1
   * @kind text
   * @maxLength 120
   */
  terminalDodsorsak?: string;
  /**
   * Ungefärlig debut
   *
   * @question 8.2
   * @kind date
   * @max today
   */
  terminalDodsorsakDatum?: IsoDate;
  /**
   * Specifikation
   *
   * Alternativ:
   * - `"PLOTSLIG"`: Akut
   * - `"KRONISK"`: Kronisk
   * - `"UPPGIFT_SAKNAS"`: Uppgift saknas
   *
   * @question 8.3
   * @kind choice
   */
  terminalDodsorsakSpecifikation?: "PLOTSLIG" | "KRONISK" | "UPPGIFT_SAKNAS";
  /**
   * som var en följd av
   *
   * @question 9
   * @kind rows
   */
  foljd?: Array<{ beskrivning?: string; datum?: IsoDate; specifikation?: "PLOTSLIG" | "KRONISK" | "UPPGIFT_SAKNAS" }>;
  /**
   * Andra sjukdomar eller skador som bidragit till dödsfallet
   *
   * Ange tillstånd som kan ha påskyndat förloppet men som inte ingår i händelsekedjan som beskrivits i "Sjukdoms- eller skadeförlopp som ledde till den terminala dödsorsaken".
   *
   * @question 10
   * @kind rows
   */
  bidragandeSjukdomar?: Array<{ beskrivning?: string; datum?: IsoDate; specifikation?: "PLOTSLIG" | "KRONISK" | "UPPGIFT_SAKNAS" }>;
  /**
   * Opererad inom fyra veckor före döden
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"JA"`: Ja
   * - `"NEJ"`: Nej
   * - `"UPPGIFT_SAKNAS"`: Uppgift om operation saknas
   *
   * @question 11.1
   * @kind choice
   */
  operation?: "JA" | "NEJ" | "UPPGIFT_SAKNAS";
  /**
   * Operationsdatum
   *
   * Visas när ”Opererad inom fyra veckor före döden” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 11.2
   * @kind date
   * @max today
   */
  operationDatum?: IsoDate;
  /**
   * Tillstånd som föranledde ingreppet
   *
   * Visas när ”Opererad inom fyra veckor före döden” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 11.3
   * @kind text
   * @maxLength 31
   */
  operationAnledning?: string;
  /**
   * Dödsfall i samband med skada/förgiftning
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 12.1
   * @kind yesNo
   */
  forgiftning?: boolean;
  /**
   * Orsak
   *
   * Visas när ”Dödsfall i samband med skada/förgiftning” är besvarad med ”Ja”. Obligatorisk.
   *
   * Alternativ:
   * - `"OLYCKSFALL"`: Olycksfall
   * - `"SJALVMORD"`: Självmord
   * - `"AVSIKTLIGT_VALLAD"`: Avsiktligt vållad av annan
   * - `"OKLART"`: Oklart om avsikt förelegat
   *
   * @question 12.2
   * @kind choice
   */
  forgiftningOrsak?: "OLYCKSFALL" | "SJALVMORD" | "AVSIKTLIGT_VALLAD" | "OKLART";
  /**
   * Datum för skada/förgiftning
   *
   * Visas när ”Dödsfall i samband med skada/förgiftning” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 12.3
   * @kind date
   * @max today
   */
  forgiftningDatum?: IsoDate;
  /**
   * Kort beskrivning av hur skadan/förgiftningen uppkom (utan att röja eventuellt andra inblandades identiteter)
   *
   * Visas när ”Dödsfall i samband med skada/förgiftning” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 12.4
   * @kind textarea
   * @maxLength 150
   */
  forgiftningUppkommelse?: string;
  /**
   * Dödsorsaksuppgifterna grundar sig på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"UNDERSOKNING_FORE_DODEN"`: Undersökning före döden
   * - `"UNDERSOKNING_EFTER_DODEN"`: Yttre undersökning efter döden
   * - `"KLINISK_OBDUKTION"`: Klinisk obduktion
   * - `"RATTSMEDICINSK_OBDUKTION"`: Rättsmedicinsk obduktion
   * - `"RATTSMEDICINSK_BESIKTNING"`: Rättsmedicinsk likbesiktning
   *
   * @question 13.1
   * @kind multiChoice
   */
  grunder?: Array<"UNDERSOKNING_FORE_DODEN" | "UNDERSOKNING_EFTER_DODEN" | "KLINISK_OBDUKTION" | "RATTSMEDICINSK_OBDUKTION" | "RATTSMEDICINSK_BESIKTNING">;
}

/** A DOI certificate payload. */

export type DoiCertificate = CertificateEnvelope<"doi", "1.0", DoiAnswers>;

export const DoiType = {"type":"doi","version":"1.0","code":"DOI","name":"Dödsorsaksintyg"} as const;
