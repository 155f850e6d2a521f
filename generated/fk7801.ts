// @generated from definitions/fk7801/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för aktivitetsersättning vid nedsatt arbetsförmåga (FK7801), version 1.1: the answers by field id. */

export interface Fk7801Answers {
  /**
   * Underlaget är baserat på
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
   * Visas när ”annat” i ”Underlaget är baserat på” är ikryssad. Obligatorisk.
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
   * Visas när ”min undersökning av patienten” i ”Underlaget är baserat på” inte är ikryssad och ”anhörigs beskrivning av patienten”, ”journaluppgifter från den” eller ”annat” i ”Underlaget är baserat på” är ikryssad.
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
  underlag?: Array<{ typ?: "NEUROPSYKIATRISKT" | "HABILITERING" | "ARBETSTERAPEUT" | "FYSIOTERAPEUT" | "LOGOPED" | "PSYKOLOG" | "FORETAGSHALSOVARD" | "SKOLHALSOVARD" | "SPECIALISTKLINIK" | "VARD_UTOMLANDS" | "OVRIGT_UTLATANDE"; datum?: IsoDate; hamtasFran?: string }>;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga
   *
   * Ange diagnoser för sjukdom som orsakar nedsatt arbetsförmåga. Huvuddiagnosen för arbetsförmågans nedsättning anges först.
   *
   * Obligatorisk.
   *
   * @question 6
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * När och var ställdes diagnosen/diagnoserna?
   *
   * Obligatorisk.
   *
   * @question 7
   * @kind textarea
   * @maxLength 3500
   */
  diagnosgrund?: string;
  /**
   * Finns skäl till att revidera/uppdatera tidigare satt diagnos?
   *
   * Möjliga anledningar kan vara:
   * - att det var länge sedan utredningen gjordes
   * - att ny bedömning har rekommenderats i tidigare utlåtande eller
   * - att den kliniska bilden avviker från vad som kan förväntas utifrån ställd diagnos
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 45
   * @kind yesNo
   */
  nyBedomningDiagnosgrund?: boolean;
  /**
   * Beskriv vilken eller vilka diagnoser som avses.
   *
   * Visas när ”Finns skäl till att revidera/uppdatera tidigare satt diagnos?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 45.2
   * @kind textarea
   */
  diagnosForNyBedomning?: string;
  /**
   * Bakgrund - beskriv kortfattat förloppet för aktuella sjukdomar
   *
   * Obligatorisk.
   *
   * @question 5
   * @kind textarea
   * @maxLength 3500
   */
  sjukdomsforlopp?: string;
  /**
   * Intellektuell funktion
   *
   * Beskriv eventuella iakttagelser alternativt testresultat från psykologutredning
   *
   * Intellektuell funktion
   *
   * Med intellektuell funktion, teoretisk begåvning eller intelligens avses förmågan att tänka logiskt. För att lösa ett problem på ett logiskt vis gör vi det genom att föreställa oss det i tankarna snarare än att pröva oss fram konkret.
   *
   * Exempel: En vuxen som klarat skolgång med normalbetyg och klarar vardagliga krav i arbete och privatliv är i regel normalbegåvad. För en noggrannare nivåbedömning krävs testning utförd av psykolog.
   *
   * @question 8
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningIntellektuell?: string;
  /**
   * Övergripande psykosociala funktioner
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Övergripande psykosociala funktioner
   *
   * Med psykosociala funktioner avses förmågan till emotionell kontakt, social ömsesidighet och samspel.
   *
   * Förmågan att på ett teoretiskt plan kunna sätta sig in i hur andra människor tänker och känner, även om man inte har varit med om samma situation själv.
   *
   * Bristande förmåga till social ömsesidighet och samspel leder lätt till missförstånd, konflikter och svårigheter med relationer i privatliv och arbetsliv.
   *
   * @question 9
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningKommunikation?: string;
  /**
   * Uppmärksamhet, koncentration och exekutiv funktion
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Uppmärksamhet, koncentration och exekutiv funktion
   *
   * Förmågan till uppmärksamhet handlar om att rikta sitt fokus på rätt sak vid rätt tillfälle samt att skifta, fördela och vidmakthålla uppmärksamhet. I förmågan ingår även en tidsaspekt. En person behöver viljemässigt kunna rikta sin uppmärksamhet under lång tid, alltså vara uthållig.
   *
   * Med exekutiv funktion avses förmågan att planera, initiera, genomföra, korrigera och avsluta en handling.
   *
   * Exempel: Att rikta, reglera och uthålligt bevara uppmärksamheten är en stor svårighet för en person med ADHD/ADD. Tillfälliga svårigheter kan bero på sjukdom (till exempel sömnstörning, depression eller utmattning) eller skada (till exempel hjärnskakning) och uppkomma när som helst under livet.
   * Även svårigheter med exekutiva funktioner är vanliga vid ADHD/ADD men förekommer även vid andra tillstånd.
   *
   * @question 10
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningKoncentration?: string;
  /**
   * Annan psykisk funktion
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Annan psykisk funktion
   *
   * Med annan psykisk funktion avses övriga psykiska funktioner, som psykiska språkfunktioner, emotionella funktioner, minnesfunktioner och psykiska funktioner som berör energinivå, förmågan till impulskontroll, motivation, omdöme, medvetenhet om det egna beteendet samt att vara orienterad till tid, plats, situation och person.
   *
   * Exempel: I denna ruta kan till exempel affektiva svårigheter, svårigheter att reglera sitt temperament, beteendestörningar och missbruk ingå. Även påverkan på medvetande och orienteringsförmåga samt förvirring sekundärt till kroppslig sjukdom kan ingå.
   *
   * @question 11
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningPsykisk?: string;
  /**
   * Sinnesfunktioner och smärta
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Sinnesfunktioner och smärta
   * Med sinnesfunktion avses förmågan att tolka de fem sinnena, syn, hörsel, känsel, lukt och smak. Begreppet sinnesfunktion används oftast synonymt med perception. Man kan vara särskilt känslig och uppleva obehag vid ljud, ljus, temperatur, beröring, smak eller lukt eller vara mindre känslig.
   *
   * Med smärta avses här förnimmelse av obehaglig känsla som tyder på tänkbar eller faktisk skada i någon del av kroppen. Det innefattar förnimmelser av generell eller lokal smärta i en eller flera kroppsdelar, smärta i ett dermatom (hudavsnitt), huggande, brännande, molande smärta och värk samt funktionsnedsättningar såsom myalgi (muskelsmärta), analgesi (okänslighet för smärta) och hyperalgesi (överkänslighet för smärta).
   *
   * Exempel: Avvikelser vad gäller sinnesfunktion (perception) är vanligt till exempel inom det neuropsykiatriska området men saknar ofta specifik medicinsk diagnos. Smärtproblematik är dock mycket vanligt och kan utgöra både en primär svårighet och sekundär till annan sjukdom.
   *
   * @question 12
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningSynHorselTal?: string;
  /**
   * Balans, koordination och motorik
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Balans, koordination och motorik
   *
   * Med balans avses kroppens balansfunktion och förnimmelse av kroppsställning (positionsuppfattning). Med koordination avses till exempel öga-handkoordination, gångkoordination och att samordna rörelser av armar och ben. Med motorik avses svårigheter med finmotorik, grovmotorik eller till exempel munmotorik.
   *
   * Exempel: Svårigheter med dessa områden kan ha uppstått tidigt som till exempel vid en CP-skada eller uppkommit senare i livet till följd av till exempel en stroke eller neurologisk sjukdom.
   *
   * @question 13
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningBalansKoordination?: string;
  /**
   * Annan kroppslig funktion
   *
   * Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)
   *
   * Annan kroppslig funktion
   *
   * Med annan kroppslig funktion avses här avvikelser eller förlust i kroppsfunktion och fysiologiska funktioner utifrån ICF:s intentioner. Här beskrivs observerade funktionsnedsättningar (direkt/indirekt) med avvikelser i status men även sådana som framkommit i annan medicinsk utredning.
   *
   * Exempel: Med annan kroppslig funktion avses konsekvenser av somatisk sjukdom som till exempel avvikelser i kroppsligt status, röntgen- och laboratoriefynd samt kliniskt fysiologiska undersökningar.
   *
   * @question 14
   * @kind textarea
   * @maxLength 3500
   */
  funktionsnedsattningAnnan?: string;
  /**
   * Aktivitetsbegränsningar - beskriv vad har patienten svårt att göra på grund av den eller de funktionsnedsättningar som beskrivs ovan?
   *
   * Ge konkreta exempel
   *
   * I din beskrivning kan du utgå från kapitlen om aktiviteter och delaktighet i ICF som stöd:
   * Lärande och att tillämpa kunskap
   * Allmänna uppgifter och krav
   * Kommunikation
   * Förflyttning
   * Personlig vård
   * Hemliv
   * Mellanmänskliga interaktioner och relationer
   * Viktiga livsområden: exempelvis utbildning arbete, sysselsättning och ekonomi
   * Samhällsgemenskap, socialt och medborgerligt liv: exempelvis som fritidsintressen.
   *
   * Beskriv hur du själv har observerat begränsningarna. Om uppgiften baseras på anamnes/intervju eller någon annans observationer anger du det.
   *
   * Ange även om det finns någon typ av aktivitet som patienten bör undvika på grund av betydande medicinsk risk eller allvarlig olycksrisk.
   *
   * Obligatorisk.
   *
   * @question 17
   * @kind textarea
   * @maxLength 3500
   */
  aktivitetsbegransning?: string;
  /**
   * Avslutade medicinska behandlingar/åtgärder
   *
   * Ange under vilka perioder de pågick och vilka resultat de gav. Ange även erbjudna men inte genomförda/avböjda behandlingar/åtgärder.
   *
   * @question 18
   * @kind textarea
   * @maxLength 3500
   */
  avslutadBehandling?: string;
  /**
   * Pågående medicinska behandlingar/åtgärder
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet
   *
   * @question 19
   * @kind textarea
   * @maxLength 3500
   */
  pagaendeBehandling?: string;
  /**
   * Planerade medicinska behandlingar/åtgärder
   *
   * Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet
   *
   * @question 20
   * @kind textarea
   * @maxLength 3500
   */
  planeradBehandling?: string;
  /**
   * Substansintag
   *
   * Ordinerade läkemedel, alkohol, tobak och övriga substansintag
   *
   * @question 21
   * @kind textarea
   * @maxLength 3500
   */
  substansintag?: string;
  /**
   * Hur bedömer du att patientens medicinska förutsättningar för arbete, helt eller delvis, kan utvecklas över tid? Beskriv även om det finns medicinska skäl till särskilda arbetstider.
   *
   * Särskilda arbetstider kan vara annan än ordinarie förläggning av arbetstiden, till skillnad från att minska arbetstiden lika mycket varje dag.
   *
   * Obligatorisk.
   *
   * @question 22
   * @kind textarea
   */
  medicinskaForutsattningarForArbete?: string;
  /**
   * Beskriv vad patienten kan göra trots sin sjukdom eller sina begränsningar
   *
   * Beskriv här om patienten har särskilt goda resurser inom något område eller har några speciella förmågor som kan tas till vara. Informationen är till för att hjälpa Försäkringskassan som, utöver att bedöma rätten till ersättning, även ansvarar för att samordna rehabilitering och andra aktiva insatser.
   *
   * @question 23
   * @kind textarea
   */
  formagaTrotsBegransning?: string;
  /**
   * Beskriv eller lämna förslag på vad som kan underlätta för patienten att komma ut i arbete
   *
   * Exempel på vad som kan underlätta att komma ut i arbete:
   * - arbetsförberedande insatser
   * - delta i fysisk eller social träning
   * - olika lokala samverkansaktiviteter
   * - utbildningsinsatser
   * - olika typer av hjälpmedel.
   *
   * @question 24
   * @kind textarea
   */
  forslagTillAtgard?: string;
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

/** A FK7801 certificate payload. */

export type Fk7801Certificate = CertificateEnvelope<"fk7801", "1.1", Fk7801Answers>;

export const Fk7801Type = {"type":"fk7801","version":"1.1","code":"FK7801","name":"Läkarutlåtande för aktivitetsersättning vid nedsatt arbetsförmåga"} as const;
