/** Starts the real server on a random loopback port and captures its log lines. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServer, type IntygServer, type ServerOptions } from '../../src/server/app.js';
import { loadRuntime } from '../../src/project.js';
import { PACKAGE_ROOT } from '../../src/project.js';

export interface Running {
  url: string;
  server: IntygServer;
  logs: string[];
  close(): Promise<void>;
}

let runtime: ReturnType<typeof loadRuntime> | undefined;

export async function start(options: ServerOptions = {}): Promise<Running> {
  const logs: string[] = [];
  runtime ??= loadRuntime();
  const server = buildServer({ runtime, lazyBrowser: true, logStream: { write: (line: string) => void logs.push(line) }, ...options });
  const url = await server.app.listen({ port: 0, host: '127.0.0.1' });
  return { url, server, logs, close: () => server.close() };
}

export const example = (type: string, name: string, version?: string): Record<string, any> =>
  JSON.parse(readFileSync(join(PACKAGE_ROOT, 'definitions', type, ...(version ? ['versions', version] : []), 'examples', `${name}.json`), 'utf8'));

export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

/** The stable error object, and nothing that looks like a stack trace. */
export async function expectError(response: Response, status: number, code: string): Promise<Record<string, string>> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`expected ${status} ${code}, got ${response.status}: ${text}`);
  const body = JSON.parse(text);
  if (body.code !== code) throw new Error(`expected code ${code}, got ${text}`);
  if (typeof body.message !== 'string' || typeof body.messageEn !== 'string') throw new Error(`not an error object: ${text}`);
  if (/\bat .+:\d+:\d+|node_modules|\.ts:\d+/.test(text)) throw new Error(`stack trace in response: ${text}`);
  return body;
}
