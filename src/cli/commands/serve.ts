/** `intyg serve [--port N] [--host H]`: the HTTP service (src/server/). Runs until SIGTERM/SIGINT. */

import type { Command } from 'commander';
import { closeOnSignals, startServer } from '../../server/start.js';
import { EXIT_USAGE, UsageError } from '../io.js';

export interface ServeOptions {
  port: string;
  host: string;
  source?: string;
}

export async function runServe(options: ServeOptions): Promise<void> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65_535) throw new UsageError(`--port ska vara ett heltal 0–65535, inte ${JSON.stringify(options.port)}.`);
  const server = await startServer({ port, host: options.host, source: options.source });
  closeOnSignals(server);
  // Where it listens goes to stderr, so stdout stays free for the JSON logs.
  console.error(`intyg serve: lyssnar på ${server.url} (OpenAPI: ${server.url}/openapi.json)`);
}

export function registerServe(program: Command): void {
  program.command('serve').description('HTTP-tjänst: validering, utvärdering, åtgärder, utskrift och /openapi.json')
    .option('--port <n>', 'port att lyssna på', '8080')
    .option('--host <h>', 'adress att lyssna på; 0.0.0.0 för alla gränssnitt', '127.0.0.1')
    .option('--source <källa>', 'databasen för GET /sjukfall och /statistik: postgres://… eller en .parquet-/.ndjson-fil')
    .action((options: ServeOptions) => runServe(options).catch((error: unknown) => {
      console.error(`intyg: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT_USAGE;
    }));
}
