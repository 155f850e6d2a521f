/** The `intyg` command line: argv → the commands, no logic of its own. Exit codes per DESIGN.md. */

import { Command, CommanderError } from 'commander';
import { runCheck } from './commands/check.js';
import { generateOnce, watchDefinitions } from './commands/generate.js';
import { runValidate } from './commands/validate.js';
import { runEvaluate } from './commands/evaluate.js';
import { runTypes } from './commands/types.js';
import { runMainJob } from './commands/main-job.js';
import { registerRender } from './commands/render.js';
import { registerActions } from './commands/actions.js';
import { registerFmb } from './commands/fmb.js';
import { registerSjukfall } from './commands/sjukfall.js';
import { registerStatistik } from './commands/statistik.js';
import { registerServe } from './commands/serve.js';
import { registerExport } from './commands/export.js';
import { registerLoad } from './commands/load.js';
import { EXIT_USAGE, UsageError } from './io.js';

function finish(code: number): void {
  process.exitCode = code;
}

const program = new Command()
  .name('intyg')
  .description('Intygsdefinitioner: kontrollera, generera och validera.')
  .exitOverride()
  .showHelpAfterError();

program.command('check').argument('[dir]', 'definitions-mapp, en intygsmapp eller en definition.yaml')
  .description('kontrollera definitioner; skriver file:line:col kod meddelande')
  .action((dir?: string) => finish(runCheck(dir)));

program.command('generate').description('skriv generated/ från definitions/')
  .option('--check', 'skriv inget; avsluta med 1 om generated/ inte är aktuell')
  .option('--watch', 'generera om när en definition ändras')
  .action((options: { check?: boolean; watch?: boolean }) => (options.watch ? watchDefinitions() : finish(generateOnce(options))));

program.command('validate').argument('<file>', 'intygets JSON, eller - för standard in')
  .description('validera ett intyg')
  .option('--json', 'skriv resultatet som JSON')
  .option('--today <date>', 'validera som om det vore detta datum (ÅÅÅÅ-MM-DD)')
  .option('--icd10 <file>', 'fullständig ICD-10-SE-lista att kontrollera diagnoskoder mot')
  .action((file: string, options) => finish(runValidate(file, options)));

program.command('evaluate').argument('<file>', 'intygets JSON, eller - för standard in')
  .description('visa per fält om det visas, är obligatoriskt och aktivt, och vilka meddelanden som gäller')
  .option('--today <date>', 'utvärdera som om det vore detta datum')
  .action((file: string, options) => finish(runEvaluate(file, options)));

registerRender(program, finish);
registerActions(program, finish);

registerFmb(program, finish);
registerSjukfall(program, finish);
registerStatistik(program, finish);
registerExport(program, finish);
registerLoad(program, finish);
registerServe(program);

program.command('types').description('lista intygstyperna').option('--json', 'som JSON')
  .action((options) => finish(runTypes(options)));

program.command('main').description('snabbstart: kompilera allt, validera alla exempel, skriv ut de giltiga som PDF, skriv en sammanfattning')
  .action(() => runMainJob().then(finish, (error: unknown) => {
    console.error(`intyg: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_USAGE;
  }));

try {
  program.parse(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError) {
    console.error(`intyg: ${error.message}`);
    process.exitCode = EXIT_USAGE;
  } else {
    console.error(`intyg: ${(error as Error).message}`);
    process.exitCode = EXIT_USAGE;
  }
}
