/**
 * The `intyg` command line: argv → one command of `commands.ts`, loaded when it runs. Exit codes:
 * 0 success, 1 invalid input, 2 usage or unreadable input, 3 internal error (DESIGN.md).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS, type CommandSpec } from './commands.js';
import { placeholders, speak } from './commander-language.js';
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from './io.js';
import { LANG, say } from './lang.js';
import { PACKAGE_ROOT } from '../util/package-root.js';

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').map((part) => part.trim()).filter(Boolean)];

function version(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** One line for the user; INTYG_DEBUG=1 shows the stack for whoever fixes it. */
function report(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(`intyg: ${error.message}`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(process.env.INTYG_DEBUG ? error : `intyg: ${say('internt fel', 'internal error')}: ${message}`);
  return EXIT_INTERNAL;
}

function finish(outcome: Promise<number | undefined>): Promise<void> {
  return outcome.then(
    (code) => {
      if (code !== undefined) process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = report(error);
    },
  );
}

function addCommand(program: Command, spec: CommandSpec): void {
  const command = program.command(spec.name).description(say(spec.sv, spec.en));
  speak(command, LANG);
  for (const argument of spec.args ?? []) command.argument(placeholders(argument.name, LANG), say(argument.sv, argument.en));
  for (const option of spec.options ?? []) {
    const built = new Option(placeholders(option.flags, LANG), say(option.sv, option.en));
    if (option.default !== undefined) built.default(option.default);
    if (option.list) built.argParser(collect).default([]);
    if (option.required) built.makeOptionMandatory();
    command.addOption(built);
  }
  command.action((...received: unknown[]) => {
    // Commander passes the arguments, then the options object, then the command.
    const args = received.slice(0, spec.args?.length ?? 0) as string[];
    const options = received[spec.args?.length ?? 0] as Record<string, unknown>;
    return finish(spec.run(args, options));
  });
}

const program = speak(new Command(), LANG)
  .name('intyg')
  .description(say('Intygsdefinitioner: kontrollera, generera, validera, skriv ut och tjäna.', 'Certificate definitions: check, generate, validate, print and serve.'))
  .version(version(), '-V, --version', say('visa versionsnumret', 'print the version number'))
  .addOption(new Option(placeholders('--lang <lang>', LANG), say('språk: sv (standard) eller en', 'language: sv (default) or en')).choices(['sv', 'en']))
  .helpCommand(placeholders('help [command]', LANG), say('visa hjälp för ett kommando', 'show help for a command'))
  .exitOverride()
  .showHelpAfterError(say('(intyg --help visar hjälpen)', '(intyg --help shows the help)'));

for (const spec of COMMANDS) addCommand(program, spec);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  else process.exitCode = report(error);
}
