// @generated from definitions/fk7804/versions/1.2/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

/** Läkarintyg för sjukpenning (FK7804), version 1.2: the answers by field id. */

export interface Fk7804V1_2Answers {
  /**
   * Avstängning enligt smittskyddslagen på grund av smitta. (Fortsätt till frågorna "Diagnos" och "Nedsättning av arbetsförmåga").
   *
   * @question 27
   * @kind checkbox
   */
  smittbararpenning?: boolean;
  /**
   * Intyget är baserat på
   *
   * Enligt Socialstyrelsens föreskrifter (HSLF-FS 2018:54) om att utfärda intyg i hälso- och sjukvården ska ett läkarintyg innehålla uppgifter om vad som ligger till grund för din bedömning vid utfärdandet av intyget. Ett intyg ska som huvudregel utfärdas efter en undersökning av patienten. Intyget ska innehålla uppgift om kontaktsätt vid undersökningen. Om kontaktsättet är videosamtal anger du detta under fältet Övriga upplysningar.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"UNDERSOKNING"`: min undersökning av patienten
   * - `"TELEFONKONTAKT"`: min telefonkontakt med patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { UNDERSOKNING?: IsoDate; TELEFONKONTAKT?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”annat” i ”Intyget är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.3
   * @kind text
   */
  annatBeskrivning?: string;
  /**
   * Motivering till varför det medicinska underlaget inte baseras på en undersökning av patienten
   *
   * Observera att detta inte är en fråga från Försäkringskassan. Information om varför sjukskrivningen startar mer än en vecka före dagens datum kan vara till hjälp för Försäkringskassan i deras handläggning.
   * Informationen du anger nedan, kommer att överföras till fältet "Övriga upplysningar" vid signering.
   *
   * Visas när varken ”Smittbärarpenning” eller ”min undersökning av patienten” i ”Intyget är baserat på” är ikryssad och ”min telefonkontakt med patienten”, ”journaluppgifter från den” eller ”annat” i ”Intyget är baserat på” är ikryssad.
   *
   * @question 1.2
   * @kind textarea
   * @maxLength 150
   */
  motiveringInteBaseratPaUndersokning?: string;
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
   * - `"FORALDRALEDIG"`: Föräldraledighet för vård av barn
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
   */
  yrkeOchArbetsuppgifter?: string;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga
   *
   * Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.
   * Om patienten har fler än tre sjukdomar som påverkar arbetsförmågan anges dessa under "övriga upplysningar".
   *
   * Obligatorisk.
   *
   * @question 6
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Funktionsnedsättning
   *
   * Beskriv undersökningsfynd, testresultat och observationer
   *
   * Ange observerade nedsättningar (direkt och indirekt), exempelvis
   * - avvikelser i somatiskt och psykiskt status
   * - röntgen- och laboratoriefynd
   * - resultat av kliniskt fysiologiska undersökningar
   * - andra testresultat, exempelvis neuropsykologiska.
   *
   * Vid psykisk sjukdom, ange förutom basalt psykiskt status även den del av anamnesen som du bedömer talar för ett psykiatriskt tillstånd.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * @question 35
   * @kind icf
   */
  funktionsnedsattning?: { text?: string; codes?: string[] };
  /**
   * Aktivitetsbegränsning
   *
   * Beskriv vad patienten inte kan göra på grund av sin sjukdom. Ange vad uppgiften grundas på.
   *
   * Ge konkreta exempel på situationer och aktiviteter i patientens sysselsättning där svårigheter uppstår. Beskriv hur ofta dessa situationer uppstår och graden av svårigheterna.
   *
   * Beskriv hur du själv har observerat begränsningarna. Om uppgiften baseras på anamnes/intervju eller någon annans observationer anger du det.
   *
   * Ange även om det finns någon typ av aktivitet som patienten bör undvika på grund av betydande medicinsk risk eller allvarlig olycksrisk.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * @question 17
   * @kind icf
   */
  aktivitetsbegransning?: { text?: string; codes?: string[] };
  /**
   * Pågående medicinska behandlingar/åtgärder.
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 19
   * @kind textarea
   */
  pagaendeBehandling?: string;
  /**
   * Planerade medicinska behandlingar/åtgärder.
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 20
   * @kind textarea
   */
  planeradBehandling?: string;
  /**
   * Min bedömning av patientens nedsättning av arbetsförmågan
   *
   * Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till hens normala arbetstid.
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
   * Ange orsak för att starta perioden mer än 7 dagar bakåt i tiden.
   *
   * Observera att detta inte är en fråga från Försäkringskassan.Information om varför sjukskrivningen startar mer än en vecka före dagens datum kan vara till hjälp för Försäkringskassan i deras handläggning.
   *
   * Informationen du anger nedan, kommer att överföras till fältet "Övriga upplysningar" vid signering.
   *
   * Visas när ”Min bedömning av patientens nedsättning av arbetsförmågan” har en period som börjar tidigare än 7 dagar före dagens datum.
   *
   * @question 32.1
   * @kind textarea
   * @maxLength 150
   */
  motiveringTidigtStartdatum?: string;
  /**
   * Patientens arbetsförmåga bedöms nedsatt längre tid än den som Socialstyrelsens försäkringsmedicinska beslutsstöd anger, därför att
   *
   * - Om sjukdomen inte följer förväntat förlopp ska det framgå på vilket sätt.
   * - Om det inträffar komplikationer som gör att det tar längre tid att återfå arbetsförmåga ska du beskriva komplikationerna eller sjukdomstillstånden och skriva en förklaring till varför dessa fördröjer tillfrisknandet.
   * - Om sjukskrivningstidens längd påverkas av flera sjukdomar som orsakar en längre period med aktivitetsbegränsning än varje sjukdom för sig, samsjuklighet, ska du beskriva och förklara detta.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 37
   * @kind textarea
   */
  forlangningFmb?: string;
  /**
   * Resor till och från arbetet med annat färdmedel än normalt kan göra det möjligt för patienten att återgå till arbetet under sjukskrivningsperioden.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * @question 34
   * @kind checkbox
   */
  transportArbetsplats?: boolean;
  /**
   * Finns det medicinska skäl att förlägga arbetstiden på något annat sätt än att minska arbetstiden lika mycket varje dag?
   *
   * Frågorna besvaras endast vid partiellt nedsatt arbetsförmåga.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”25 procent”, ”50 procent” eller ”75 procent” i ”Min bedömning av patientens nedsättning av arbetsförmågan” är ifylld. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 33
   * @kind yesNo
   */
  arbetstidsforlaggning?: boolean;
  /**
   * Beskriv medicinska skäl till annan förläggning av arbetstiden
   *
   * Visas när ”Finns det medicinska skäl att förlägga arbetstiden på något annat sätt än att …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 33.2
   * @kind textarea
   */
  arbetstidsforlaggningMotivering?: string;
  /**
   * Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle
   *
   * En viktig information för att underlätta planeringen.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"STOR_SANNOLIKHET"`: Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter denna sjukskrivning.
   * - `"ATER_X_ANTAL_DGR"`: Patienten förväntas kunna återgå helt i nuvarande sysselsättning inom
   * - `"SANNOLIKT_INTE"`: Patienten förväntas inte kunna återgå helt i nuvarande sysselsättning inom 12 månader.
   * - `"PROGNOS_OKLAR"`: Återgång i nuvarande sysselsättning är oklar.
   *
   * @question 39
   * @kind choice
   */
  prognos?: "STOR_SANNOLIKHET" | "ATER_X_ANTAL_DGR" | "SANNOLIKT_INTE" | "PROGNOS_OKLAR";
  /**
   * Patienten förväntas kunna återgå helt i nuvarande sysselsättning inom
   *
   * Visas när ”Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle” är besvarad med ”Patienten förväntas kunna återgå helt i nuvarande sysselsättning inom”. Obligatorisk.
   *
   * Alternativ:
   * - `"TRETTIO_DGR"`: 1 månad.
   * - `"SEXTIO_DGR"`: 2 månader.
   * - `"NITTIO_DGR"`: 3 månader.
   * - `"HUNDRAATTIO_DAGAR"`: 6 månader.
   * - `"TREHUNDRASEXTIOFEM_DAGAR"`: 12 månader.
   *
   * @question 39.3
   * @kind choice
   */
  prognosDagarTillArbete?: "TRETTIO_DGR" | "SEXTIO_DGR" | "NITTIO_DGR" | "HUNDRAATTIO_DAGAR" | "TREHUNDRASEXTIOFEM_DAGAR";
  /**
   * Här kan du ange åtgärder som du tror skulle göra det lättare för patienten att återgå i arbete
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad. Obligatorisk.
   *
   * Alternativ:
   * - `"EJ_AKTUELLT"`: Inte aktuellt
   * - `"ARBETSTRANING"`: Arbetsträning
   * - `"ARBETSANPASSNING"`: Arbetsanpassning
   * - `"SOKA_NYTT_ARBETE"`: Söka nytt arbete
   * - `"BESOK_ARBETSPLATS"`: Besök på arbetsplatsen
   * - `"ERGONOMISK"`: Ergonomisk bedömning
   * - `"HJALPMEDEL"`: Hjälpmedel
   * - `"KONFLIKTHANTERING"`: Konflikthantering
   * - `"KONTAKT_FHV"`: Kontakt med företagshälsovård
   * - `"OMFORDELNING"`: Omfördelning av arbetsuppgifter
   * - `"OVRIGA_ATGARDER"`: Övrigt
   *
   * @question 40
   * @kind multiChoice
   */
  arbetslivsinriktadeAtgarder?: Array<"EJ_AKTUELLT" | "ARBETSTRANING" | "ARBETSANPASSNING" | "SOKA_NYTT_ARBETE" | "BESOK_ARBETSPLATS" | "ERGONOMISK" | "HJALPMEDEL" | "KONFLIKTHANTERING" | "KONTAKT_FHV" | "OMFORDELNING" | "OVRIGA_ATGARDER">;
  /**
   * Här kan du ange fler åtgärder. Du kan också beskriva hur åtgärderna kan underlätta återgång i arbete.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Arbetsträning”, ”Arbetsanpassning”, ”Söka nytt arbete”, ”Besök på arbetsplatsen”, ”Ergonomisk bedömning”, ”Hjälpmedel”, ”Konflikthantering”, ”Kontakt med företagshälsovård”, ”Omfördelning av arbetsuppgifter” eller ”Övrigt” i ”Här kan du ange åtgärder som du tror skulle göra det lättare för patienten att återgå i arbete” är ikryssad.
   *
   * @question 44
   * @kind textarea
   */
  atgarder?: string;
  /**
   * Övriga upplysningar
   *
   * @question 25
   * @kind textarea
   * @maxLength 2700
   */
  ovrigt?: string;
  /**
   * Kontakt med Försäkringskassan
   *
   * Försäkringskassans handläggare tar kontakt med dig när underlaget har kommit in och handläggningen kan påbörjas.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad.
   *
   * Kryssrutans text: Jag önskar att Försäkringskassan kontaktar mig.
   *
   * @question 26
   * @kind checkbox
   */
  kontaktFk?: boolean;
  /**
   * Ange gärna varför du vill ha kontakt.
   *
   * Visas när ”Smittbärarpenning” inte är ikryssad och ”Kontakt med Försäkringskassan” är ikryssad.
   *
   * @question 26.2
   * @kind textarea
   */
  kontaktAnledning?: string;
}

/** A FK7804 certificate payload, version 1.2. */

export type Fk7804V1_2Certificate = CertificateEnvelope<"fk7804", "1.2", Fk7804V1_2Answers>;

export const Fk7804V1_2Type = {"type":"fk7804","version":"1.2","code":"FK7804","name":"Läkarintyg för sjukpenning"} as const;
