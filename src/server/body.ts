/**
 * The JSON body parser. Fastify's size limit still applies (it counts bytes before we see them);
 * on top of that a parsed body is walked once, iteratively, to refuse documents nested deeper
 * than any certificate is, or with more values than any request needs. Those would otherwise
 * reach recursive code (validation, rendering) and could exhaust the stack or the CPU.
 * `__proto__` keys are refused here too, so no later object spread can be poisoned.
 */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PAYLOAD_SCAN_LIMITS, scanJson } from '../util/json-scan.js';
import { ApiError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** A large body's text as received, for work handed to a worker thread (render-offload.ts). */
    jsonText?: string;
  }
}

/** Bodies longer than this (characters) keep their text on the request beside the parsed value. */
export const KEEP_TEXT_ABOVE = 256 * 1024;

export interface BodyLimits {
  /** Bytes; Fastify answers 413 above it. */
  bytes: number;
  /** Objects and arrays inside each other; FK7804 needs 4. */
  depth: number;
  /** Objects, arrays and scalars in total. */
  nodes: number;
  /** Different object keys; checked on the text, before parsing (util/json-scan.ts). */
  distinctKeys: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { bytes: 2 * 1024 * 1024, nodes: PAYLOAD_SCAN_LIMITS.values, depth: PAYLOAD_SCAN_LIMITS.depth, distinctKeys: PAYLOAD_SCAN_LIMITS.distinctKeys };

const tooMany = (limits: BodyLimits) => new ApiError(413, 'too-many-values', `Anropet har fler än ${limits.nodes} värden.`, `The body holds more than ${limits.nodes} values.`);

const tooDeep = (limits: BodyLimits) => new ApiError(400, 'too-deep', `Anropet är nästlat djupare än ${limits.depth} nivåer.`, `The body is nested deeper than ${limits.depth} levels.`);

/**
 * The exact check after parsing (the text scan counts an upper bound): values, depth, and keys
 * that could reach Object.prototype. Scalars are counted in place and only objects and arrays go
 * on the stack, so a long list of numbers costs one pass and no allocation.
 */
export function checkShape(value: unknown, limits: BodyLimits): void {
  const nodes: unknown[] = [value];
  const depths: number[] = [0];
  let count = 0;
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (++count > limits.nodes) throw tooMany(limits);
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limits.depth) throw tooDeep(limits);
    if (Array.isArray(node)) {
      if (count + node.length > limits.nodes) throw tooMany(limits);
      for (const item of node) {
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          depths.push(depth + 1);
        } else count += 1;
      }
      continue;
    }
    for (const key in node) {
      if (key === '__proto__' || key === 'constructor') {
        throw new ApiError(400, 'forbidden-key', `Nyckeln "${key}" är inte tillåten.`, `The key "${key}" is not allowed.`);
      }
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        nodes.push(item);
        depths.push(depth + 1);
      } else if (++count > limits.nodes) throw tooMany(limits);
    }
  }
}

/** Bodies larger than this (characters) are handled in several event-loop turns. */
export const YIELD_ABOVE = 64 * 1024;

export function registerJsonParser(app: FastifyInstance, limits: BodyLimits): void {
  app.removeContentTypeParser(['application/json', 'text/plain']);
  const parse = (request: FastifyRequest, source: string, done: (error: Error | null, value?: unknown) => void) => {
    if (source.length === 0) {
      done(new ApiError(400, 'empty-body', 'Anropet saknar innehåll.', 'The request body is empty.'), undefined);
      return;
    }
    const problem = scanJson(source, { depth: limits.depth, distinctKeys: limits.distinctKeys, values: limits.nodes });
    if (problem === 'too-deep') return void done(tooDeep(limits), undefined);
    if (problem === 'too-many-values') return void done(tooMany(limits), undefined);
    if (problem === 'too-many-keys') {
      return void done(new ApiError(413, 'too-many-keys', `Anropet har fler än ${limits.distinctKeys} olika nycklar.`, `The body holds more than ${limits.distinctKeys} different keys.`), undefined);
    }
    // A large body is scanned, parsed and walked in separate turns of the event loop, so other
    // requests (a /health check) are answered in between rather than after all of it.
    const next = (step: () => void) => (source.length > YIELD_ABOVE ? void setImmediate(step) : step());
    next(() => {
      let value: unknown;
      try {
        value = JSON.parse(source);
      } catch {
        // The parser's message quotes the body; it is not passed on.
        done(new ApiError(400, 'invalid-json', 'Innehållet är inte giltig JSON.', 'The body is not valid JSON.'), undefined);
        return;
      }
      next(() => {
        try {
          checkShape(value, limits);
        } catch (error) {
          done(error as Error, undefined);
          return;
        }
        if (source.length > KEEP_TEXT_ABOVE) request.jsonText = source;
        done(null, value);
      });
    });
  };
  const options = { parseAs: 'string' as const, bodyLimit: limits.bytes };
  app.addContentTypeParser('application/json', options, (request, text, done) => parse(request, String(text), done));
  app.addContentTypeParser(/^application\/[a-z0-9.+-]*\+json$/, options, (request, text, done) => parse(request, String(text), done));
}
