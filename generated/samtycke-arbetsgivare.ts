// @generated from definitions/samtycke-arbetsgivare/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { ConsentEnvelope } from './common.js';

/** Samtycke till att bryta sekretess vid sjukfall och rehabilitering – arbetsgivare (SAMTYCKE-AG), version 1.0: the answers by field id. */

export interface SamtyckeArbetsgivareAnswers {
  /**
   * Arbetsgivarens namn
   *
   * Obligatorisk.
   *
   * @question arbetsgivarensNamn
   * @kind text
   * @maxLength 200
   */
  arbetsgivarensNamn?: string;
  /**
   * Kontaktperson hos arbetsgivaren
   *
   * Till exempel närmaste chef eller HR-personal.
   *
   * @question kontaktperson
   * @kind text
   * @maxLength 200
   */
  kontaktperson?: string;
  /**
   * Får uppgifterna även lämnas till arbetsgivarens företagshälsovård?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question foretagshalsovard
   * @kind yesNo
   */
  foretagshalsovard?: boolean;
  /**
   * Lämnades samtycket muntligt eller skriftligt?
   *
   * Muntligt samtycke gäller likväl som skriftligt. Inhämtas skriftligt samtycke bör blanketten för arbetsgivare respektive annan extern aktör användas.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"MUNTLIGT"`: Muntligt
   * - `"SKRIFTLIGT"`: Skriftligt
   *
   * @question samtyckesform
   * @kind choice
   */
  samtyckesform?: "MUNTLIGT" | "SKRIFTLIGT";
  /**
   * Hur inhämtades det muntliga samtycket?
   *
   * Muntligt samtycke gäller, men det ska dokumenteras i journalen vilket datum och hur samtycket har inhämtats.
   *
   * Visas när ”Lämnades samtycket muntligt eller skriftligt?” är besvarad med ”Muntligt”. Obligatorisk.
   *
   * Alternativ:
   * - `"BESOK"`: Vid besök
   * - `"TELEFON"`: Per telefon
   * - `"VIDEO"`: Vid videomöte
   *
   * @question muntligtHur
   * @kind choice
   */
  muntligtHur?: "BESOK" | "TELEFON" | "VIDEO";
  /**
   * Hur inhämtades det skriftliga samtycket?
   *
   * På 1177 finns samtyckesblanketterna som formulär att skicka digitalt till patienten.
   *
   * Visas när ”Lämnades samtycket muntligt eller skriftligt?” är besvarad med ”Skriftligt”. Obligatorisk.
   *
   * Alternativ:
   * - `"PAPPERSBLANKETT"`: Pappersblankett
   * - `"FORMULAR_1177"`: Formulär på 1177
   *
   * @question skriftligtHur
   * @kind choice
   */
  skriftligtHur?: "PAPPERSBLANKETT" | "FORMULAR_1177";
  /**
   * Inskanning
   *
   * Inhämtas samtycke via pappersblankett ska en kopia av samtycket skannas in i journalen och en hänvisning dokumenteras.
   *
   * Visas när ”Hur inhämtades det skriftliga samtycket?” är besvarad med ”Pappersblankett”. Obligatorisk.
   *
   * Kryssrutans text: En kopia av samtycket har skannats in i journalen och en hänvisning har dokumenterats
   *
   * @question inskannad
   * @kind checkbox
   */
  inskannad?: boolean;
  /**
   * Vilka uppgifter får lämnas?
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"ARBETSUPPGIFTER"`: Beskrivning av arbetsuppgifter
   * - `"MALSATTNING"`: Målsättning
   * - `"AKTIVITETER"`: Planerade aktiviteter och behandling inklusive tidsintervall
   * - `"NEDTRAPPNING"`: Planerad nedtrappning av sjukskrivning
   * - `"UPPFOLJNING"`: Planerad uppföljning
   * - `"MEDICINSK_HANSYN"`: Vilken speciell hänsyn som måste tas till patientens medicinska status
   * - `"ANNAT"`: Annat
   *
   * @question uppgifter
   * @kind multiChoice
   */
  uppgifter?: Array<"ARBETSUPPGIFTER" | "MALSATTNING" | "AKTIVITETER" | "NEDTRAPPNING" | "UPPFOLJNING" | "MEDICINSK_HANSYN" | "ANNAT">;
  /**
   * Ange vilka andra uppgifter
   *
   * Visas när ”Annat” i ”Vilka uppgifter får lämnas?” är ikryssad. Obligatorisk.
   *
   * @question uppgifterAnnat
   * @kind textarea
   * @maxLength 1000
   */
  uppgifterAnnat?: string;
  /**
   * Patientens förståelse
   *
   * Den som begär samtycke för sekretesslättning är ansvarig för att patienten är införstådd med vilken information som ska lämnas och till vem informationen ska ges.
   *
   * Obligatorisk.
   *
   * Kryssrutans text: Patienten är införstådd med vilken information som ska lämnas och till vem informationen ska ges
   *
   * @question patientenInformerad
   * @kind checkbox
   */
  patientenInformerad?: boolean;
}

/** A SAMTYCKE-AG consent document payload. */

export type SamtyckeArbetsgivareConsent = ConsentEnvelope<"samtycke-arbetsgivare", "1.0", SamtyckeArbetsgivareAnswers>;

export const SamtyckeArbetsgivareType = {"type":"samtycke-arbetsgivare","version":"1.0","code":"SAMTYCKE-AG","name":"Samtycke till att bryta sekretess vid sjukfall och rehabilitering – arbetsgivare","document":"consent"} as const;
