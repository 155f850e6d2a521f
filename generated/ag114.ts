// @generated from definitions/ag114/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

/** Läkarintyg om arbetsförmåga – sjuklöneperioden (AG1-14), version 2.0: the answers by field id. */

export interface Ag114Answers {
  /**
   * Intyget är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"FYSISKUNDERSOKNING"`: min undersökning vid fysiskt vårdmöte
   * - `"DIGITALUNDERSOKNING"`: min undersökning vid digitalt vårdmöte
   * - `"TELEFONKONTAKT"`: min telefonkontakt med patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANNAT"`: annat
   *
   * @question 10
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; TELEFONKONTAKT?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”annat” i ”Intyget är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 10.3
   * @kind text
   * @maxLength 50
   */
  annatBeskrivning?: string;
  /**
   * Bedöm arbetsförmåga utifrån ordinarie arbete. Ange yrke och arbetsuppgifter.
   *
   * Obligatorisk.
   *
   * @question 1
   * @kind textarea
   */
  yrkeOchArbetsuppgifter?: string;
  /**
   * Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?
   *
   * Information om diagnos kan vara viktig för patientens arbetsgivare. Det kan underlätta anpassning av patientens arbetssituation. Det kan också göra att patienten snabbare kommer tillbaka till arbetet.
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 3
   * @kind yesNo
   */
  formedlaDiagnos?: boolean;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga
   *
   * Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.
   *
   * Visas när ”Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 4
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * På vilket sätt medför sjukdomen nedsatt arbetsförmåga?
   *
   * Uppgift om på vilket sätt arbetsförmågan är nedsatt ska anges oavsett om diagnos har angetts eller inte, detta för att arbetstagaren ska kunna styrka sin rätt till sjuklön och rätt att vara frånvarande från arbetet.
   * Informationen har även betydelse för arbetsgivaren i rehabiliteringsarbetet.
   * Uppgift om på vilket sätt sjukdomen medför nedsatt arbetsförmåga blir särskilt viktig om patienten valt att inte uppge diagnos.
   *
   * Obligatorisk.
   *
   * @question 5
   * @kind textarea
   */
  nedsattArbetsformaga?: string;
  /**
   * Finns arbetsförmåga trots sjukdom?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 6
   * @kind yesNo
   */
  finnsArbetsformaga?: boolean;
  /**
   * Beskriv arbetsförmågan
   *
   * Svar på nedanstående frågor kan ge arbetsgivaren vägledning när det gäller eventuell anpassning av arbetsuppgifter, behov av arbetsresor eller möjlighet för arbetstagaren att hålla kontakten med arbetsplatsen.
   * 1. Vilka arbetsuppgifter kan arbetstagaren utföra trots sin nedsatta arbetsförmåga?
   * 2. Vilka arbetsuppgifter och moment bör arbetstagaren inte alls utföra av medicinska skäl?
   * 3. Kan t ex arbetsresor till arbetet hjälpa?
   * 4. Är det möjligt för arbetstagaren att vistas på arbetsplatsen vid till exempel arbetsplatsträffar?
   *
   * Visas när ”Finns arbetsförmåga trots sjukdom?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 6.2
   * @kind textarea
   */
  arbetsformagaBeskrivning?: string;
  /**
   * Patientens arbetsförmåga bedöms vara nedsatt med (ange antal procent)
   *
   * Obligatorisk.
   *
   * @question 7
   * @kind integer
   * @min 1
   * @max 100
   */
  nedsattningProcent?: number;
  /**
   * Period då arbetsförmågan bedöms vara nedsatt
   *
   * Obligatorisk.
   *
   * @question 7.2
   * @kind dateRange
   */
  arbetsformagaPeriod?: DateRange;
  /**
   * Övriga upplysningar till arbetsgivaren
   *
   * @question 8
   * @kind textarea
   */
  ovrigt?: string;
  /**
   * Kontakt med arbetsgivaren
   *
   * Kryssrutans text: Jag önskar att arbetsgivaren kontaktar vårdenheten. Patienten har lämnat samtycke för kontakt mellan arbetsgivare och vårdgivare.
   *
   * @question 9
   * @kind checkbox
   */
  kontaktArbetsgivare?: boolean;
  /**
   * Ange varför du vill ha kontakt och vem som i första hand ska kontaktas samt kontaktuppgifter
   *
   * Visas när ”Kontakt med arbetsgivaren” är ikryssad. Obligatorisk.
   *
   * @question 9.2
   * @kind textarea
   */
  kontaktAnledning?: string;
}

/** A AG1-14 certificate payload. */

export type Ag114Certificate = CertificateEnvelope<"ag114", "2.0", Ag114Answers>;

export const Ag114Type = {"type":"ag114","version":"2.0","code":"AG1-14","name":"Läkarintyg om arbetsförmåga – sjuklöneperioden"} as const;
