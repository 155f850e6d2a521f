// @generated from definitions/fk7804/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

import type { Fk7804V1_2Certificate } from './fk7804.v1.2.js';

/** Läkarintyg för sjukpenning (FK7804), version 2.0: the answers by field id. */

export interface Fk7804V2_0Answers {
  /**
   * Förhållningsregler enligt smittskyddslagen på grund av smitta
   *
   * @question 27
   * @kind checkbox
   */
  smittbararpenning?: boolean;
  /**
   * Intyget är baserat på
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"FYSISKUNDERSOKNING"`: min undersökning vid fysiskt vårdmöte
   * - `"DIGITALUNDERSOKNING"`: min undersökning vid digitalt vårdmöte
   * - `"TELEFONKONTAKT"`: min telefonkontakt med patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; TELEFONKONTAKT?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”annat” i ”Intyget är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   * @maxLength 50
   */
  annatBeskrivning?: string;
  /**
   * I relation till vilken sysselsättning bedömer du arbetsförmågan?
   *
   * Om du kryssar i flera val är det viktigt att du tydliggör under "Övriga upplysningar" om sjukskrivningens omfattning eller period skiljer sig åt mellan olika sysselsättningar.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"NUVARANDE_ARBETE"`: Nuvarande arbete
   * - `"ARBETSSOKANDE"`: Arbetssökande - att utföra sådant arbete som är normalt förekommande på arbetsmarknaden
   * - `"FORALDRALEDIG"`: Föräldraledighet
   * - `"STUDIER"`: Studier
   *
   * @question 28
   * @kind multiChoice
   */
  sysselsattning?: Array<"NUVARANDE_ARBETE" | "ARBETSSOKANDE" | "FORALDRALEDIG" | "STUDIER">;
  /**
   * Ange yrke och arbetsuppgifter
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Nuvarande arbete” i ”I relation till vilken sysselsättning bedömer du arbetsförmågan?” är ikryssad. Obligatorisk.
   *
   * @question 29
   * @kind textarea
   * @maxLength 4000
   */
  yrkeOchArbetsuppgifter?: string;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga
   *
   * Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.
   *
   * Obligatorisk.
   *
   * @question 6
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Ange vilken/vilka funktionsnedsättningar patienten har till följd av sjukdom och om möjligt svårighetsgrad. Ange även vad din bedömning av funktionsnedsättningar baseras på. Beskriv relevanta undersökningsfynd, testresultat, utredningssvar eller andra uppgifter (exempelvis anamnesuppgifter) och hur du bedömer dem.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * @question 35
   * @kind icf
   * @maxLength 4000
   */
  funktionsnedsattning?: { text?: string; codes?: string[] };
  /**
   * Beskriv vad du bedömer att patienten har svårt att göra på grund av sin sjukdom. Ange exempel på sådana begränsningar relaterade till de arbetsuppgifter eller annan sysselsättning som du bedömer arbetsförmågan i förhållande till. Ange om möjligt svårighetsgrad.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * @question 17
   * @kind icf
   * @maxLength 4000
   */
  aktivitetsbegransning?: { text?: string; codes?: string[] };
  /**
   * Beskriv pågående och planerade medicinska behandlingar/åtgärder som kan påverka arbetsförmågan
   *
   * Ange vad syftet är och om möjligt tidsplan samt ansvarig vårdenhet.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 19
   * @kind textarea
   * @maxLength 4000
   */
  pagaendeBehandling?: string;
  /**
   * Min bedömning av patientens nedsättning av arbetsförmågan
   *
   * Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till patientens normala arbetstid.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"EN_FJARDEDEL"`: 25 procent
   * - `"HALFTEN"`: 50 procent
   * - `"TRE_FJARDEDEL"`: 75 procent
   * - `"HELT_NEDSATT"`: 100 procent
   *
   * @question 32
   * @kind sickLeavePeriods
   */
  sjukskrivning?: { EN_FJARDEDEL?: DateRange; HALFTEN?: DateRange; TRE_FJARDEDEL?: DateRange; HELT_NEDSATT?: DateRange };
  /**
   * Patientens arbetsförmåga bedöms nedsatt längre tid än den som Socialstyrelsens försäkringsmedicinska beslutsstöd anger, därför att
   *
   * - Om sjukdomen inte följer förväntat förlopp ska det framgå på vilket sätt.
   * - Om det inträffar komplikationer som gör att det tar längre tid att återfå arbetsförmågan ska du beskriva detta.
   * - Om sjukskrivningslängden påverkas av flera sjukdomar, så kallad samsjuklighet, ska du beskriva detta.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 37
   * @kind textarea
   * @maxLength 4000
   */
  forlangningFmb?: string;
  /**
   * Transport till och från arbetsplatsen
   *
   * Om patienten kan arbeta men inte kan ta sig till arbetet som vanligt kan Försäkringskassan ersätta kostnader för arbetsresor. Det innebär att patienten i stället för sjukpenning kan få ersättning för de merutgifter som uppstår för resor till och från arbetet.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * Kryssrutans text: Patienten skulle kunna arbeta helt eller delvis vid hjälp med transport till och från arbetsplatsen
   *
   * @question 34
   * @kind checkbox
   */
  transportArbetsplats?: boolean;
  /**
   * Kommer möjligheterna till återgång i arbete försämras om arbetstiden förläggs ojämnt vid deltidssjukskrivning?
   *
   * När du besvarar frågan ska du utgå från de uppgifter som du har om arbetstidens förläggning vid sjukskrivningstillfället, det vill säga den arbetstidsförläggning som du diskuterat med patienten.
   * Att förläggningen försämrar patientens möjligheter till återgång i arbete kan exempelvis vara att hälsotillståndet påverkas negativt eller att sjukdomen innebär att en annan förläggning av arbetstiden än jämn minskning varje dag skulle motverka rehabiliteringen.
   *
   * Visas när ”50 procent”, ”75 procent” eller ”25 procent” i ”Min bedömning av patientens nedsättning av arbetsförmågan” är ifylld. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 33
   * @kind yesNo
   */
  ojamnArbetstid?: boolean;
  /**
   * Beskriv de medicinska skälen till att möjligheterna till återgång i arbete försämras
   *
   * Visas när ”Kommer möjligheterna till återgång i arbete försämras om arbetstiden förläggs …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 33.2
   * @kind textarea
   * @maxLength 4000
   */
  ojamnArbetstidMotivering?: string;
  /**
   * Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle
   *
   * En viktig information för att underlätta planeringen.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"STOR_SANNOLIKHET"`: Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter detta intygs slutdatum
   * - `"ATER_X_ANTAL_MANADER"`: Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter angiven tid
   * - `"SANNOLIKT_INTE"`: Patienten förväntas inte kunna återgå helt i nuvarande sysselsättning
   * - `"PROGNOS_OKLAR"`: Prognosen för återgång i nuvarande sysselsättning är svårbedömd
   *
   * @question 39
   * @kind choice
   */
  prognos?: "STOR_SANNOLIKHET" | "ATER_X_ANTAL_MANADER" | "SANNOLIKT_INTE" | "PROGNOS_OKLAR";
  /**
   * Ange antal månader
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle” är besvarad med ”Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter angiven tid”. Obligatorisk.
   *
   * @question 39.4
   * @kind integer
   * @min 1
   * @max 99
   */
  prognosManader?: number;
  /**
   * Beskriv vad som ligger till grund för bedömningen
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle” är besvarad med ”Prognosen för återgång i nuvarande sysselsättning är svårbedömd”. Obligatorisk.
   *
   * @question 39.2
   * @kind textarea
   * @maxLength 4000
   */
  prognosBeskrivning?: string;
  /**
   * Här kan du beskriva andra åtgärder än åtgärder inom hälso- och sjukvården som kan främja återgången i arbete
   *
   * Beskriv gärna hur åtgärderna kan främja återgången i arbete eller annan aktuell sysselsättning.
   *
   * Åtgärderna kan exempelvis handla om att patienten har en regelbunden kontakt med arbetsplatsen. Det kan också vara arbetsanpassning, som anpassning av arbetstider, arbetsuppgifter eller arbetsplatsen.
   * Du kan även föreslå att patienten får arbetsträna vilket innebär att vara på en arbetsplats och delta i verksamheten utan krav på produktivitet.
   * Tänk på att det är Försäkringskassan eller Arbetsförmedlingen som beslutar om arbetsträning. De föreslagna åtgärderna är exempel på möjliga åtgärder och det kan finnas flera åtgärder som är lämpliga.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 44
   * @kind textarea
   * @maxLength 4000
   */
  atgarder?: string;
  /**
   * Övriga upplysningar
   *
   * @question 25
   * @kind textarea
   * @maxLength 4000
   */
  ovrigt?: string;
  /**
   * Kontakt med Försäkringskassan
   *
   * Försäkringskassans handläggare tar kontakt med dig när underlagen har kommit in och handläggningen kan påbörjas.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * Kryssrutans text: Jag önskar att Försäkringskassan kontaktar mig
   *
   * @question 26
   * @kind checkbox
   */
  kontaktFk?: boolean;
  /**
   * Ange gärna varför du vill ha kontakt
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Kontakt med Försäkringskassan” är ikryssad.
   *
   * @question 26.2
   * @kind textarea
   * @maxLength 4000
   */
  kontaktAnledning?: string;
}

/** A FK7804 certificate payload, version 2.0. */

export type Fk7804V2_0Certificate = CertificateEnvelope<"fk7804", "2.0", Fk7804V2_0Answers>;

/** The current version of FK7804 (2.0), by its plain name. */

export type Fk7804Answers = Fk7804V2_0Answers;
export type Fk7804Certificate = Fk7804V2_0Certificate;

/** A FK7804 payload in any version this build knows: 1.2, 2.0. */

export type Fk7804AnyVersion = Fk7804V1_2Certificate | Fk7804V2_0Certificate;

export const Fk7804Type = {"type":"fk7804","version":"2.0","code":"FK7804","name":"Läkarintyg för sjukpenning"} as const;
