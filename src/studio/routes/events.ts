/**
 * GET /studio/api/events: server-sent events, one per change the workspace sees — a type
 * recompiled (its new state, model and diagnostics included, so the page needs no second
 * request), the list of types, a type's examples. EventSource reconnects by itself.
 */

import type { FastifyInstance } from 'fastify';
import type { StudioContext } from '../context.js';
import type { TypeState, TypeSummary } from '../workspace.js';

const KEEP_ALIVE_MS = 15_000;

export function registerEventRoute(app: FastifyInstance, ctx: StudioContext): void {
  app.get('/studio/api/events', (request, reply) => {
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    const send = (event: string, data: unknown) => out.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const onType = (state: TypeState) => send('type', state);
    const onTypes = (types: TypeSummary[]) => send('types', types);
    const onExamples = (id: string) => send('examples', { id });
    ctx.workspace.on('type', onType);
    ctx.workspace.on('types', onTypes);
    ctx.workspace.on('examples', onExamples);
    const ping = setInterval(() => out.write(': ping\n\n'), KEEP_ALIVE_MS);
    ctx.streams.add(out);
    send('hello', { types: ctx.workspace.types() });
    request.raw.on('close', () => {
      clearInterval(ping);
      ctx.streams.delete(out);
      ctx.workspace.off('type', onType);
      ctx.workspace.off('types', onTypes);
      ctx.workspace.off('examples', onExamples);
    });
  });
}
