// @generated from definitions/fk7809/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för merkostnadsersättning (FK7809), version 1.0: the answers by field id. */

export interface Fk7809Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"UNDERSOKNING"`: min undersökning av patienten
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från och med
   * - `"ANHORIG"`: anhörig eller annans beskrivning av patienten
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { UNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANHORIG?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange anhörig eller annans relation till patienten
   *
   * Visas när ”anhörig eller annans beskrivning av patienten” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
   *
   * @question 1.4
   * @kind text
   * @maxLength 4000
   */
  anhorigRelation?: string;
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
  andraUnderlag?: boolean;
  /**
   * Ange utredning eller underlag
   *
   * Skriv från vilken vårdgivare Försäkringskassan kan hämta information om utredningen/underlaget, exempelvis Neuropsykiatriska kliniken på X-stads sjukhus eller om patienten själv kommer att bifoga utredningen till sin ansökan.
   *
   * Visas när ”Är utlåtandet även baserat på andra medicinska utredningar eller underlag?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 4
   * @kind rows
   */
  utredningar?: Array<{ typ?: "NEUROPSYKIATRISKT" | "HABILITERING" | "ARBETSTERAPEUT" | "FYSIOTERAPEUT" | "LOGOPED" | "PSYKOLOG" | "SPECIALISTKLINIK" | "VARD_UTOMLANDS" | "HORSELHABILITERING" | "SYNHABILITERINGEN" | "AUDIONOM" | "DIETIST" | "ORTOPTIST" | "ORTOPEDTEKNIKER" | "OVRIGT_UTLATANDE"; datum?: IsoDate; vardgivare?: string }>;
  /**
   * Diagnos eller diagnoser
   *
   * Ange diagnoskod med så många positioner som möjligt. Använd inga andra tecken än bokstäver och siffror.
   *
   * Obligatorisk.
   *
   * @question 58
   * @kind diagnoses
   */
  diagnoser?: Diagnosis[];
  /**
   * Sammanfatta historiken för diagnoserna
   *
   * Obligatorisk.
   *
   * @question 5
   * @kind textarea
   * @maxLength 4000
   */
  diagnosHistorik?: string;
  /**
   * Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"INTELLEKTUELL_FUNKTION"`: Intellektuell funktion
   * - `"KOMMUNIKATION_SOCIAL_INTERAKTION"`: Övergripande psykosociala funktioner
   * - `"UPPMARKSAMHET"`: Uppmärksamhet, koncentration och exekutiv funktion
   * - `"PSYKISK_FUNKTION"`: Annan psykisk funktion
   * - `"HORSELFUNKTION"`: Hörselfunktion
   * - `"SYNFUNKTION"`: Synfunktion
   * - `"Sinnesfunktion"`: Övriga sinnesfunktioner och smärta
   * - `"KOORDINATION"`: Balans, koordination och motorik
   * - `"ANNAN_KROPPSILIG_FUNKTION"`: Annan kroppslig funktion
   *
   * @question funktionsnedsattning
   * @kind multiChoice
   */
  funktionsomraden?: Array<"INTELLEKTUELL_FUNKTION" | "KOMMUNIKATION_SOCIAL_INTERAKTION" | "UPPMARKSAMHET" | "PSYKISK_FUNKTION" | "HORSELFUNKTION" | "SYNFUNKTION" | "Sinnesfunktion" | "KOORDINATION" | "ANNAN_KROPPSILIG_FUNKTION">;
  /**
   * Intellektuell funktion
   *
   * Beskriv eventuella iakttagelser alternativt testresultat från psykologutredning
   *
   * Med intellektuell funktion, teoretisk begåvning eller intelligens menas förmågan att tänka logiskt. För att bedöma nivån krävs det att test utförts av en psykolog.
   *
   * Visas när ”Intellektuell funktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 8
   * @kind textarea
   * @maxLength 4000
   */
  intellektuellFunktion?: string;
  /**
   * Övergripande psykosociala funktioner
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Med psykosociala funktioner menas
   * - förmågan till emotionell kontakt
   * - social ömsesidighet
   * - samspel
   * - förmågan att på ett teoretiskt plan kunna sätta sig in i hur andra människor tänker och känner, även om man inte har varit med om samma sak själv.
   *
   * Visas när ”Övergripande psykosociala funktioner” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 9
   * @kind textarea
   * @maxLength 4000
   */
  psykosocialaFunktioner?: string;
  /**
   * Uppmärksamhet, koncentration och exekutiv funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Uppmärksamhet handlar om förmågan att rikta fokus på rätt sak vid rätt tillfälle samt att skifta, fördela och vidmakthålla uppmärksamheten. En person behöver även viljemässigt kunna rikta sin uppmärksamhet under en längre tid. Med exekutiv funktion menas förmågan att planera, initiera, genomföra, korrigera och avsluta en handling.
   *
   * Visas när ”Uppmärksamhet, koncentration och exekutiv funktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 10
   * @kind textarea
   * @maxLength 4000
   */
  uppmarksamhet?: string;
  /**
   * Annan psykisk funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Med annan psykisk funktion menas exempelvis
   * - stämningsläge, depressivitet, ångest och reglering av affekter
   * - motivation, energinivå, impulskontroll och initiativförmåga
   * - kognitiv flexibilitet, omdöme och insikt
   * - minnesfunktioner
   * - sömnfunktioner
   * - vanföreställningar och tvångstankar
   * - psykiska språkfunktioner
   * - orientering i tid samt till plats, situation och person.
   *
   * Visas när ”Annan psykisk funktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 11
   * @kind textarea
   * @maxLength 4000
   */
  psykiskFunktion?: string;
  /**
   * Hörselfunktion
   *
   * Beskriv funktionsnedsättningen och undersökningsfynd.
   *
   * Hörselfunktion handlar om förmågan att förnimma närvaro av ljud och att urskilja lokalisering, tonhöjd, ljudstyrka och ljudkvalitet.
   *
   * För att Försäkringskassan ska kunna bedöma om det finns rätt till garanterad nivå av merkostnadsersättning är följande information viktig.
   *
   * Beskriv eventuell nedsättning av hörseln utifrån hörselmätningar och öronstatus. Motivera konstaterade diagnoser utifrån hörseltesterna. Värdera sambandet mellan hörseltesterna och eventuella avvikelser. Beskriv förmågan till kommunikation och taluppfattning utifrån observation och resultat av mätningar eller tester. Skriv om objektiva hörselmätningar har gjorts. Ange vilken typ av hörhjälpmedel patienten använder, och om hen erbjudits utredning för cochleaimplantat (CI).
   *
   * Du kan skicka in
   * - resultat av hörseltester – tonaudiogram med ben och luftledning
   * - resultat av maximal taluppfattning med angiven stimuleringsnivå i decibel (dB)
   * - taluppfattning i ljudfält 65dB med optimalt anpassade hörhjälpmedel
   * - resultat av eventuella objektiva hörselmätningar
   * - underlag från andra bedömningar som gäller kommunikation.
   *
   * Visas när ”Hörselfunktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 48
   * @kind textarea
   * @maxLength 4000
   */
  horselfunktion?: string;
  /**
   * Synfunktion
   *
   * Beskriv funktionsnedsättningen och undersökningsfynd.
   *
   * Synfunktion handlar om förmågan att förnimma närvaro av ljus och synintryckets form, storlek, utformning och färg. För att Försäkringskassan ska kunna bedöma om det finns rätt till garanterad nivå av merkostnadsersättning är följande information viktig.
   *
   * Beskriv nedsättningen av synen:
   * - synskärpa på långt håll med bästa korrektion
   * - synfält – du kan skicka in en kopia av perimetri eller beskriva synfältet på annat sätt till exempel enligt Donders metod.
   * - andra synfunktioner som till exempel förmåga till samsyn, dubbelseende, nystagmus, mörkerseende, färgseende, kontrastseende, bländningskänslighet och perception.
   * Beskriv:
   * - personens förmåga att orientera sig och förflytta sig med hjälp av synen
   * - hur stora svårigheter personen har att orientera sig och förflytta sig i en främmande miljö.
   * Bedöm sambandet mellan svårigheterna och den nedsatta synfunktionen. Ange den ledsagning eller hjälpmedel som personen behöver när hen ska förflytta sig. Det kan till exempel vara markeringskäpp, teknikkäpp eller ledarhund.
   *
   * Visas när ”Synfunktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 49
   * @kind textarea
   * @maxLength 4000
   */
  synfunktion?: string;
  /**
   * Övriga sinnesfunktioner och smärta
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Med övriga sinnesfunktioner menas exempelvis känslighet eller upplevelse av obehag vid ljud, ljus, temperatur, beröring, smak eller lukt. Med smärta menas förnimmelse av en obehaglig känsla som tyder på tänkbar eller faktisk skada i någon del av kroppen. Det innefattar förnimmelser av generell eller lokal smärta i en eller flera kroppsdelar, eller i ett dermatom (hudavsnitt). Det kan till exempel vara huggande, brännande, molande smärta och värk.
   *
   * Visas när ”Övriga sinnesfunktioner och smärta” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 12
   * @kind textarea
   * @maxLength 4000
   */
  sinnesfunktion?: string;
  /**
   * Balans, koordination och motorik
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Med balans menas kroppens balansfunktion och förnimmelse av kroppsställning (positionsuppfattning). Med koordination menas till exempel ögahandkoordination, gångkoordination och att samordna rörelser av armar och ben. Med motorik menas fin- och grovmotorik eller till exempel munmotorik.
   *
   * Visas när ”Balans, koordination och motorik” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 13
   * @kind textarea
   * @maxLength 4000
   */
  koordination?: string;
  /**
   * Annan kroppslig funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd.
   *
   * Med annan kroppslig funktion menas till exempel andningsfunktion, matsmältnings- och ämnesomsättningsfunktion samt blås- och tarmfunktion.
   *
   * Visas när ”Annan kroppslig funktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
   *
   * @question 14
   * @kind textarea
   * @maxLength 4000
   */
  annanKroppsligFunktion?: string;
  /**
   * Beskriv vad patienten har svårt att göra på grund av sin funktionsnedsättning
   *
   * Ge konkreta exempel på aktiviteter i vardagen där svårigheter uppstår
   *
   * @question 17
   * @kind textarea
   * @maxLength 4000
   */
  aktivitetsbegransningar?: string;
  /**
   * Ange pågående och planerade medicinska behandlingar
   *
   * @question 50
   * @kind textarea
   * @maxLength 4000
   */
  pagaendeBehandlingar?: string;
  /**
   * Ange ansvarig vårdenhet och tidplan
   *
   * Visas när ”Ange pågående och planerade medicinska behandlingar” är ifylld. Obligatorisk.
   *
   * @question 50.2
   * @kind text
   * @maxLength 4000
   */
  vardenhetOchTidplan?: string;
  /**
   * Hur förväntas patientens funktionsnedsättning och aktivitetsbegränsningar utvecklas över tid?
   *
   * Obligatorisk.
   *
   * @question 51
   * @kind textarea
   * @maxLength 4000
   */
  prognos?: string;
  /**
   * Övriga upplysningar
   *
   * @question 25
   * @kind textarea
   * @maxLength 4000
   */
  ovrigt?: string;
}

/** A FK7809 certificate payload. */

export type Fk7809Certificate = CertificateEnvelope<"fk7809", "1.0", Fk7809Answers>;

export const Fk7809Type = {"type":"fk7809","version":"1.0","code":"FK7809","name":"Läkarutlåtande för merkostnadsersättning"} as const;
