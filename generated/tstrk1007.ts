// @generated from definitions/tstrk1007/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, EyeAcuity } from './common.js';

/** Transportstyrelsens läkarintyg högre körkortsbehörighet (TSTRK1007), version 7.0: the answers by field id. */

export interface Tstrk1007Answers {
  /**
   * Detta intyg ska användas vid förlängd giltighet av högre behörighet, ansökan om körkortstillstånd för grupp II och III och vid ansökan om taxiförarlegitimation. Intyget kan också användas när Transportstyrelsen i andra fall begärt ett läkarintyg. Markera då endast i rutan Annat nedan.
   *
   * Grupp II omfattar behörigheterna AM, A1, A2, A, B, BE, C1, C1E, C och CE.
   * Grupp III omfattar behörigheterna AM, A1, A2, A, B, BE, C1, C1E, C, CE, D1, D1E, D och DE.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"IAV1"`: C1
   * - `"IAV2"`: C1E
   * - `"IAV3"`: C
   * - `"IAV4"`: CE
   * - `"IAV5"`: D1
   * - `"IAV6"`: D1E
   * - `"IAV7"`: D
   * - `"IAV8"`: DE
   * - `"IAV9"`: Taxi
   * - `"IAV10"`: Annat
   *
   * @question 1
   * @kind multiChoice
   */
  intygetAvser?: Array<"IAV1" | "IAV2" | "IAV3" | "IAV4" | "IAV5" | "IAV6" | "IAV7" | "IAV8" | "IAV9" | "IAV10">;
  /**
   * Identitet styrkt genom
   *
   * ID-kort
   * Avser SIS-märkt ID-kort, svenskt nationellt ID-kort eller ID-kort utfärdat av Skatteverket.
   *
   * Företagskort eller tjänstekort
   * Avser SIS-märkt företagskort eller tjänstekort.
   *
   * Försäkran enligt 18 kap 4 §
   * Se Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m.
   *
   * Pass
   * Avser svenskt EU-pass, annat EU-pass utfärdade från och med den 1 september 2006, pass utfärdat av Island, Liechtenstein, Norge eller Schweiz från och med den 1 september 2006.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"IDK1"`: ID-kort
   * - `"IDK3"`: Svenskt körkort
   * - `"IDK5"`: Försäkran enligt 18 kap 4 §
   * - `"IDK2"`: Företagskort eller tjänstekort
   * - `"IDK4"`: Personlig kännedom
   * - `"IDK6"`: Pass
   *
   * @question 2
   * @kind choice
   */
  identitetStyrktGenom?: "IDK1" | "IDK3" | "IDK5" | "IDK2" | "IDK4" | "IDK6";
  /**
   * Tecken på synfältsdefekter vid undersökning enligt Donders konfrontationsmetod?
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
  synfaltsdefekter?: boolean;
  /**
   * Framkommer anamnestiska uppgifter om begränsning av seendet vid nedsatt belysning?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 4
   * @kind yesNo
   */
  nedsattBelysning?: boolean;
  /**
   * Har patienten någon progressiv ögonsjukdom?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 5
   * @kind yesNo
   */
  progressivOgonsjukdom?: boolean;
  /**
   * Framkommer dubbelseende vid prövning av ögats rörlighet (prövningen ska göras i de åtta huvudmeridianerna)?
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
  dubbelseende?: boolean;
  /**
   * Förekommer nystagmus?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 7
   * @kind yesNo
   */
  nystagmus?: boolean;
  /**
   * Värden för synskärpa
   *
   * Alla bokstäver ska kunna läsas på den rad som anger synskärpa. Är synskärpan sämre än 0,1 ska den anges som 0,0
   *
   * Kan besvaras när ”Synskärpa” inte är ifylld.
   *
   * Kryssrutans text: Uppgifter om synskärpa skickas separat
   *
   * @question 8.1
   * @kind checkbox
   */
  synskarpaSkickasSeparat?: boolean;
  /**
   * Synskärpa
   *
   * Obligatorisk när ”Värden för synskärpa” inte är ikryssad. Kan besvaras när ”Värden för synskärpa” inte är ikryssad.
   *
   * @question 8
   * @kind visualAcuities
   * @min 0
   * @max 2
   */
  synskarpa?: { rightEye?: EyeAcuity; leftEye?: EyeAcuity; binocular?: Omit<EyeAcuity, "contactLenses"> };
  /**
   * Korrektionsglasens styrka
   *
   * Kryssrutans text: Högsta styrka i något av glasen överskrider plus 8 dioptrier
   *
   * @question 9
   * @kind checkbox
   */
  korrektionsglasensStyrka?: boolean;
  /**
   * Har patienten överraskande anfall av balansrubbningar eller yrsel?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 10
   * @kind yesNo
   */
  balansrubbningar?: boolean;
  /**
   * Har patienten svårt att uppfatta vanlig samtalsstämma på fyra meters avstånd (hörapparat får användas)?
   *
   * Visas när ”D1”, ”D1E”, ”D”, ”DE” eller ”Taxi” i ”Intyget avser” är ikryssad. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 11
   * @kind yesNo
   */
  uppfattaSamtal4Meter?: boolean;
  /**
   * Har patienten någon sjukdom eller funktionsnedsättning som påverkar rörligheten och som medför att fordon inte kan köras på ett trafiksäkert sätt?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 12
   * @kind yesNo
   */
  funktionsnedsattning?: boolean;
  /**
   * Ange vilken typ av nedsättning eller sjukdom
   *
   * Visas när ”Har patienten någon sjukdom eller funktionsnedsättning som påverkar rörligheten …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 12.1
   * @kind textarea
   * @maxLength 180
   */
  funktionsnedsattningBeskrivning?: string;
  /**
   * Finns en nedsättning av rörelseförmågan som gör att patienten inte kan hjälpa passagerare in och ut ur fordonet samt med bilbälte?
   *
   * Visas när ”D1”, ”D1E”, ”D”, ”DE” eller ”Taxi” i ”Intyget avser” är ikryssad. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 13
   * @kind yesNo
   */
  otillrackligRorelseformaga?: boolean;
  /**
   * Föreligger hjärt- eller kärlsjukdom som kan medföra en påtaglig risk för att hjärnans funktioner akut försämras eller som i övrigt innebär en trafiksäkerhetsrisk?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 14
   * @kind yesNo
   */
  hjartKarlsjukdom?: boolean;
  /**
   * Finns tecken på hjärnskada efter trauma, stroke eller annan sjukdom i centrala nervsystemet?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 15
   * @kind yesNo
   */
  teckenHjarnskada?: boolean;
  /**
   * Föreligger viktiga riskfaktorer för stroke (tidigare stroke eller TIA, förhöjt blodtryck, förmaksflimmer eller kärlmissbildning)?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 16
   * @kind yesNo
   */
  riskfaktorerStroke?: boolean;
  /**
   * Typ av sjukdom
   *
   * Visas när ”Föreligger viktiga riskfaktorer för stroke (tidigare stroke eller TIA, förhöjt …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 16.1
   * @kind textarea
   * @maxLength 180
   */
  typAvSjukdomRiskfaktorer?: string;
  /**
   * Har patienten diabetes?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 17
   * @kind yesNo
   */
  harDiabetes?: boolean;
  /**
   * Vilken typ?
   *
   * Visas när ”Har patienten diabetes?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Alternativ:
   * - `"DIABETES_TYP_1"`: Typ 1
   * - `"DIABETES_TYP_2"`: Typ 2
   *
   * @question 18
   * @kind choice
   */
  diabetesTyp?: "DIABETES_TYP_1" | "DIABETES_TYP_2";
  /**
   * Ange behandling
   *
   * Visas när ”Vilken typ?” är besvarad med ”Typ 2”. Obligatorisk.
   *
   * Alternativ:
   * - `"kost"`: Kost
   * - `"tablett"`: Tabletter
   * - `"insulin"`: Insulin
   *
   * @question 19
   * @kind multiChoice
   */
  diabetesBehandling?: Array<"kost" | "tablett" | "insulin">;
  /**
   * Finns tecken på neurologisk sjukdom?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 20
   * @kind yesNo
   */
  teckenNeurologiskSjukdom?: boolean;
  /**
   * Har eller har patienten haft epilepsi, epileptiskt anfall eller annan medvetandestörning?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 21
   * @kind yesNo
   */
  epilepsiEllerAnnanMedvetandestorning?: boolean;
  /**
   * Om det är frågan om annan medvetandestörning, ange när den inträffade och orsak
   *
   * Visas när ”Har eller har patienten haft epilepsi, epileptiskt anfall eller annan medvetandestörning?” är besvarad med ”Ja”.
   *
   * @question 21.1
   * @kind textarea
   * @maxLength 180
   */
  medvetandestorningBeskrivning?: string;
  /**
   * Föreligger allvarligt nedsatt njurfunktion som kan innebära en trafiksäkerhetsrisk?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 22
   * @kind yesNo
   */
  nedsattNjurfunktion?: boolean;
  /**
   * Finns tecken på sviktande kognitiv funktion?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 23
   * @kind yesNo
   */
  sviktandeKognitivFunktion?: boolean;
  /**
   * Finns tecken på, eller anamnestiska uppgifter som talar för sömn- eller vakenhetsstörning?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 24
   * @kind yesNo
   */
  somnVakenhetsstorning?: boolean;
  /**
   * Finns journaluppgifter, anamnestiska uppgifter, resultat av laboratorieprover eller andra tecken på missbruk eller beroende av alkohol, narkotika eller läkemedel?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 25.1
   * @kind yesNo
   */
  missbrukTecken?: boolean;
  /**
   * Har patienten vid något tillfälle varit föremål för vårdinsatser för missbruk eller beroende av alkohol, narkotika eller läkemedel?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 25.2
   * @kind yesNo
   */
  missbrukVardinsatser?: boolean;
  /**
   * Behövs det provtagning avseende aktuellt bruk av alkohol eller narkotika?
   *
   * Visas när ”Finns journaluppgifter, anamnestiska uppgifter, resultat av laboratorieprover …” eller ”Har patienten vid något tillfälle varit föremål för vårdinsatser för missbruk …” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 25.3
   * @kind yesNo
   */
  missbrukProvtagning?: boolean;
  /**
   * Pågår regelbundet läkarordinerat bruk av läkemedel som kan innebära en trafiksäkerhetsrisk?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 26.1
   * @kind yesNo
   */
  lakarordineratLakemedelsbruk?: boolean;
  /**
   * Läkemedel och ordinerad dos
   *
   * Visas när ”Pågår regelbundet läkarordinerat bruk av läkemedel som kan innebära en trafiksäkerhetsrisk?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 26.2
   * @kind textarea
   * @maxLength 180
   */
  lakemedelOchDos?: string;
  /**
   * Har eller har patienten haft psykisk sjukdom eller störning, till exempel schizofreni, annan psykos eller bipolär (manodepressiv) sjukdom?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 27.1
   * @kind yesNo
   */
  psykiskSjukdom?: boolean;
  /**
   * Har patienten någon psykisk utvecklingsstörning?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 28.1
   * @kind yesNo
   */
  psykiskUtvecklingsstorning?: boolean;
  /**
   * Har patienten till exempel ADHD, ADD, DAMP, Aspergers syndrom eller Tourettes syndrom?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 29.1
   * @kind yesNo
   */
  adhdAddDampAspergerTourette?: boolean;
  /**
   * Har patienten vårdats på sjukhus eller haft kontakt med läkare med anledning av något som efterfrågats i tidigare frågor i intyget?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 30.1
   * @kind yesNo
   */
  vardatsPaSjukhus?: boolean;
  /**
   * Om frågan besvarats med ja, när?
   *
   * Visas när ”Har patienten vårdats på sjukhus eller haft kontakt med läkare med anledning av …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 30.2
   * @kind text
   * @maxLength 40
   */
  vardTidpunkt?: string;
  /**
   * Vårdinrättningens namn och klinik/er
   *
   * Visas när ”Har patienten vårdats på sjukhus eller haft kontakt med läkare med anledning av …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 30.3
   * @kind text
   * @maxLength 40
   */
  vardinrattning?: string;
  /**
   * För vad?
   *
   * Visas när ”Har patienten vårdats på sjukhus eller haft kontakt med läkare med anledning av …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 30.4
   * @kind text
   * @maxLength 50
   */
  vardOrsak?: string;
  /**
   * Har patienten någon stadigvarande medicinering?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 31.1
   * @kind yesNo
   */
  stadigvarandeMedicinering?: boolean;
  /**
   * Vilken eller vilka mediciner?
   *
   * Visas när ”Har patienten någon stadigvarande medicinering?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 31.2
   * @kind textarea
   * @maxLength 180
   */
  mediciner?: string;
  /**
   * Övriga kommentarer som är relevant ur trafiksäkerhetssynpunkt:
   *
   * @question 32.1
   * @kind textarea
   * @maxLength 500
   */
  ovrigKommentar?: string;
  /**
   * Ange för vilka behörigheter som patienten uppfyller kraven enligt Transportstyrelsens föreskrifter och allmänna råd om medicinska krav för innehav av körkort m.m.(TSFS 2010:125)
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"VAR1"`: C1
   * - `"VAR2"`: C1E
   * - `"VAR3"`: C
   * - `"VAR4"`: CE
   * - `"VAR5"`: D1
   * - `"VAR6"`: D1E
   * - `"VAR7"`: D
   * - `"VAR8"`: DE
   * - `"VAR9"`: Taxi
   * - `"VAR10"`: Annat
   * - `"VAR11"`: Kan inte ta ställning
   *
   * @question 45
   * @kind multiChoice
   */
  bedomningBehorigheter?: Array<"VAR1" | "VAR2" | "VAR3" | "VAR4" | "VAR5" | "VAR6" | "VAR7" | "VAR8" | "VAR9" | "VAR10" | "VAR11">;
  /**
   * Patienten bör före ärendets avgörande undersökas av läkare med specialistkompetens i
   *
   * @question 46
   * @kind textarea
   * @maxLength 130
   */
  lakareSpecialistkompetens?: string;
}

/** A TSTRK1007 certificate payload. */

export type Tstrk1007Certificate = CertificateEnvelope<"tstrk1007", "7.0", Tstrk1007Answers>;

export const Tstrk1007Type = {"type":"tstrk1007","version":"7.0","code":"TSTRK1007","name":"Transportstyrelsens läkarintyg högre körkortsbehörighet"} as const;
