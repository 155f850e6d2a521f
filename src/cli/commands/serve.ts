/** `intyg serve [--port N] [--host H]`: the HTTP service (src/server/). Runs until SIGTERM/SIGINT. */

import { closeOnSignals, startServer } from '../../server/start.js';
import { UsageError } from '../io.js';

export interface ServeOptions {
  port: string;
  host: string;
  source?: string;
}

export async function runServe(options: ServeOptions): Promise<undefined> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65_535) throw new UsageError(`--port ska vara ett heltal 0–65535, inte ${JSON.stringify(options.port)}.`);
  const server = await startServer({ port, host: options.host, source: options.source });
  closeOnSignals(server);
  // Where it listens goes to stderr, so stdout stays free for the JSON logs.
  console.error(`intyg serve: lyssnar på ${server.url} (OpenAPI: ${server.url}/openapi.json)`);
  // The server keeps the process alive; its exit code is set when it shuts down.
  return undefined;
}
