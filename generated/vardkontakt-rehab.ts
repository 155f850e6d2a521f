// @generated from definitions/vardkontakt-rehab/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { RegistrationEnvelope } from './common.js';

/** Registrering av vårdkontakt i sjukskrivnings- och rehabiliteringsprocessen (KVA-REHAB), version 1.0: the answers by field id. */

export interface VardkontaktRehabAnswers {
  /**
   * Vad gjordes vid kontakten?
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"UPPRATTA_PLAN"`: Upprättande av rehabiliteringsplan
   * - `"FOLJA_UPP_PLAN"`: Uppföljning av rehabiliteringsplanen
   * - `"EXTERN_KONTAKT"`: Kontakt med extern aktör
   * - `"TREPARTSSAMTAL"`: Trepartssamtal
   * - `"TREPARTSMOTE"`: Trepartsmöte
   * - `"ANNAN_INSATS"`: Annan insats
   *
   * @question insatser
   * @kind multiChoice
   */
  insatser?: Array<"UPPRATTA_PLAN" | "FOLJA_UPP_PLAN" | "EXTERN_KONTAKT" | "TREPARTSSAMTAL" | "TREPARTSMOTE" | "ANNAN_INSATS">;
  /**
   * Vilken extern aktör?
   *
   * Kontakt med arbetsgivare (AG), Arbetsförmedlingen (AF) eller socialtjänsten (Soc) i syfte att föra en dialog kring insatser för att om möjligt förhindra en sjukskrivning eller förkorta sjukskrivningsperioden. Samtycke av patienten krävs.
   *
   * Visas när ”Kontakt med extern aktör”, ”Trepartssamtal” eller ”Trepartsmöte” i ”Vad gjordes vid kontakten?” är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"ARBETSGIVARE"`: Arbetsgivare
   * - `"ARBETSFORMEDLINGEN"`: Arbetsförmedlingen
   * - `"SOCIALTJANSTEN"`: Socialtjänsten
   * - `"FORSAKRINGSKASSAN"`: Försäkringskassan
   *
   * @question aktor
   * @kind choice
   */
  aktor?: "ARBETSGIVARE" | "ARBETSFORMEDLINGEN" | "SOCIALTJANSTEN" | "FORSAKRINGSKASSAN";
  /**
   * Vårdtjänst
   *
   * Visas när ”Trepartssamtal” eller ”Trepartsmöte” i ”Vad gjordes vid kontakten?” är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"TREPARTSSAMTAL"`: Trepartssamtal
   *
   * @question vardtjanst
   * @kind choice
   */
  vardtjanst?: "TREPARTSSAMTAL";
  /**
   * Kontakttyp
   *
   * Visas när ”Trepartssamtal” eller ”Trepartsmöte” i ”Vad gjordes vid kontakten?” är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"TELEFONKONTAKT"`: Telefonkontakt
   * - `"MOTTAGNINGSBESOK_ENSKILT"`: Mottagningsbesök enskilt
   * - `"MOTTAGNINGSBESOK_TEAM"`: Mottagningsbesök team
   * - `"ANNAN_PLATS_ENSKILT"`: Besök på annan plats enskilt
   * - `"ANNAN_PLATS_TEAM"`: Besök på annan plats team
   *
   * @question kontakttyp
   * @kind choice
   */
  kontakttyp?: "TELEFONKONTAKT" | "MOTTAGNINGSBESOK_ENSKILT" | "MOTTAGNINGSBESOK_TEAM" | "ANNAN_PLATS_ENSKILT" | "ANNAN_PLATS_TEAM";
  /**
   * Besökstyp
   *
   * Visas när ”Trepartssamtal” i ”Vad gjordes vid kontakten?” är ikryssad och ”Trepartssamtal” eller ”Trepartsmöte” i ”Vad gjordes vid kontakten?” är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"ADMINISTRATION"`: Administration
   *
   * @question besokstyp
   * @kind choice
   */
  besokstyp?: "ADMINISTRATION";
  /**
   * KVÅ-koder
   *
   * KVÅ-kod är en åtgärdskod som används som en statistisk beskrivning av åtgärder bland annat inom hälso- och sjukvården. Anteckningen görs av den som är ansvarig på vårdkontakten.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"AW020"`: AW020 Upprättande av rehabiliteringsplan
   * - `"DV077"`: DV077 Upprättande av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning
   * - `"AW024"`: AW024 Uppföljning av rehabiliteringsplan
   * - `"AW026"`: AW026 Uppföljning av sjukskrivnings- och rehabiliteringsplan för återgång i arbete eller annan sysselsättning
   * - `"XS005"`: XS005 Externt informationsutbyte
   * - `"QR002"`: QR002 Rådgivning vid arbete och sysselsättning
   * - `"GC001"`: GC001 Kontakt/insats av rehabkoordinator
   *
   * @question kvaKoder
   * @kind multiChoice
   */
  kvaKoder?: Array<"AW020" | "DV077" | "AW024" | "AW026" | "XS005" | "QR002" | "GC001">;
}

/** A KVA-REHAB registration document payload. */

export type VardkontaktRehabRegistration = RegistrationEnvelope<"vardkontakt-rehab", "1.0", VardkontaktRehabAnswers>;

export const VardkontaktRehabType = {"type":"vardkontakt-rehab","version":"1.0","code":"KVA-REHAB","name":"Registrering av vårdkontakt i sjukskrivnings- och rehabiliteringsprocessen","document":"registration"} as const;
