// @generated from definitions/fk7426/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande tillfällig föräldrapenning för ett allvarligt sjukt barn som inte har fyllt 18 år (FK7426), version 1.0: the answers by field id. */

export interface Fk7426Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"FYSISKUNDERSOKNING"`: min undersökning vid fysiskt vårdmöte
   * - `"DIGITALUNDERSOKNING"`: min undersökning vid digitalt vårdmöte
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"FORALDER"`: förälders beskrivning av barnet
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; FORALDER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”annat” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   * @maxLength 4000
   */
  annatBeskrivning?: string;
  /**
   * Barnets diagnos
   *
   * @question 58
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Fyll i vilka symtom barnet har om diagnos inte är fastställd
   *
   * @question 55
   * @kind textarea
   * @maxLength 4000
   */
  symtom?: string;
  /**
   * Barnets aktuella somatiska hälsotillstånd
   *
   * Beskriv barnets nuvarande somatiska hälsotillstånd. Ta med aktuella undersökningsfynd, testresultat och observationer som har betydelse för din bedömning av allvarligt sjukt barn. Om läkarutlåtandet avser misstanke, beskriv på vilket sätt undersökningsfynden innebär en konkret misstanke om ett specifikt sjukdomstillstånd.
   *
   * @question 71
   * @kind textarea
   * @maxLength 4000
   */
  halsotillstandSomatiskt?: string;
  /**
   * Barnets aktuella psykiska hälsotillstånd
   *
   * Beskriv barnets nuvarande psykiska påverkan. Ta med aktuella undersökningsfynd, testresultat och observationer som har betydelse för din bedömning av allvarligt sjukt barn.
   *
   * @question 72
   * @kind textarea
   * @maxLength 4000
   */
  halsotillstandPsykiskt?: string;
  /**
   * Varför bedömer du att barnet är allvarligt sjukt eller att det finns en stark misstanke om allvarlig diagnos?
   *
   * Beskriv varför du bedömer att barnet är allvarligt sjukt utifrån det påtagliga hotet mot barnets liv eller om det utan behandling finns fara för barnets liv. Om det påtagliga livshotet upphör men barnet fortsatt har behandling eller stor påverkan efter sjukdom så behöver du beskriva detta.
   *
   * Obligatorisk.
   *
   * @question 60
   * @kind textarea
   * @maxLength 4000
   */
  grundForBedomning?: string;
  /**
   * Pågående medicinska behandlingar/åtgärder
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.
   *
   * @question 19
   * @kind textarea
   * @maxLength 4000
   */
  pagaendeBehandlingar?: string;
  /**
   * Planerade medicinska behandlingar/åtgärder
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.
   *
   * @question 20
   * @kind textarea
   * @maxLength 4000
   */
  planeradeBehandlingar?: string;
  /**
   * För vilken period bedömer du att barnet är allvarligt sjuk?
   *
   * Obligatorisk.
   *
   * @question 61
   * @kind dateRange
   */
  allvarligtSjukPeriod?: DateRange;
  /**
   * Motivera bedömningen av perioden som du anser att det finns ett påtagligt hot mot barnets liv
   *
   * Obligatorisk.
   *
   * @question 61.2
   * @kind textarea
   * @maxLength 4000
   */
  allvarligtSjukPeriodMotivering?: string;
  /**
   * Vårdas barnet inneliggande på sjukhus?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 62
   * @kind yesNo
   */
  inneliggandePaSjukhus?: boolean;
  /**
   * Ange period
   *
   * Visas när ”Vårdas barnet inneliggande på sjukhus?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 62.2
   * @kind dateRange
   */
  inneliggandePeriod?: DateRange;
  /**
   * Är barnet inskrivet med hemsjukvård?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 62.3
   * @kind yesNo
   */
  hemsjukvard?: boolean;
  /**
   * Ange period
   *
   * Visas när ”Är barnet inskrivet med hemsjukvård?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 62.4
   * @kind dateRange
   */
  hemsjukvardPeriod?: DateRange;
}

/** A FK7426 certificate payload. */

export type Fk7426Certificate = CertificateEnvelope<"fk7426", "1.0", Fk7426Answers>;

export const Fk7426Type = {"type":"fk7426","version":"1.0","code":"FK7426","name":"Läkarutlåtande tillfällig föräldrapenning för ett allvarligt sjukt barn som inte har fyllt 18 år"} as const;
