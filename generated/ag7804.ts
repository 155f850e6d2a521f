// @generated from definitions/ag7804/definition.yaml by intyg. DO NOT EDIT. Run `npx intyg generate` to update.

import type { CertificateEnvelope, DateRange, Diagnosis, IsoDate } from './common.js';

/** Läkarintyg om arbetsförmåga – arbetsgivaren (AG7804), version 2.0: the answers by field id. */

export interface Ag7804Answers {
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
   * @question 1
   * @kind dateChoices
   * @max today
   */
  baseratPa?: { FYSISKUNDERSOKNING?: IsoDate; DIGITALUNDERSOKNING?: IsoDate; TELEFONKONTAKT?: IsoDate; JOURNALUPPGIFTER?: IsoDate; ANNAT?: IsoDate };
  /**
   * Ange vad annat är
   *
   * @question 1.3
   * @kind text
   * @maxLength 50
   * @conditional visas bara när villkoret i definitionen gäller
   */
  annatBeskrivning?: string;
  /**
   * I relation till vilken sysselsättning bedömer du arbetsförmågan?
   *
   * Om du kryssar i flera val är det viktigt att du tydliggör under "Övriga upplysningar" om sjukskrivningens omfattning eller period skiljer sig åt mellan olika sysselsättningar.
   *
   * @question 28
   * @kind multiChoice
   */
  sysselsattning?: Array<"NUVARANDE_ARBETE" | "ARBETSSOKANDE" | "FORALDRALEDIG" | "STUDIER">;
  /**
   * Ange yrke och arbetsuppgifter
   *
   * @question 29
   * @kind textarea
   * @maxLength 4000
   * @conditional visas bara när villkoret i definitionen gäller
   */
  yrkeOchArbetsuppgifter?: string;
  /**
   * Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?
   *
   * Information om diagnos kan vara viktig för patientens arbetsgivare. Det kan underlätta anpassning av patientens arbetssituation. Det kan också göra att patienten snabbare kommer tillbaka till arbetet.
   *
   * @question 100
   * @kind yesNo
   */
  formedlaDiagnos?: boolean;
  /**
   * Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga
   *
   * Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.
   *
   * @question 6
   * @kind diagnoses
   * @conditional visas bara när villkoret i definitionen gäller
   */
  diagnoser?: Diagnosis[];
  /**
   * Ange vilken/vilka funktionsnedsättningar patienten har till följd av sjukdom och om möjligt svårighetsgrad. Ange även vad din bedömning av funktionsnedsättningar baseras på. Beskriv relevanta undersökningsfynd, testresultat, utredningssvar eller andra uppgifter (exempelvis anamnesuppgifter) och hur du bedömer dem.
   *
   * @question 35
   * @kind textarea
   * @maxLength 4000
   */
  funktionsnedsattning?: string;
  /**
   * Beskriv vad du bedömer att patienten har svårt att göra på grund av sin sjukdom. Ange exempel på sådana begränsningar relaterade till de arbetsuppgifter eller annan sysselsättning som du bedömer arbetsförmågan i förhållande till. Ange om möjligt svårighetsgrad.
   *
   * @question 17
   * @kind textarea
   * @maxLength 4000
   */
  aktivitetsbegransning?: string;
  /**
   * Beskriv pågående och planerade medicinska behandlingar/åtgärder som kan påverka arbetsförmågan
   *
   * Ange vad syftet är och om möjligt tidsplan samt ansvarig vårdenhet.
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
   * @question 37
   * @kind textarea
   * @maxLength 4000
   * @conditional visas bara när villkoret i definitionen gäller
   */
  forlangningFmb?: string;
  /**
   * Transport till och från arbetsplatsen
   *
   * Om patienten kan arbeta men inte kan ta sig till arbetet som vanligt kan Försäkringskassan ersätta kostnader för arbetsresor. Det innebär att patienten i stället för sjukpenning kan få ersättning för de merutgifter som uppstår för resor till och från arbetet.
   *
   * @question 34
   * @kind checkbox
   * @conditional visas bara när villkoret i definitionen gäller
   */
  transportArbetsplats?: boolean;
  /**
   * Kommer möjligheterna till återgång i arbete försämras om arbetstiden förläggs ojämnt vid deltidssjukskrivning?
   *
   * När du besvarar frågan ska du utgå från de uppgifter som du har om arbetstidens förläggning vid sjukskrivningstillfället, det vill säga den arbetstidsförläggning som du diskuterat med patienten.
   * Att förläggningen försämrar patientens möjligheter till återgång i arbete kan exempelvis vara att hälsotillståndet påverkas negativt eller att sjukdomen innebär att en annan förläggning av arbetstiden än jämn minskning varje dag skulle motverka rehabiliteringen.
   *
   * @question 33
   * @kind yesNo
   * @conditional visas bara när villkoret i definitionen gäller
   */
  ojamnArbetstid?: boolean;
  /**
   * Beskriv de medicinska skälen till att möjligheterna till återgång i arbete försämras
   *
   * @question 33.2
   * @kind textarea
   * @maxLength 4000
   * @conditional visas bara när villkoret i definitionen gäller
   */
  ojamnArbetstidMotivering?: string;
  /**
   * Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle
   *
   * En viktig information för att underlätta planeringen.
   *
   * @question 39
   * @kind choice
   */
  prognos?: "STOR_SANNOLIKHET" | "ATER_X_ANTAL_MANADER" | "SANNOLIKT_INTE" | "PROGNOS_OKLAR";
  /**
   * Ange antal månader
   *
   * @question 39.4
   * @kind integer
   * @min 1
   * @max 99
   * @conditional visas bara när villkoret i definitionen gäller
   */
  prognosManader?: number;
  /**
   * Beskriv vad som ligger till grund för bedömningen
   *
   * @question 39.2
   * @kind textarea
   * @maxLength 4000
   * @conditional visas bara när villkoret i definitionen gäller
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
   * Kontakt med arbetsgivaren
   *
   * @question 103
   * @kind checkbox
   */
  kontaktArbetsgivare?: boolean;
  /**
   * Ange varför du vill ha kontakt och vem som i första hand ska kontaktas samt kontaktuppgifter
   *
   * @question 103.2
   * @kind textarea
   * @maxLength 4000
   * @conditional visas bara när villkoret i definitionen gäller
   */
  kontaktAnledning?: string;
}

/** A AG7804 certificate payload. */

export type Ag7804Certificate = CertificateEnvelope<"ag7804", "2.0", Ag7804Answers>;

export const Ag7804Type = {"type":"ag7804","version":"2.0","code":"AG7804","name":"Läkarintyg om arbetsförmåga – arbetsgivaren"} as const;
