// @generated from definitions/fk7810/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för assistansersättning (FK7810), version 1.0: the answers by field id. */

export interface Fk7810Answers {
  /**
   * Utlåtandet är baserat på
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"FYSISKUNDERSOKNING"`: min undersökning vid fysiskt vårdmöte
   * - `"DIGITALUNDERSOKNING"`: min undersökning vid digitalt vårdmöte
   * - `"JOURNALUPPGIFTER"`: journaluppgifter från den
   * - `"ANHORIG"`: anhörigs eller annans beskrivning av patienten
   * - `"ANNAT"`: annat
   *
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANHORIG?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange anhörigs eller annans relation till patienten
   *
   * Visas när ”anhörigs eller annans beskrivning av patienten” i ”Utlåtandet är baserat på” är ikryssad. Obligatorisk.
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
   * Jag har kännedom om patienten sedan
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"INGEN_TIDIGARE"`: Ingen tidigare kännedom
   * - `"MINDRE_AN_ETT_AR"`: Kännedom i mindre än ett år
   * - `"MER_AN_ETT_AR"`: Kännedom i mer än ett år
   *
   * @question 2
   * @kind choice
   */
  kannedomOmPatienten?: "INGEN_TIDIGARE" | "MINDRE_AN_ETT_AR" | "MER_AN_ETT_AR";
  /**
   * Är utlåtandet även baserat på andra utredningar eller underlag?
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
   * Skriv exempelvis Neuropsykiatriska kliniken på X-stads sjukhus eller om patienten själv kommer att bifoga utredningen till sin ansökan.
   *
   * Visas när ”Är utlåtandet även baserat på andra utredningar eller underlag?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 4
   * @kind rows
   */
  utredningar?: Array<{ typ?: "NEUROPSYKIATRISKT" | "HABILITERING" | "ARBETSTERAPEUT" | "FYSIOTERAPEUT" | "LOGOPED" | "PSYKOLOG" | "VARDCENTRAL" | "SPECIALISTKLINIK" | "VARD_UTOMLANDS" | "HORSELHABILITERING" | "SYNHABILITERINGEN" | "DIETIST" | "OVRIGT_UTLATANDE"; datum?: IsoDate; vardgivare?: string }>;
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
   * Beskriv kortfattat historiken för diagnoserna ovan
   *
   * Obligatorisk.
   *
   * @question 5
   * @kind textarea
   * @maxLength 4000
   */
  diagnosHistorik?: string;
  /**
   * Välj alternativ för att visa fritextfält. Välj minst ett:
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"INTELLEKTUELL_FUNKTION"`: Intellektuell funktion
   * - `"KOMMUNIKATION_SOCIAL_INTERAKTION"`: Övergripande psykosociala funktioner
   * - `"UPPMARKSAMHET"`: Uppmärksamhet, koncentration och exekutiv funktion
   * - `"PSYKISK_FUNKTION"`: Annan psykisk funktion
   * - `"Sinnesfunktion"`: Sinnesfunktioner och smärta
   * - `"KOORDINATION"`: Balans, koordination och motorik
   * - `"ANDNINGS_FUNKTION"`: Andningsfunktion
   * - `"ANNAN_KROPPSILIG_FUNKTION"`: Annan kroppslig funktion
   *
   * @question funktionsnedsattning
   * @kind multiChoice
   */
  funktionsomraden?: Array<"INTELLEKTUELL_FUNKTION" | "KOMMUNIKATION_SOCIAL_INTERAKTION" | "UPPMARKSAMHET" | "PSYKISK_FUNKTION" | "Sinnesfunktion" | "KOORDINATION" | "ANDNINGS_FUNKTION" | "ANNAN_KROPPSILIG_FUNKTION">;
  /**
   * Intellektuell funktion
   *
   * Beskriv eventuella iakttagelser alternativt testresultat från psykologutredning
   *
   * Med intellektuell funktion, teoretisk begåvning eller intelligens menas förmågan att tänka logiskt. För att bedöma nivån krävs det att test utförts av en psykolog.
   *
   * Visas när ”Intellektuell funktion” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
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
   * Visas när ”Övergripande psykosociala funktioner” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 9
   * @kind textarea
   * @maxLength 4000
   */
  psykosocialaFunktioner?: string;
  /**
   * Uppmärksamhet, koncentration och exekutiv funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Uppmärksamhet handlar om förmågan att rikta fokus på rätt sak vid rätt tillfälle samt att skifta, fördela och vidmakthålla uppmärksamheten. En person behöver även viljemässigt kunna rikta sin uppmärksamhet under en längre tid.
   * Med exekutiv funktion menas förmågan att planera, initiera, genomföra, korrigera och avsluta en handling.
   *
   * Visas när ”Uppmärksamhet, koncentration och exekutiv funktion” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 10
   * @kind textarea
   * @maxLength 4000
   */
  uppmarksamhet?: string;
  /**
   * Annan psykisk funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Med annan psykisk funktion menas exempelvis:
   * - stämningsläge, depressivitet, ångest och reglering av affekter
   * - motivation, energinivå, impulskontroll och initiativförmåga
   * - kognitiv flexibilitet, omdöme och insikt
   * - minnesfunktioner
   * - sömnfunktioner
   * - vanföreställningar och tvångstankar
   * - språklig funktion
   * - orientering i tid samt till plats, situation och person.
   *
   * Visas när ”Annan psykisk funktion” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 11
   * @kind textarea
   * @maxLength 4000
   */
  psykiskFunktion?: string;
  /**
   * Sinnesfunktioner och smärta
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Med sinnesfunktioner och smärta menas exempelvis:
   * - hörselfunktion som är förmågan att förnimma närvaro av ljud och att urskilja lokalisering, tonhöjd, ljudstyrka och ljudkvalitet.
   * - synfunktion som är förmåga att förnimma närvaro av ljus och synintryckets form, storlek, utformning och färg.
   * - känslighet eller upplevelse av obehag vid ljud, ljus, temperatur, beröring, smak eller lukt.
   * - smärta kan bero på tänkbar eller faktisk skada. Den kan vara generell eller lokal i kroppsdelar, eller i dermatom (hudavsnitt). Smärta kan till exempel vara huggande, brännande eller molande.
   *
   * Visas när ”Sinnesfunktioner och smärta” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 12
   * @kind textarea
   * @maxLength 4000
   */
  sinnesfunktion?: string;
  /**
   * Balans, koordination och motorik
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Med balans menas kroppens balansfunktion och förnimmelse av kroppsställning (positionsuppfattning). Med koordination menas till exempel ögahandkoordination, gångkoordination och att samordna rörelser av armar och ben. Med motorik menas fin- och grovmotorik eller till exempel munmotorik.
   *
   * Visas när ”Balans, koordination och motorik” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 13
   * @kind textarea
   * @maxLength 4000
   */
  koordination?: string;
  /**
   * Andningsfunktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även eventuella undersökningsfynd och funktionstester.
   *
   * Med andningsfunktioner menas exempelvis:
   * - funktioner att andas in luft i lungorna, gasutbyte mellan luft och blod samt utandning
   * - funktioner i muskler som är involverade i andning
   * Inklusive eventuella åtgärder av annan person, så som slemsugning och hjälp att hantera respirator
   *
   * Visas när ”Andningsfunktion” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 64
   * @kind textarea
   * @maxLength 4000
   */
  andningsfunktion?: string;
  /**
   * Annan kroppslig funktion
   *
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Med annan kroppslig funktion menas till exempel andningsfunktion, matsmältnings- och ämnesomsättningsfunktion samt blås- och tarmfunktion.
   *
   * Visas när ”Annan kroppslig funktion” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Funktionsnedsättning” är ikryssad. Obligatorisk.
   *
   * @question 14
   * @kind textarea
   * @maxLength 4000
   */
  annanKroppsligFunktion?: string;
  /**
   * Välj alternativ för att visa fritextfält. Välj minst ett:
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"LARANDE_BEGRANSNING"`: Lärande, tillämpa kunskap samt allmänna uppgifter och krav
   * - `"KOMMUNIKATION_BEGRANSNING"`: Kommunikation
   * - `"FORFLYTTNING_BEGRANSNING"`: Förflyttning
   * - `"PERSONLIG_VARD_BEGRANSNING"`: Personlig vård och sköta sin hälsa
   * - `"OVRIGA_BEGRANSNING"`: Övriga aktivitetsbegränsningar
   *
   * @question aktivitetsbegransning
   * @kind multiChoice
   */
  aktivitetsomraden?: Array<"LARANDE_BEGRANSNING" | "KOMMUNIKATION_BEGRANSNING" | "FORFLYTTNING_BEGRANSNING" | "PERSONLIG_VARD_BEGRANSNING" | "OVRIGA_BEGRANSNING">;
  /**
   * Lärande, tillämpa kunskap samt allmänna uppgifter och krav
   *
   * Beskriv aktivitetsbegränsningen. Ange grad om det är möjligt och hur aktivitetsbegränsningen kan korrigeras med hjälpmedel.
   *
   * Med lärande och tillämpa kunskap menas att till exempel att förvärva färdigheter, att lösa problem och att fatta beslut. Med allmänna uppgifter och krav menas till exempel att genomföra daglig rutin, eller att hantera stress och andra psykologiska krav.
   *
   * Visas när ”Lärande, tillämpa kunskap samt allmänna uppgifter och krav” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Aktivitetsbegränsningar” är ikryssad. Obligatorisk.
   *
   * @question 65
   * @kind textarea
   * @maxLength 4000
   */
  larandeBegransning?: string;
  /**
   * Kommunikation
   *
   * Beskriv aktivitetsbegränsningen. Ange grad om det är möjligt och hur aktivitetsbegränsningen kan korrigeras med hjälpmedel.
   *
   * Med kommunikation menas till exempel att kommunicera genom språk, tecken och symboler. Det innefattar att ta emot och att förmedla budskap, att genomföra samtal samt att använda olika metoder och hjälpmedel för detta.
   *
   * Visas när ”Kommunikation” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Aktivitetsbegränsningar” är ikryssad. Obligatorisk.
   *
   * @question 66
   * @kind textarea
   * @maxLength 4000
   */
  kommunikationBegransning?: string;
  /**
   * Förflyttning
   *
   * Beskriv aktivitetsbegränsningen. Ange grad om det är möjligt och hur aktivitetsbegränsningen kan korrigeras med hjälpmedel.
   *
   * Med förflyttning menas till exempel att röra sig genom att ändra kroppsställning, att förflytta sig och att använda handens finmotorik för att flytta föremål.
   *
   * Visas när ”Förflyttning” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Aktivitetsbegränsningar” är ikryssad. Obligatorisk.
   *
   * @question 67
   * @kind textarea
   * @maxLength 4000
   */
  forflyttningBegransning?: string;
  /**
   * Personlig vård och sköta sin hälsa
   *
   * Beskriv aktivitetsbegränsningen. Ange grad om det är möjligt och hur aktivitetsbegränsningen kan korrigeras med hjälpmedel.
   *
   * Med personlig vård menas till exempel att tvätta och torka sig själv, att ta hand om sin kropp och sina kroppsdelar, att klä sig, att äta och dricka samt att sköta sin egen hälsa.
   *
   * Visas när ”Personlig vård och sköta sin hälsa” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Aktivitetsbegränsningar” är ikryssad. Obligatorisk.
   *
   * @question 68
   * @kind textarea
   * @maxLength 4000
   */
  personligVardBegransning?: string;
  /**
   * Övriga aktivitetsbegränsningar
   *
   * Beskriv aktivitetsbegränsningen. Ange grad om det är möjligt och hur aktivitetsbegränsningen kan korrigeras med hjälpmedel.
   *
   * Övriga aktivitetsbegränsningar kan vara begränsningar i exempelvis att genomföra
   * - husliga och dagliga sysslor och uppgifter
   * - handlingar och uppgifter som behövs för grundläggande och sammansatta interaktioner med människor på ett i sammanhanget lämpligt och socialt passande sätt
   * - handlingar och uppgifter som krävs för att engagera sig i organiserat socialt liv utanför familjen - i samhällsgemenskap, socialt och medborgerligt liv
   * - uppgifter och handlingar som krävs vid utbildning, arbete, anställning och ekonomiska transaktioner
   *
   * Visas när ”Övriga aktivitetsbegränsningar” i ”Välj alternativ för att visa fritextfält. Välj minst ett:” under ”Aktivitetsbegränsningar” är ikryssad. Obligatorisk.
   *
   * @question 69
   * @kind textarea
   * @maxLength 4000
   */
  ovrigaBegransningar?: string;
  /**
   * Ange pågående och planerade medicinska behandlingar
   *
   * @question 50
   * @kind textarea
   * @maxLength 4000
   */
  pagaendeBehandlingar?: string;
  /**
   * Ange ansvarig vårdenhet och om möjligt tidplan
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
   * @question 39
   * @kind textarea
   * @maxLength 4000
   */
  prognos?: string;
  /**
   * Har patienten behov av hjälp som innefattar sjukvårdande insatser enligt HSL?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 70
   * @kind yesNo
   */
  behovHslInsatser?: boolean;
  /**
   * Ange vilka insatser och i vilken omfattning
   *
   * Visas när ”Har patienten behov av hjälp som innefattar sjukvårdande insatser enligt HSL?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 70.2
   * @kind textarea
   * @maxLength 4000
   */
  hslInsatser?: string;
  /**
   * Har patienten behov av hjälp som bedöms kunna utföras som egenvård?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 70.3
   * @kind yesNo
   */
  behovEgenvard?: boolean;
  /**
   * Ange vilka insatser och i vilken omfattning
   *
   * Visas när ”Har patienten behov av hjälp som bedöms kunna utföras som egenvård?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 70.4
   * @kind textarea
   * @maxLength 4000
   */
  egenvardInsatser?: string;
  /**
   * Övriga upplysningar
   *
   * @question 25
   * @kind textarea
   * @maxLength 4000
   */
  ovrigt?: string;
}

/** A FK7810 certificate payload. */

export type Fk7810Certificate = CertificateEnvelope<"fk7810", "1.0", Fk7810Answers>;

export const Fk7810Type = {"type":"fk7810","version":"1.0","code":"FK7810","name":"Läkarutlåtande för assistansersättning"} as const;
