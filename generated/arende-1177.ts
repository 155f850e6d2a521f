// @generated from definitions/arende-1177/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CaseEnvelope } from './common.js';

/** Ärende i 1177 e-tjänster (1177-ARENDE), version 1.0: the answers by field id. */

export interface Arende1177Answers {
  /**
   * Ärendetyp
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"OMVARDNADSBIDRAG"`: Intyg läkare: Omvårdnadsbidrag
   * - `"VAB_12_16"`: Intyg läkare: Ansökan för vård av barn 12 - 16 år
   * - `"ALLVARLIGT_SJUKT_BARN"`: Intyg läkare: Ansökan för allvarligt sjukt barn som inte fyllt 18 år
   * - `"KORKORTSTILLSTAND"`: Intyg läkare: Läkarutlåtande för körkortstillstånd
   * - `"SJUKSKRIVNING_SKOLA"`: Intyg läkare: Sjukskrivning till skola (gymnasiet)
   * - `"NARKOTIKA_RESA"`: Intyg läkare: Medförande av narkotikaklassat läkemedel inom ramen för medicinsk behandling vid resa (utanför Schengen)
   * - `"FORNYA_RECEPT"`: Förnya recept
   * - `"VAB_UNDER_12"`: Intyg sjuksköterska: Ansökan för vård av barn under 12 år
   * - `"AVBOKA_OMBOKA"`: Kontakt för att avboka eller omboka tid
   * - `"MEDDELANDE"`: Skicka meddelande
   * - `"KONTAKTUPPGIFTER"`: Ändring av kontaktuppgifter
   * - `"JOURNALKOPIA"`: Beställning journalkopia
   * - `"EGENREMISS"`: Egenremiss
   * - `"FRAGA_REMISS"`: Fråga om min remiss
   *
   * @question arendetyp
   * @kind choice
   */
  arendetyp?: "OMVARDNADSBIDRAG" | "VAB_12_16" | "ALLVARLIGT_SJUKT_BARN" | "KORKORTSTILLSTAND" | "SJUKSKRIVNING_SKOLA" | "NARKOTIKA_RESA" | "FORNYA_RECEPT" | "VAB_UNDER_12" | "AVBOKA_OMBOKA" | "MEDDELANDE" | "KONTAKTUPPGIFTER" | "JOURNALKOPIA" | "EGENREMISS" | "FRAGA_REMISS";
  /**
   * Vad önskar invånaren?
   *
   * Invånaren kan välja om man önskar av- eller omboka besöket helt eller välja att omboka till distanskontakt, telefon eller video.
   *
   * Visas när ”Ärendetyp” är besvarad med ”Kontakt för att avboka eller omboka tid”. Obligatorisk.
   *
   * Alternativ:
   * - `"AVBOKA"`: Avboka besöket
   * - `"OMBOKA"`: Omboka besöket
   * - `"DISTANS_TELEFON"`: Omboka till distanskontakt per telefon
   * - `"DISTANS_VIDEO"`: Omboka till distanskontakt via video
   *
   * @question avbokning
   * @kind choice
   */
  avbokning?: "AVBOKA" | "OMBOKA" | "DISTANS_TELEFON" | "DISTANS_VIDEO";
  /**
   * Invånarens meddelande
   *
   * @question meddelande
   * @kind textarea
   * @maxLength 4000
   */
  meddelande?: string;
  /**
   * Dokumentation
   *
   * Kryssrutans text: Förfrågan är dokumenterad i journalen
   *
   * @question dokumenteratIJournal
   * @kind checkbox
   */
  dokumenteratIJournal?: boolean;
}

/** A 1177-ARENDE case document payload. */

export type Arende1177Case = CaseEnvelope<"arende-1177", "1.0", Arende1177Answers>;

export const Arende1177Type = {"type":"arende-1177","version":"1.0","code":"1177-ARENDE","name":"Ärende i 1177 e-tjänster","document":"case"} as const;
