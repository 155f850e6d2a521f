// @generated from definitions/tstrk1031/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, IsoDate } from './common.js';

/** Transportstyrelsens läkarintyg diabetes (TSTRK1031), version 4.0: the answers by field id. */

export interface Tstrk1031Answers {
  /**
   * Intyget avser följande behörigheter
   *
   * Fyll i de behörigheter patienten har och de behörigheter patienten söker.
   * AM - moped klass I
   * A1 - lätt motorcykel
   * A2 - mellanstor motorcykel
   * A - motorcykel
   * B - personbil, lätt lastbil och enbart ett lätt släpfordon
   * BE - personbil, lätt lastbil och ett eller flera släpfordon (Släpens totalvikt får inte överstiga 3,5 ton.)
   * C1 - medeltung lastbil och enbart ett lätt släpfordon
   * C1E - medeltung lastbil och ett eller flera släpfordon oavsett vikt
   * C - tung lastbil och enbart ett lätt släpfordon
   * CE - tung lastbil och ett eller flera släpfordon oavsett vikt
   * D1 - mellanstor buss och enbart ett lätt släpfordon
   * D1E - mellanstor buss och ett eller flera släpfordon oavsett vikt
   * D - buss och enbart ett lätt släpfordon
   * DE - buss och ett eller flera släpfordon oavsett vikt
   * Taxi - taxiförarlegitimation
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"VAR12"`: AM
   * - `"VAR13"`: A1
   * - `"VAR14"`: A2
   * - `"VAR15"`: A
   * - `"VAR16"`: B
   * - `"VAR17"`: BE
   * - `"VAR18"`: Traktor
   * - `"VAR1"`: C1
   * - `"VAR2"`: C1E
   * - `"VAR3"`: C
   * - `"VAR4"`: CE
   * - `"VAR5"`: D1
   * - `"VAR6"`: D1E
   * - `"VAR7"`: D
   * - `"VAR8"`: DE
   * - `"VAR9"`: Taxi
   *
   * @question 1
   * @kind multiChoice
   */
  intygetAvser?: Array<"VAR12" | "VAR13" | "VAR14" | "VAR15" | "VAR16" | "VAR17" | "VAR18" | "VAR1" | "VAR2" | "VAR3" | "VAR4" | "VAR5" | "VAR6" | "VAR7" | "VAR8" | "VAR9">;
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
   * EU-pass och pass utfärdat av Färöarna, Förenade kungariket, Island, Liechtenstein, Norge eller Schweiz.
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
   * Patienten följs avseende sin diabetessjukdom regelbundet av:
   *
   * Primärvård
   *
   * Läkarintyget ska utfärdas av specialistkompetent läkare med god kännedom om patientens sjukdom.
   *
   * Specialistvård
   *
   * Om patienten behandlas inom specialistvården ska intyget utfärdas av läkare med specialistkompetens i internmedicin, endokrinologi och diabetologi eller barn- och ungdomsmedicin.
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"VN1"`: Primärvård
   * - `"VN2"`: Specialistvård
   *
   * @question 205
   * @kind choice
   */
  patientenFoljsAv?: "VN1" | "VN2";
  /**
   * Vilket år ställdes diagnosen diabetes?
   *
   * Obligatorisk.
   *
   * @question 35
   * @kind integer
   * @min birthYear
   * @max signingYear
   */
  diabetesDiagnosAr?: number;
  /**
   * Vilken typ av diabetes har patienten?
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"E10"`: Typ 1
   * - `"E11"`: Typ 2
   * - `"E109"`: LADA
   * - `"E13"`: Annan
   *
   * @question 18
   * @kind choice
   */
  typAvDiabetes?: "E10" | "E11" | "E109" | "E13";
  /**
   * Ange vilken
   *
   * Visas när ”Vilken typ av diabetes har patienten?” är besvarad med ”Annan”. Obligatorisk.
   *
   * @question 18.2
   * @kind text
   * @maxLength 53
   */
  beskrivningAnnanTypAvDiabetes?: string;
  /**
   * Har patienten medicinering för sin diabetes?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 207
   * @kind yesNo
   */
  medicineringForDiabetes?: boolean;
  /**
   * Har patienten medicinering som medför risk för hypoglykemi?
   *
   * Visas när ”Har patienten medicinering för sin diabetes?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 208
   * @kind yesNo
   */
  medicineringMedforRiskForHypoglykemi?: boolean;
  /**
   * Ange vilken behandling patienten har:
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Alternativ:
   * - `"insulin"`: Insulin
   * - `"tabletter"`: Tabletter
   * - `"annan"`: Annan
   *
   * @question 209
   * @kind multiChoice
   */
  behandling?: Array<"insulin" | "tabletter" | "annan">;
  /**
   * Ange vilken
   *
   * Visas när ”Annan” i ”Ange vilken behandling patienten har:” är ikryssad. Obligatorisk.
   *
   * @question 209.4
   * @kind text
   * @maxLength 53
   */
  behandlingAnnanAngeVilken?: string;
  /**
   * Ange när patienten började medicineringen som medför risk för hypoglykemi
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 210
   * @kind date
   * @max today
   */
  medicineringMedforRiskForHypoglykemiTidpunkt?: IsoDate;
  /**
   * Har patienten tillräcklig kontroll över sitt sjukdomstillstånd med avseende på risken för hypoglykemi?
   *
   * Med att ha tillräcklig kontroll över sitt medicinska tillstånd avses att behandlingen är välinställd och att personen har kontroll över sin sjukdom sett till helheten. Det kan till exempel handla om behandlingsföljsamhet, att ha kontroll över sin medicinering, hantering av blodsockermätare etc. Allvarlig hypoglykemi som inträffar i trafiken tyder på att personen inte har tillräcklig kontroll över sitt medicinska tillstånd.
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 200
   * @kind yesNo
   */
  kontrollSjukdomstillstand?: boolean;
  /**
   * Varför?
   *
   * Visas när ”Har patienten tillräcklig kontroll över sitt sjukdomstillstånd med avseende på …” är besvarad med ”Nej”. Obligatorisk.
   *
   * @question 200.2
   * @kind text
   * @maxLength 53
   */
  kontrollSjukdomstillstandVarfor?: string;
  /**
   * Förstår patienten riskerna med hypoglykemi och vilka konsekvenser det kan ha för förmågan att köra körkortspliktiga fordon?
   *
   * Risker med hypoglykemi kan vara längre reaktionstid, oförmåga att fatta adekvata beslut i en trafiksituation eller att drabbas av allvarlig hypoglykemi som kan leda till medvetslöshet
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 201
   * @kind yesNo
   */
  forstarRiskerMedHypoglykemi?: boolean;
  /**
   * Har patienten förmåga att känna varningstecken (awareness) på hypoglykemi?
   *
   * Om personen aldrig har haft någon hypoglykemi ska förmågan att känna varningstecken bedömas utifrån de medicinska förhållandena i övrigt.
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 110
   * @kind yesNo
   */
  formagaKannaVarningstecken?: boolean;
  /**
   * Kan och har patienten möjlighet att vidta adekvata åtgärder vid tecken på hypoglykemi?
   *
   * Med att kunna hantera tillståndet adekvat avses att:
   * - kontrollera blodsockret om varningstecken på hypoglykemi uppstår eller om en mätare indikerar hypoglykemi eller risk för hypoglykemi,
   * - äta eller dricka något om blodsockernivån motsvarar hypoglykemi samt vänta en stund och sedan kontrollera blodsockernivån igen,
   * - stanna fordonet om varningstecken på hypoglykemi skulle uppstå under körning och vänta med att fortsätta köra tills blodsockernivån inte längre indikerar hypoglykemi och symptomen har försvunnit.
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 202
   * @kind yesNo
   */
  vidtaAdekvataAtgarder?: boolean;
  /**
   * Har patienten haft återkommande allvarlig hypoglykemi under de senaste tolv månaderna?
   *
   * Med återkommande allvarlig hypoglykemi avses allvarlig hypoglykemi som upprepas inom en period om tolv månader.
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 106
   * @kind yesNo
   */
  aterkommandeSenasteAret?: boolean;
  /**
   * När inträffade den senaste allvarliga hypoglykemin?
   *
   * Visas när ”Har patienten haft återkommande allvarlig hypoglykemi under de senaste tolv månaderna?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 106.2
   * @kind date
   * @max today
   */
  aterkommandeSenasteAretTidpunkt?: IsoDate;
  /**
   * Kontrolleras diabetessjukdomen regelbundet?
   *
   * Visas när ”Har patienten haft återkommande allvarlig hypoglykemi under de senaste tolv månaderna?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 106.3
   * @kind yesNo
   */
  aterkommandeSenasteAretKontrolleras?: boolean;
  /**
   * Utgör tillståndet någon trafiksäkerhetsrisk?
   *
   * Visas när ”Har patienten haft återkommande allvarlig hypoglykemi under de senaste tolv månaderna?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 106.5
   * @kind yesNo
   */
  aterkommandeSenasteAretTrafik?: boolean;
  /**
   * Har patienten haft återkommande allvarlig hypoglykemi i vaket tillstånd under den senaste tolvmånadersperioden?
   *
   * Visas när ”Har patienten medicinering som medför risk för hypoglykemi?” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 107
   * @kind yesNo
   */
  aterkommandeVaketSenasteTolv?: boolean;
  /**
   * Har i så fall den senaste allvarliga hypoglykemin inträffat under de senaste tre månaderna?
   *
   * Visas när ”Har patienten haft återkommande allvarlig hypoglykemi i vaket tillstånd under …” är besvarad med ”Ja”. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 107.3
   * @kind yesNo
   */
  aterkommandeVaketSenasteTre?: boolean;
  /**
   * När inträffade det senast?
   *
   * Visas när ”Har i så fall den senaste allvarliga hypoglykemin inträffat under de senaste tre månaderna?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 107.5
   * @kind date
   * @max today
   */
  aterkommandeVaketSenasteTreTidpunkt?: IsoDate;
  /**
   * Har patienten haft allvarlig hypoglykemi under de senaste tolv månaderna?
   *
   * Visas när ”C1”, ”C1E”, ”C”, ”CE”, ”D1”, ”D1E”, ”D”, ”DE” eller ”Taxi” i ”Intyget avser” är ikryssad. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 203
   * @kind yesNo
   */
  allvarligSenasteTolvManaderna?: boolean;
  /**
   * När inträffade det senast?
   *
   * Visas när ”Har patienten haft allvarlig hypoglykemi under de senaste tolv månaderna?” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 203.2
   * @kind date
   * @max today
   */
  allvarligSenasteTolvManadernaTidpunkt?: IsoDate;
  /**
   * Genomför patienten regelbundna blodsockerkontroller minst två gånger om dagen och i samband med körning?
   *
   * Personen bör kontrollera blodsockret med den metod som han eller hon är väl förtrogen med och använder i det dagliga livet. Det kan till exempel vara genom en blodsockermätare eller en sensorbaserad kontinuerlig glukosmätare.
   * Begreppet i samband med körning avser kontroll av blodsockervärdena innan körningen påbörjas. Vid en längre resa eller vid upprepad körning under ett arbetspass bör kontroll dessutom genomföras med två-tre timmars mellanrum under en paus i körningen.
   *
   * Visas när ”C1”, ”C1E”, ”C”, ”CE”, ”D1”, ”D1E”, ”D”, ”DE” eller ”Taxi” i ”Intyget avser” är ikryssad. Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 204
   * @kind yesNo
   */
  regelbundnaBlodsockerkontroller?: boolean;
  /**
   * Föreligger det några komplikationer till följd av sjukdomen som var för sig eller tillsammans kan påverka patientens förmåga att framföra ett körkortspliktigt fordon på ett trafiksäkert sätt?
   *
   * Obligatorisk.
   *
   * Svar:
   * - `true`: Ja
   * - `false`: Nej
   *
   * @question 206
   * @kind yesNo
   */
  komplikationerAvSjukdomen?: boolean;
  /**
   * Ange vilka komplikationer
   *
   * Komplikationer som är särskilt viktiga att beakta och som kan påverka personens förmåga att framföra fordon på ett trafiksäkert sätt är bland annat påverkad synskärpa och synfält (kap. 2), komplikationer på hjärt- och kärlsystemet (kap. 5). Det kan också vara en påverkan på förmågan att uppfatta sin omgivning och fatta korrekta beslut (kap. 10). Tänk på att komplikationer tillsammans kan påverka förmågan att köra, även om de var för sig inte gör det. Ta hjälp av övriga kapitel i Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m. för att bedöma eventuell påverkan på körförmågan.
   *
   * Visas när ”Föreligger det några komplikationer till följd av sjukdomen som var för sig …” är besvarad med ”Ja”. Obligatorisk.
   *
   * @question 206.2
   * @kind textarea
   * @maxLength 189
   */
  komplikationerAvSjukdomenAnges?: string;
  /**
   * Patienten bör före ärendets avgörande undersökas av läkare med specialistkompetens i:
   *
   * @question 34
   * @kind textarea
   * @maxLength 71
   */
  borUndersokasAvSpecialist?: string;
  /**
   * Patienten uppfyller kraven enligt 6 kap. i Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m. Föreskrivna krav på läkarens specialistkompetens vid diabetessjukdom anges i 17 kap.
   *
   * AM - moped klass I
   * A1 - lätt motorcykel
   * A2 - mellanstor motorcykel
   * A - motorcykel
   * B - personbil, lätt lastbil och enbart ett lätt släpfordon
   * BE - personbil, lätt lastbil och ett eller flera släpfordon (Släpens totalvikt får inte överstiga 3,5 ton.)
   * C1 - medeltung lastbil och enbart ett lätt släpfordon
   * C1E - medeltung lastbil och ett eller flera släpfordon oavsett vikt
   * C - tung lastbil och enbart ett lätt släpfordon
   * CE - tung lastbil och ett eller flera släpfordon oavsett vikt
   * D1 - mellanstor buss och enbart ett lätt släpfordon
   * D1E - mellanstor buss och ett eller flera släpfordon oavsett vikt
   * D - buss och enbart ett lätt släpfordon
   * DE - buss och ett eller flera släpfordon oavsett vikt
   * Taxi - taxiförarlegitimation
   *
   * Obligatorisk.
   *
   * Alternativ:
   * - `"VAR12"`: AM
   * - `"VAR13"`: A1
   * - `"VAR14"`: A2
   * - `"VAR15"`: A
   * - `"VAR16"`: B
   * - `"VAR17"`: BE
   * - `"VAR18"`: Traktor
   * - `"VAR1"`: C1
   * - `"VAR2"`: C1E
   * - `"VAR3"`: C
   * - `"VAR4"`: CE
   * - `"VAR5"`: D1
   * - `"VAR6"`: D1E
   * - `"VAR7"`: D
   * - `"VAR8"`: DE
   * - `"VAR9"`: Taxi
   * - `"VAR11"`: Kan inte ta ställning
   *
   * @question 33
   * @kind multiChoice
   */
  uppfyllerBehorighetskrav?: Array<"VAR12" | "VAR13" | "VAR14" | "VAR15" | "VAR16" | "VAR17" | "VAR18" | "VAR1" | "VAR2" | "VAR3" | "VAR4" | "VAR5" | "VAR6" | "VAR7" | "VAR8" | "VAR9" | "VAR11">;
  /**
   * Övriga upplysningar och kommentarer
   *
   * @question 32
   * @kind textarea
   * @maxLength 189
   */
  ovrigaKommentarer?: string;
}

/** A TSTRK1031 certificate payload. */

export type Tstrk1031Certificate = CertificateEnvelope<"tstrk1031", "4.0", Tstrk1031Answers>;

export const Tstrk1031Type = {"type":"tstrk1031","version":"4.0","code":"TSTRK1031","name":"Transportstyrelsens läkarintyg diabetes"} as const;
