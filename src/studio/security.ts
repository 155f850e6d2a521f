/**
 * What keeps a local authoring tool local. Bound to loopback, the studio answers only requests
 * addressed to a loopback name (a web page elsewhere cannot reach it through DNS rebinding), and
 * a change (POST) must come from the studio's own page. Every response says nosniff and no
 * referrer; HTML gets a Content-Security-Policy without inline scripts or styles, so text from
 * a payload or a definition can never run as code even if it reached the markup.
 */

import type { FastifyInstance } from 'fastify';
import { ApiError } from '../server/errors.js';

export const STUDIO_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  // The printout preview is a PDF the page fetched, shown from a blob: URL.
  'frame-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `localhost:8088` → `localhost`; `[::1]:8088` → `[::1]`. */
function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '');
}

const refused = () => new ApiError(403, 'forbidden', 'Studion tar bara emot anrop från sin egen sida på den här datorn.', 'The studio only accepts requests from its own page on this machine.');

export function registerSecurity(app: FastifyInstance, options: { loopbackOnly: boolean }): void {
  app.addHook('onRequest', async (request) => {
    const host = request.headers.host ?? '';
    if (options.loopbackOnly && !isLoopbackHost(hostName(host))) throw refused();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      if (origin !== undefined && origin !== `http://${host}`) throw refused();
      if (site !== undefined && site !== 'same-origin' && site !== 'none') throw refused();
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) reply.header('content-security-policy', STUDIO_CSP);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
