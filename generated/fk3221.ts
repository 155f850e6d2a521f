// @generated from definitions/fk3221/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, Diagnosis, IsoDate } from './common.js';

/** Läkarutlåtande för omvårdnadsbidrag eller merkostnadsersättning (FK3221), version 1.0: the answers by field id. */

export interface Fk3221Answers {
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
   * Skriv exempelvis Neuropsykiatriska kliniken på X-stads sjukhus.
   *
   * Visas när ”Är utlåtandet även baserat på andra medicinska utredningar eller underlag?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 4
   * @kind rows
   */
  utredningar?: Array<{ typ?: "NEUROPSYKIATRISKT" | "HABILITERING" | "ARBETSTERAPEUT" | "FYSIOTERAPEUT" | "LOGOPED" | "PSYKOLOG" | "VARDCENTRAL" | "SPECIALISTKLINIK" | "SKOLHALSOVARD" | "VARD_UTOMLANDS" | "HORSELHABILITERING" | "SYNHABILITERINGEN" | "DIETIST" | "OVRIGT_UTLATANDE"; datum?: IsoDate; vardgivare?: string }>;
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
   * - `"Sinnesfunktion"`: Sinnesfunktioner och smärta
   * - `"KOORDINATION"`: Balans, koordination och motorik
   * - `"ANNAN_KROPPSILIG_FUNKTION"`: Annan kroppslig funktion
   *
   * @question funktionsnedsattning
   * @kind multiChoice
   */
  funktionsomraden?: Array<"INTELLEKTUELL_FUNKTION" | "KOMMUNIKATION_SOCIAL_INTERAKTION" | "UPPMARKSAMHET" | "PSYKISK_FUNKTION" | "Sinnesfunktion" | "KOORDINATION" | "ANNAN_KROPPSILIG_FUNKTION">;
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
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
   *
   * Uppmärksamhet handlar om förmågan att rikta fokus på rätt sak vid rätt tillfälle samt att skifta, fördela och vidmakthålla uppmärksamheten. En person behöver även viljemässigt kunna rikta sin uppmärksamhet under en längre tid.
   * Med exekutiv funktion menas förmågan att planera, initiera, genomföra, korrigera och avsluta en handling.
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
   * Visas när ”Annan psykisk funktion” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
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
   * Visas när ”Sinnesfunktioner och smärta” i ”Välj alternativ att fylla i för att visa fritextfält. Välj minst ett:” är ikryssad. Obligatorisk.
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
   * Beskriv funktionsnedsättningen, om möjligt med grad. Ange även undersökningsfynd.
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
   * Beskriv vad barnet har svårt att göra på grund av sin funktionsnedsättning
   *
   * Ge konkreta exempel på aktiviteter i barnets vardag där svårigheter uppstår.
   *
   * Obligatorisk.
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
   * Hur förväntas barnets funktionsnedsättning och aktivitetsbegränsningar utvecklas över tid?
   *
   * Obligatorisk.
   *
   * @question 39
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

/** A FK3221 certificate payload. */

export type Fk3221Certificate = CertificateEnvelope<"fk3221", "1.0", Fk3221Answers>;

export const Fk3221Type = {"type":"fk3221","version":"1.0","code":"FK3221","name":"Läkarutlåtande för omvårdnadsbidrag eller merkostnadsersättning"} as const;
