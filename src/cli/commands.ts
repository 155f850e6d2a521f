/**
 * Every command of `intyg`, as data: name, arguments, options and texts in Swedish and English,
 * and how to run it. Implementations are imported only when their command runs, so `--help` and
 * a validation never load the HTTP server or the browser driver.
 */

import { PROFESSIONS } from '../model/types.js';

export interface OptionSpec {
  flags: string;
  sv: string;
  en: string;
  default?: string;
  /** Repeatable, and each value may be a comma-separated list. */
  list?: boolean;
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  args?: Array<{ name: string; sv: string; en: string }>;
  sv: string;
  en: string;
  options?: OptionSpec[];
  /** Resolves to the exit code; `undefined` leaves the process running (serve, watch). */
  run(args: string[], options: any): Promise<number | undefined>;
}

const payloadArgument = { name: '<file>', sv: 'intygets JSON, eller - för standard in', en: 'the certificate JSON, or - for standard input' };
const ndjsonArgument = { name: '<file>', sv: 'intyg (FK7804/AG7804) som NDJSON, ett per rad, eller - för standard in', en: 'certificates (FK7804/AG7804) as NDJSON, one per line, or - for standard input' };
const json = (sv: string, en: string): OptionSpec => ({ flags: '--json', sv, en });
const historyOption: OptionSpec = {
  flags: '--history <file>',
  sv: 'patientens intyg och samtycken som NDJSON: en registrerings regler prövas mot sjukskrivning och giltiga samtycken på kontaktdagen',
  en: 'the patient\'s certificates and consents as NDJSON: a registration\'s rules are checked against sick leave and valid consents on the contact date',
};
/** Where sjukfall and statistik read certificates (src/sql/): instead of the file argument, or a database. */
const sourceOptions: OptionSpec[] = [
  { flags: '--source <source>', sv: 'file.ndjson, file.parquet (från intyg export) eller postgres://… i stället för filargumentet', en: 'file.ndjson, file.parquet (from intyg export) or postgres://… instead of the file argument' },
  { flags: '--engine <engine>', sv: 'duckdb (standard för filer) eller memory (läser NDJSON i minnet)', en: 'duckdb (the default for files) or memory (reads NDJSON in memory)' },
];
const today = (sv: string, en: string): OptionSpec => ({ flags: '--today <date>', sv, en });

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'check', args: [{ name: '[dir]', sv: 'definitions-mapp, en intygsmapp eller en definition.yaml', en: 'a definitions folder, one type\'s folder or a definition.yaml' }],
    sv: 'kontrollera definitioner; skriver fil:rad:kolumn kod meddelande', en: 'check definitions; prints file:line:col code message',
    options: [
      json('skriv problemen som JSON', 'print the problems as JSON'),
      { flags: '--against <git-ref>', sv: 'jämför med definitionerna i en git-revision: en brytande ändring utan nytt versionsnummer är ett fel', en: 'compare with the definitions at a git revision: a breaking change without a new version number is an error' },
    ],
    run: async ([dir], options) => (await import('./commands/check.js')).runCheck(dir, options),
  },
  {
    name: 'generate', sv: 'skriv generated/ från definitions/', en: 'write generated/ from definitions/',
    options: [
      { flags: '--check', sv: 'skriv inget; avsluta med 1 om generated/ inte är aktuell', en: 'write nothing; exit 1 when generated/ is out of date' },
      { flags: '--watch', sv: 'generera om när en definition ändras', en: 'regenerate when a definition changes' },
      { flags: '--definitions <dir>', sv: 'definitioner att läsa (standard: projektets definitions/)', en: 'definitions to read (default: the project\'s definitions/)' },
      { flags: '--out <dir>', sv: 'mapp att skriva till (standard: projektets generated/)', en: 'folder to write to (default: the project\'s generated/)' },
    ],
    run: async (_args, options) => (await import('./commands/generate.js')).runGenerate(options),
  },
  {
    name: 'diff',
    args: [
      { name: '<type>', sv: 'intygstypen, t.ex. fk7804', en: 'the certificate type, e.g. fk7804' },
      { name: '[from]', sv: 'versionen det jämförs från (1 räcker för 1.2); med --base den version som jämförs', en: 'the version to compare from (1 will do for 1.2); with --base the version compared' },
      { name: '[to]', sv: 'versionen det jämförs till (standard: den aktuella)', en: 'the version to compare to (default: the current one)' },
    ],
    sv: 'lista varje ändring mellan två versioner av en intygstyp, med rad i YAML: brytande, kompatibel eller bara formulering',
    en: 'list every change between two versions of a certificate type, with its YAML line: breaking, compatible or wording only',
    options: [
      { flags: '--base <git-ref>', sv: 'jämför versionens definition med hur den såg ut i en git-revision', en: 'compare the version\'s definition with how it was at a git revision' },
      json('skriv ändringarna som JSON', 'print the changes as JSON'),
      { flags: '--definitions <dir>', sv: 'egna definitioner i stället för projektets', en: 'own definitions instead of the project\'s' },
    ],
    run: async ([type, from, to], options) => (await import('./commands/diff.js')).runDiff(type, from, to, options),
  },
  {
    name: 'validate', args: [payloadArgument], sv: 'validera ett intyg', en: 'validate a certificate',
    options: [
      json('skriv resultatet som JSON', 'print the result as JSON'),
      today('validera som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'validate as if it were this date (YYYY-MM-DD)'),
      { flags: '--icd10 <file>', sv: 'en nyare fullständig ICD-10-SE-lista att kontrollera diagnoskoder mot (den inbyggda är från 2022)', en: 'a newer complete ICD-10-SE list to check diagnosis codes against (the built-in one is from 2022)' },
      historyOption,
      { flags: '--definitions <dir>', sv: 'egna definitioner i stället för projektets', en: 'own definitions instead of the project\'s' },
    ],
    run: async ([file], options) => (await import('./commands/validate.js')).runValidate(file, options),
  },
  {
    name: 'evaluate', args: [payloadArgument],
    sv: 'visa per fält om det visas, är obligatoriskt och aktivt, och vilka meddelanden som gäller',
    en: 'show per field whether it is shown, required and enabled, and which messages apply',
    options: [
      json('skriv resultatet som JSON', 'print the result as JSON'),
      today('utvärdera som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'evaluate as if it were this date (YYYY-MM-DD)'),
      { flags: '--explain', sv: 'förklara varför varje fält visas, är obligatoriskt och aktivt: villkoret i ord, raden i YAML och värdena det läste', en: 'explain why each field is shown, required and enabled: the condition in words, its YAML line and the values it read' },
      historyOption,
      { flags: '--definitions <dir>', sv: 'egna definitioner i stället för projektets', en: 'own definitions instead of the project\'s' },
    ],
    run: async ([file], options) => (await import('./commands/evaluate.js')).runEvaluate(file, options),
  },
  {
    name: 'clean', args: [payloadArgument],
    sv: 'ta bort svar på frågor som inte visas (eller inte finns), som formuläret gör med förifyllda och kopierade svar',
    en: 'drop answers to questions that are not shown (or do not exist), as the form does with prefilled and copied answers',
    options: [
      today('avgör vad som visas som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'decide what is shown as if it were this date (YYYY-MM-DD)'),
      json('skriv { certificate, dropped } i stället för bara intyget', 'print { certificate, dropped } instead of only the certificate'),
      { flags: '-o, --output <file>', sv: 'skriv det rensade intyget till en fil', en: 'write the cleaned certificate to a file' },
    ],
    run: async ([file], options) => (await import('./commands/clean.js')).runClean(file, options),
  },
  {
    name: 'migrate', args: [payloadArgument],
    sv: 'för ett utkast till en senare version av sin intygstyp, med en rapport om varje svar som flyttats, ändrats eller tagits bort och varje fråga som nu är obligatorisk',
    en: 'take a draft to a later version of its certificate type, reporting every answer moved, changed or dropped and every question now required',
    options: [
      { flags: '--to <version>', sv: 'versionen att migrera till (standard: den aktuella; 2 räcker för 2.0)', en: 'the version to migrate to (default: the current one; 2 will do for 2.0)' },
      today('avgör vad som visas som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'decide what is shown as if it were this date (YYYY-MM-DD)'),
      json('skriv { certificate, report } i stället för bara utkastet', 'print { certificate, report } instead of only the draft'),
      { flags: '-o, --output <file>', sv: 'skriv det migrerade utkastet till en fil', en: 'write the migrated draft to a file' },
      { flags: '--definitions <dir>', sv: 'egna definitioner i stället för projektets', en: 'own definitions instead of the project\'s' },
    ],
    run: async ([file], options) => (await import('./commands/migrate.js')).runMigrate(file, options),
  },
  {
    name: 'codes', args: [{ name: '<query>', sv: 'kodens början (F32) eller ord ur benämningen (svår depression)', en: 'the start of a code (F32) or words of its title (svår depression)' }],
    sv: 'sök diagnoskoder med benämning, som diagnosfältets typeahead (ICD-10-SE enligt listan från 2022, eller KSH97-P)',
    en: 'search diagnosis codes with their titles, as the diagnosis typeahead does (ICD-10-SE as listed in 2022, or KSH97-P)',
    options: [
      { flags: '--system <id>', sv: 'icd10se (standard) eller ksh97p', en: 'icd10se (default) or ksh97p' },
      { flags: '--limit <n>', sv: 'högst så många träffar (standard 20)', en: 'at most this many hits (default 20)' },
      json('skriv resultatet som JSON', 'print the result as JSON'),
    ],
    run: async ([query], options) => (await import('./commands/codes.js')).runCodes(query, options),
  },
  {
    name: 'render', args: [payloadArgument],
    sv: 'skriv ut ett intyg som PDF (eller HTML); utkast och makulerade intyg märks', en: 'print a certificate as PDF (or HTML); drafts and revoked certificates are marked',
    options: [
      { flags: '-o, --output <file>', sv: 'filen att skriva (utan -o skrivs HTML till standard ut)', en: 'the file to write (without -o HTML goes to standard output)' },
      { flags: '--html', sv: 'skriv HTML i stället för PDF', en: 'write HTML instead of PDF' },
      { flags: '--hide <choice>', sv: 'patientens val att dölja uppgifter, t.ex. diagnos (kan upprepas)', en: 'what the patient chose to leave out, e.g. diagnos (repeatable)', list: true },
      today('utvärdera reglerna som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'evaluate the rules as if it were this date (YYYY-MM-DD)'),
      { flags: '--printed-at <time>', sv: 'utskriftstid, t.ex. 2026-11-20T14:05 (svensk tid); ger samma PDF varje gång', en: 'print time, e.g. 2026-11-20T14:05 (Swedish time); gives the same PDF every time' },
    ],
    run: async ([file], options) => (await import('./commands/render.js')).runRender(file, options),
  },
  {
    name: 'actions', args: [{ name: '<file>', sv: 'intygets JSON, eller { certificate, context }, eller - för standard in', en: 'the certificate JSON, or { certificate, context }, or - for standard input' }],
    sv: 'visa vilka åtgärder som är tillåtna nu, och varför inte de andra', en: 'show which actions are allowed now, and why not the others',
    options: [
      { flags: '--as <profession>', sv: `yrkesroll: ${PROFESSIONS.join(', ')}`, en: `profession: ${PROFESSIONS.join(', ')}`, required: true },
      today('som om det vore detta datum (ÅÅÅÅ-MM-DD)', 'as if it were this date (YYYY-MM-DD)'),
      json('skriv resultatet som JSON', 'print the result as JSON'),
    ],
    run: async ([file], options) => (await import('./commands/actions.js')).runActions(file, options),
  },
  {
    name: 'fmb', args: [{ name: '<code>', sv: 'ICD-10-kod, t.ex. F32.1', en: 'an ICD-10 code, e.g. F32.1' }],
    sv: 'visa Socialstyrelsens försäkringsmedicinska beslutsstöd (FMB) för en diagnos', en: 'show the National Board of Health\'s decision support (FMB) for a diagnosis',
    options: [json('skriv resultatet som JSON', 'print the result as JSON')],
    run: async ([code], options) => (await import('./commands/fmb.js')).runFmb(code, options),
  },
  {
    name: 'sjukfall', args: [{ ...ndjsonArgument, name: '[file]' }], sv: 'lista pågående sjukfall som Rehabstöd beräknar dem', en: 'list ongoing sick-leave cases as Rehabstöd computes them',
    options: [
      { flags: '--gap <days>', sv: 'högsta antal dagar mellan intyg i samma sjukfall, 0–90', en: 'most days between certificates of one case, 0–90', default: '5' },
      { flags: '--date <date>', sv: 'beräkna per detta datum (ÅÅÅÅ-MM-DD), annars idag', en: 'compute as of this date (YYYY-MM-DD), else today' },
      { flags: '--unit <hsaId>', sv: 'bara intyg utfärdade på denna vårdenhet', en: 'only certificates issued at this care unit' },
      { flags: '--recent <days>', sv: 'visa även sjukfall som avslutats högst så många dagar före datumet, 0–14', en: 'also show cases that ended at most this many days before the date, 0–14' },
      json('skriv sjukfallen som JSON', 'print the cases as JSON'),
      { flags: '--csv', sv: 'skriv sjukfallen som CSV (semikolonseparerad)', en: 'print the cases as CSV (semicolon-separated)' },
      ...sourceOptions,
    ],
    run: async ([file], options) => (await import('./commands/sjukfall.js')).runSjukfall(file, options),
  },
  {
    name: 'statistik', args: [{ ...ndjsonArgument, name: '[file]', sv: 'intyg (och ärenden) som NDJSON, ett per rad, eller - för standard in', en: 'certificates (and questions) as NDJSON, one per line, or - for standard input' }],
    sv: 'sjukfallsstatistik: kön, ålder, diagnos, grad och längd med de nationella grupperna', en: 'sick-leave statistics: sex, age, diagnosis, degree and length in the national bands',
    options: [
      { flags: '--date <date>', sv: 'beräkna per detta datum (ÅÅÅÅ-MM-DD), annars idag', en: 'compute as of this date (YYYY-MM-DD), else today' },
      { flags: '--unit <hsaId>', sv: 'bara intyg utfärdade på denna vårdenhet', en: 'only certificates issued at this care unit' },
      json('skriv statistiken som JSON', 'print the statistics as JSON'),
      ...sourceOptions,
    ],
    run: async ([file], options) => (await import('./commands/statistik.js')).runStatistik(file, options),
  },
  {
    name: 'samtycke', args: [{ name: '<file>', sv: 'samtycken som NDJSON, ett per rad, eller - för standard in', en: 'consents as NDJSON, one per line, or - for standard input' }],
    sv: 'finns ett giltigt samtycke för aktören på datumet? Avslutar med 0 för ja och 1 för nej', en: 'is there a valid consent for the actor on the date? Exits 0 for yes and 1 for no',
    options: [
      { flags: '--actor <id>', sv: 'aktören, t.ex. ARBETSGIVARE eller ARBETSFORMEDLINGEN', en: 'the actor, e.g. ARBETSGIVARE or ARBETSFORMEDLINGEN', required: true },
      { flags: '--date <date>', sv: 'per detta datum (ÅÅÅÅ-MM-DD), annars idag', en: 'as of this date (YYYY-MM-DD), else today' },
      { flags: '--patient <personId>', sv: 'patientens personnummer, när filen har flera patienters samtycken', en: 'the patient\'s personnummer, when the file holds several patients\' consents' },
      { flags: '--information <id>', sv: 'en uppgift som samtycket ska omfatta, t.ex. AKTIVITETER', en: 'an item of information the consent must cover, e.g. AKTIVITETER' },
      json('skriv svaret som JSON', 'print the answer as JSON'),
    ],
    run: async ([file], options) => (await import('./commands/samtycke.js')).runSamtycke(file, options),
  },
  {
    name: 'indikatorer', args: [{ name: '<file>', sv: 'intyg, Försäkringskassans frågor, registreringar och listningar som NDJSON, eller - för standard in', en: 'certificates, Försäkringskassan\'s questions, registrations and listings as NDJSON, or - for standard input' }],
    sv: 'kvalitetsindikatorer för sjukskrivningsprocessen per vårdenhet och för regionen', en: 'quality indicators of the sick-leave process per care unit and for the region',
    options: [
      { flags: '--date <date>', sv: 'räkna pågående sjukfall per detta datum (standard: --to)', en: 'count ongoing sick-leave cases as of this date (default: --to)' },
      { flags: '--from <date>', sv: 'periodens första dag för registrerade vårdkontakter (standard: årets första dag)', en: 'first day of the period for registered care contacts (default: the first day of the year)' },
      { flags: '--to <date>', sv: 'periodens sista dag (standard: idag)', en: 'last day of the period (default: today)' },
      json('skriv indikatorerna som JSON', 'print the indicators as JSON'),
      { flags: '--csv', sv: 'skriv indikatorerna som CSV (semikolonseparerad)', en: 'print the indicators as CSV (semicolon-separated)' },
      { flags: '--html', sv: 'skriv rapporten som HTML med diagram', en: 'write the report as HTML with charts' },
      { flags: '-o, --output <file>', sv: 'filen att skriva; .pdf skriver ut rapporten som PDF', en: 'the file to write; .pdf prints the report as PDF' },
    ],
    run: async ([file], options) => (await import('./commands/indikatorer.js')).runIndikatorer(file, options),
  },
  {
    name: 'arenden', args: [{ name: '<file>', sv: 'ärenden från 1177 e-tjänster som NDJSON, ett per rad, eller - för standard in', en: 'cases from 1177 e-tjänster as NDJSON, one per line, or - for standard input' }],
    sv: 'lista 1177-ärenden som väntar på första återkoppling (inom 2 arbetsdagar) och de som är sena', en: 'list 1177 cases waiting for a first reply (within 2 working days) and those that are late',
    options: [
      { flags: '--date <date>', sv: 'per detta datum (ÅÅÅÅ-MM-DD), annars idag', en: 'as of this date (YYYY-MM-DD), else today' },
      json('skriv listan som JSON', 'print the list as JSON'),
    ],
    run: async ([file], options) => (await import('./commands/arenden.js')).runArenden(file, options),
  },
  {
    name: 'export', args: [{ name: '[file]', sv: 'intyg (och ärenden) som NDJSON', en: 'certificates (and questions) as NDJSON' }],
    sv: 'skriv intygen till Parquet för ett analyslager', en: 'write the certificates to Parquet for a warehouse',
    options: [
      { flags: '--source <file>', sv: 'NDJSON-filen, i stället för filargumentet', en: 'the NDJSON file, instead of the file argument' },
      { flags: '--parquet <file>', sv: 'Parquet-filen som skrivs', en: 'the Parquet file to write' },
    ],
    run: async ([file], options) => (await import('./commands/export.js')).runExport(file, options),
  },
  {
    name: 'load', args: [{ name: '[file]', sv: 'intyg (och ärenden) som NDJSON, eller Parquet från intyg export', en: 'certificates (and questions) as NDJSON, or Parquet from intyg export' }],
    sv: 'läs in intyg i databasen för sjukfall och statistik (PostgreSQL)', en: 'load certificates into the database for sjukfall and statistik (PostgreSQL)',
    options: [
      { flags: '--source <file>', sv: 'filen, i stället för filargumentet', en: 'the file, instead of the file argument' },
      { flags: '--into <url>', sv: 'databasen, postgres://…', en: 'the database, postgres://…' },
    ],
    run: async ([file], options) => (await import('./commands/load.js')).runLoad(file, options),
  },
  {
    name: 'test', args: [{ name: '[id...]', sv: 'intygstyper att köra exemplen för (standard: alla)', en: 'certificate types whose examples to run (default: all)' }],
    sv: 'kör exemplen i definitions/<id>/examples mot deras .expect.json och visa skillnaderna', en: 'run the examples in definitions/<id>/examples against their .expect.json and show the differences',
    options: [
      { flags: '--definitions <dir>', sv: 'egna definitioner i stället för projektets', en: 'own definitions instead of the project\'s' },
      json('skriv utfallet som JSON', 'print the outcome as JSON'),
    ],
    run: async ([ids], options) => (await import('./commands/test.js')).runTest((ids as unknown as string[] | undefined) ?? [], options),
  },
  {
    name: 'types', sv: 'lista intygstyperna', en: 'list the certificate types',
    options: [json('skriv listan som JSON', 'print the list as JSON')],
    run: async (_args, options) => (await import('./commands/types.js')).runTypes(options),
  },
  {
    name: 'serve', sv: 'HTTP-tjänst: validering, utvärdering, åtgärder, utskrift och /openapi.json', en: 'HTTP service: validation, evaluation, actions, printing and /openapi.json',
    options: [
      { flags: '--port <n>', sv: 'port att lyssna på', en: 'port to listen on', default: '8080' },
      { flags: '--host <h>', sv: 'adress att lyssna på; 0.0.0.0 för alla gränssnitt', en: 'address to listen on; 0.0.0.0 for all interfaces', default: '127.0.0.1' },
      { flags: '--source <source>', sv: 'databasen för GET /sjukfall och /statistik: postgres://… eller en .parquet-/.ndjson-fil', en: 'the database for GET /sjukfall and /statistik: postgres://… or a .parquet/.ndjson file' },
    ],
    run: async (_args, options) => (await import('./commands/serve.js')).runServe(options),
  },
  {
    name: 'studio', sv: 'studion: se, prova och förstå formuläret medan du skriver YAML; sparar exempel', en: 'the studio: see, try and understand the form while editing the YAML; saves examples',
    options: [
      { flags: '--port <n>', sv: 'port att lyssna på (0 = valfri ledig)', en: 'port to listen on (0 = any free one)', default: '8088' },
      { flags: '--host <h>', sv: 'adress att lyssna på; bara den här datorn om inget annat anges', en: 'address to listen on; this machine only unless told otherwise', default: '127.0.0.1' },
      { flags: '--open', sv: 'öppna studion i webbläsaren', en: 'open the studio in the browser' },
      { flags: '--definitions <dir>', sv: 'definitioner att visa (standard: projektets definitions/)', en: 'definitions to show (default: the project\'s definitions/)' },
    ],
    run: async (_args, options) => (await import('./commands/studio.js')).runStudio(options),
  },
  {
    name: 'main', sv: 'snabbstart: kompilera allt, validera alla exempel, skriv ut de giltiga som PDF, skriv en sammanfattning',
    en: 'quick start: compile everything, validate every example, print the valid ones as PDF, summarise',
    run: async () => (await import('./commands/main-job.js')).runMainJob(),
  },
];
