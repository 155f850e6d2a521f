/**
 * The command line's language: Swedish unless `--lang en` (or `INTYG_LANG=en`) asks for English.
 * Read from argv before commander runs, because help texts are fixed when commands are defined.
 * Texts without an English version (the national validation messages) stay Swedish either way.
 */

export type Lang = 'sv' | 'en';

export function detectLang(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Lang {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) return value === 'en' ? 'en' : 'sv';
  }
  return env.INTYG_LANG === 'en' ? 'en' : 'sv';
}

export const LANG: Lang = detectLang();

/** A text in the command line's language. */
export function say(sv: string, en: string): string {
  return LANG === 'en' ? en : sv;
}
