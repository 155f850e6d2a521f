// @generated from definitions/db/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate, UncertainDate } from './common.js';

/** Dödsbevis (DB), version 1.0: the answers by field id. */

export interface DbAnswers {
  /**
   * Identiteten styrkt genom
   *
   * @question 1.1
   * @kind text
   * @maxLength 27
   */
  identitetStyrkt?: string;
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
   * Har den avlidne haft ett implantat som kan explodera vid kremering?
   *
   * @question 5.1
   * @kind yesNo
   */
  explosivImplantat?: boolean;
  /**
   * Om ja, har implantatet avlägsnats?
   *
   * @question 5.2
   * @kind yesNo
   * @conditional visas bara när villkoret i definitionen gäller
   */
  explosivAvlagsnat?: boolean;
  /**
   * Har yttre undersökning av kroppen genomförts?
   *
   * @question 6.1
   * @kind choice
   */
  undersokningYttre?: "JA" | "UNDERSOKNING_SKA_GORAS" | "UNDERSOKNING_GJORT_KORT_FORE_DODEN";
  /**
   * Undersökningsdatum
   *
   * @question 6.3
   * @kind date
   * @max today
   * @conditional visas bara när villkoret i definitionen gäller
   */
  undersokningDatum?: IsoDate;
  /**
   * Finns skäl för polisanmälan?
   *
   * @question 7.1
   * @kind yesNo
   */
  polisanmalan?: boolean;
}

/** A DB certificate payload. */

export type DbCertificate = CertificateEnvelope<"db", "1.0", DbAnswers>;

export const DbType = {"type":"db","version":"1.0","code":"DB","name":"Dödsbevis"} as const;
