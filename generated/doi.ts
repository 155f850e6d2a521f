// @generated from definitions/doi/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate, UncertainDate } from './common.js';

/** Dödsorsaksintyg (DOI), version 1.0: the answers by field id. */

export interface DoiAnswers {
  /**
   * Identiteten styrkt genom
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
   * @question 2.1
   * @kind yesNo
   */
  dodsdatumSakert?: boolean;
  /**
   * Dödsdatum
   *
   * @question 2.2
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  dodsdatum?: IsoDate;
  /**
   * Dödsdatum
   *
   * År mån dag (fyll ut med nollor om exakta uppgifter saknas)
   *
   * @question 2.2.1
   * @kind uncertainDate
   * @conditional visas bara när villkoret i definitionen gäller
   */
  dodsdatumOsakert?: UncertainDate;
  /**
   * Om dödsdatum ej säkert, anträffad död
   *
   * @question 2.3
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  antraffatDodDatum?: IsoDate;
  /**
   * Kommun (om okänd dödsplats, kommunen där kroppen påträffades)
   *
   * @question 3.1
   * @kind typeahead
   * @maxLength 28
   */
  dodsplatsKommun?: string;
  /**
   * Boende där kroppen påträffades
   *
   * @question 3.2
   * @kind choice
   */
  dodsplatsBoende?: "SJUKHUS" | "ORDINART_BOENDE" | "SARSKILT_BOENDE" | "ANNAN";
  /**
   * Barn som avlidit senast 28 dygn efter födelsen
   *
   * @question 4.1
   * @kind yesNo
   */
  barn?: boolean;
  /**
   * Den terminala dödsorsaken var
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
   * @question 11.1
   * @kind choice
   */
  operation?: "JA" | "NEJ" | "UPPGIFT_SAKNAS";
  /**
   * Operationsdatum
   *
   * @question 11.2
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  operationDatum?: IsoDate;
  /**
   * Tillstånd som föranledde ingreppet
   *
   * @question 11.3
   * @kind text
   * @maxLength 31
   * @conditional visas bara när villkoret i definitionen gäller
   */
  operationAnledning?: string;
  /**
   * Dödsfall i samband med skada/förgiftning
   *
   * @question 12.1
   * @kind yesNo
   */
  forgiftning?: boolean;
  /**
   * Orsak
   *
   * @question 12.2
   * @kind choice
   * @conditional visas bara när villkoret i definitionen gäller
   */
  forgiftningOrsak?: "OLYCKSFALL" | "SJALVMORD" | "AVSIKTLIGT_VALLAD" | "OKLART";
  /**
   * Datum för skada/förgiftning
   *
   * @question 12.3
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  forgiftningDatum?: IsoDate;
  /**
   * Kort beskrivning av hur skadan/förgiftningen uppkom (utan att röja eventuellt andra inblandades identiteter)
   *
   * @question 12.4
   * @kind textarea
   * @maxLength 150
   * @conditional visas bara när villkoret i definitionen gäller
   */
  forgiftningUppkommelse?: string;
  /**
   * Dödsorsaksuppgifterna grundar sig på
   *
   * @question 13.1
   * @kind multiChoice
   */
  grunder?: Array<"UNDERSOKNING_FORE_DODEN" | "UNDERSOKNING_EFTER_DODEN" | "KLINISK_OBDUKTION" | "RATTSMEDICINSK_OBDUKTION" | "RATTSMEDICINSK_BESIKTNING">;
}

/** A DOI certificate payload. */

export type DoiCertificate = CertificateEnvelope<"doi", "1.0", DoiAnswers>;

export const DoiType = {"type":"doi","version":"1.0","code":"DOI","name":"Dödsorsaksintyg"} as const;
