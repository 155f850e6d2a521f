// @generated from definitions/fk7802/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för aktivitetsersättning vid förlängd skolgång (FK7802), version 1.1: the answers by field id. */

export interface Fk7802Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"UNDERSOKNING"`: min undersökning av patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANHORIG"`: anhörigs beskrivning av patienten
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { UNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANHORIG?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är:
   *
   * Visas när ”annat” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   * @maxLength 3500
   */
  annatBeskrivning?: string;
  /**
   * Motivering till varför det medicinska underlaget inte baseras på en undersökning av patienten:
   *
   * Detta är ett stöd för ifyllnad och ingen fråga från Försäkringskassan. Informationen du anger här kan vara till hjälp för Försäkringskassan i deras handläggning. Informationen du anger nedan, kommer att överföras till fältet "Övriga upplysningar" vid signering.
   *
   * Visas när ”min undersökning av patienten” i ”Utlåtandet är baserat på” inte är ikryssad och ”anhörigs beskrivning av patienten”, ”journaluppgifter från den” eller ”annat” i ”Utlåtandet är baserat på” är ikryssad.
   *
   * @question 1.4
   * @kind textarea
   * @maxLength 150
   */
  motiveringInteBaseratPaUndersokning?: string;
  /**
   * Jag har känt patienten sedan den
   *
   * Obligatorisk.
   *
   * @question 2
   * @kind date
   * @max today
   */
  kannedomOmPatient?: IsoDate;
  /**
   * Är utlåtandet även baserat på andra medicinska utredningar eller underlag?
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
  underlagFinns?: boolean;
  /**
   * Ange utredning eller underlag
   *
   * Skriv exempelvis Neuropsykiatriska kliniken på X-stads sjukhus eller om patienten själv kommer att bifoga utredningen till sin ansökan.
   *
   * Visas när ”Är utlåtandet även baserat på andra medicinska utredningar eller underlag?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 4
   * @kind rows
   */
  underlag?: Array<{ typ?: "NEUROPSYKIATRISKT" | "HABILITERING" | "ARBETSTERAPEUT" | "FYSIOTERAPEUT" | "LOGOPED" | "PSYKOLOG" | "SKOLHALSOVARD" | "SPECIALISTKLINIK" | "VARD_UTOMLANDS" | "OVRIGT_UTLATANDE"; datum?: IsoDate; hamtasFran?: string }>;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar eller har orsakat funktionsnedsättning
   *
   * Obligatorisk.
   *
   * @question 6
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Beskriv när och hur patientens funktionsnedsättning debuterat, utvecklats och visar sig för närvarande
   *
   * Obligatorisk.
   *
   * @question 15
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningDebut?: string;
  /**
   * Beskriv på vilket sätt funktionsnedsättningen påverkar eller har påverkat patientens förmåga att klara sin skolgång
   *
   * Obligatorisk.
   *
   * @question 16
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningPaverkan?: string;
  /**
   * Övriga upplysningar
   *
   * @question 25
   * @kind textarea
   * @maxLength 2850
   */
  ovrigt?: string;
  /**
   * Kontakt med Försäkringskassan
   *
   * Försäkringskassans handläggare tar kontakt med dig när underlaget har kommit in och handläggningen kan påbörjas.
   *
   * Kryssrutans text: Jag önskar att Försäkringskassan kontaktar mig
   *
   * @question 26
   * @kind checkbox
   */
  kontaktMedFk?: boolean;
  /**
   * Ange gärna varför du vill ha kontakt
   *
   * Visas när ”Kontakt med Försäkringskassan” är ikryssad.
   *
   * @question 26.2
   * @kind textarea
   * @maxLength 3500
   */
  anledningTillKontakt?: string;
}

/** A FK7802 certificate payload. */

export type Fk7802Certificate = CertificateEnvelope<"fk7802", "1.1", Fk7802Answers>;

export const Fk7802Type = {"type":"fk7802","version":"1.1","code":"FK7802","name":"Läkarutlåtande för aktivitetsersättning vid förlängd skolgång"} as const;
