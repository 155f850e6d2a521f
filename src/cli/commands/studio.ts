/**
 * `intyg studio [--port N] [--host H] [--open] [--definitions <dir>]`: the authoring tool
 * (src/studio/) on loopback by default. Runs until SIGTERM/SIGINT.
 */

import { spawn } from 'node:child_process';
import { buildStudio } from '../../studio/server.js';
import { isLoopbackHost } from '../../studio/security.js';
import { UsageError } from '../io.js';
import { say } from '../lang.js';

export interface StudioCommandOptions {
  port: string;
  host: string;
  open?: boolean;
  definitions?: string;
}

/** The desktop's way to open a URL; a missing opener is not an error, the URL is printed anyway. */
function openInBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(say(`Kunde inte öppna en webbläsare; öppna ${url} själv.`, `Could not open a browser; open ${url} yourself.`)));
  child.unref();
}

export async function runStudio(options: StudioCommandOptions): Promise<undefined> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65_535) throw new UsageError(say(`--port ska vara ett heltal 0–65535, inte ${JSON.stringify(options.port)}.`, `--port must be an integer 0–65535, not ${JSON.stringify(options.port)}.`));
  let studio;
  try {
    studio = buildStudio({ definitions: options.definitions, loopbackOnly: isLoopbackHost(options.host) });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const address = await studio.app.listen({ port, host: options.host });
  const url = `${address.replace('://127.0.0.1', '://localhost')}/studio/`;
  const broken = studio.ctx.workspace.types().filter((type) => !type.ok).length;
  console.error(say(`intyg studio: ${url}`, `intyg studio: ${url}`));
  if (broken) console.error(say(`${broken} intygstyper har fel; studion visar dem.`, `${broken} certificate types have errors; the studio shows them.`));
  if (!isLoopbackHost(options.host)) console.error(say('Obs: studion nås från andra datorer och kan skriva exempelfiler.', 'Note: the studio is reachable from other machines and can write example files.'));
  if (options.open) openInBrowser(url);
  let closing = false;
  const stop = () => {
    if (closing) process.exit(1);
    closing = true;
    studio.close().then(() => { process.exitCode = 0; }, () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return undefined;
}
