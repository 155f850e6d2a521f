/**
 * `intyg serve`: listen, and shut down gracefully on SIGTERM/SIGINT — stop accepting, let
 * in-flight requests and prints finish (bounded), close the browser, exit. A second signal, or
 * the grace period running out, exits at once.
 */

import { buildServer, type IntygServer, type ServerOptions } from './app.js';

export interface ListenOptions extends ServerOptions {
  port?: number;
  host?: string;
  /** How long in-flight work may take after a signal, ms. */
  graceMs?: number;
}

export async function startServer(options: ListenOptions = {}): Promise<IntygServer & { url: string }> {
  const server = buildServer(options);
  const url = await server.app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' });
  return { ...server, url };
}

/** Installs the signal handlers for a process that runs only this server. */
export function closeOnSignals(server: IntygServer, graceMs = 30_000): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      process.exit(1);
    }
    closing = true;
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.app.log.warn('grace period over, exiting');
      process.exit(1);
    }, graceMs);
    force.unref();
    server.close().then(
      () => {
        clearTimeout(force);
        server.app.log.info('closed');
        process.exitCode = 0;
      },
      (error: unknown) => {
        server.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
