/**
 * Commander speaks English; intyg's command line speaks Swedish. Its section titles, usage words
 * and error messages are translated here, so one output never mixes the two languages. With
 * `--lang en` commander's own texts are left as they are.
 */

import { Command, Help, type Argument, type Option } from 'commander';
import type { Lang } from './lang.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Globala flaggor:',
};

function words(text: string): string {
  return text
    .replace(/\[options\]/g, '[flaggor]')
    .replace(/\[command\]/g, '[kommando]')
    .replace(/\bdefault: /g, 'standard: ')
    .replace(/\bchoices: /g, 'val: ');
}

const PLACEHOLDERS: Record<string, string> = {
  file: 'fil', code: 'kod', dir: 'mapp', date: 'datum', days: 'dagar', time: 'tid', choice: 'val',
  profession: 'yrke', n: 'n', h: 'värd', lang: 'språk', hsaId: 'hsaId', command: 'kommando', id: 'id', name: 'namn',
  url: 'url', engine: 'motor', source: 'källa', port: 'port', host: 'värd', query: 'sökning',
};

/** `<file>` → `<fil>`, `[dir]` → `[mapp]` in argument names and option flags, when speaking Swedish. */
export function placeholders(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text.replace(/([<[])([A-Za-z]+)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots = '', close: string) => (PLACEHOLDERS[name] ? `${open}${PLACEHOLDERS[name]}${dots}${close}` : whole));
}

/** Commander's error messages, by error code, in Swedish; the quoted names are kept. */
const ERRORS: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^error: unknown option '([^']*)'/, (flag) => `fel: okänd flagga '${flag}'`],
  [/^error: unknown command '([^']*)'/, (name) => `fel: okänt kommando '${name}'`],
  [/^error: missing required argument '([^']*)'/, (name) => `fel: argumentet '${name}' saknas`],
  [/^error: option '([^']*)' argument missing/, (flag) => `fel: flaggan '${flag}' behöver ett värde`],
  [/^error: required option '([^']*)' not specified/, (flag) => `fel: flaggan '${flag}' måste anges`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, (_name, expected, got) => `fel: för många argument: väntade ${expected}, fick ${got}`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\./, (flag, value) => `fel: '${value}' är inget giltigt värde för '${flag}'`],
  [/^error: (.*) cannot be used with (.*)$/m, (a, b) => `fel: ${a} kan inte användas tillsammans med ${b}`],
];

export function translateError(message: string): string {
  let text = message;
  for (const [pattern, replace] of ERRORS) {
    const match = pattern.exec(message);
    if (match) {
      text = message.replace(match[0], replace(...match.slice(1)));
      break;
    }
  }
  return text
    .replace(/\(Did you mean one of (.*)\?\)/, '(Menade du något av $1?)')
    .replace(/\(Did you mean (.*)\?\)/, '(Menade du $1?)')
    .replace(/^error: /, 'fel: ');
}

/** Puts the language onto a command and, through `createCommand`, onto every subcommand. */
export function speak(command: Command, lang: Lang): Command {
  if (lang === 'en') return command;
  command.configureHelp({
    styleTitle: (title: string) => TITLES[title] ?? title,
    styleUsage: (usage: string) => words(usage),
    subcommandTerm: (sub: Command) => words(Help.prototype.subcommandTerm.call(new Help(), sub)),
    optionDescription: (option: Option) => words(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument: Argument) => words(Help.prototype.argumentDescription.call(new Help(), argument)),
  });
  command.configureOutput({ outputError: (text, write) => write(translateError(text)) });
  command.helpOption('-h, --help', 'visa hjälp för kommandot');
  return command;
}
