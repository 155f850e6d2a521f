/**
 * The studio's data: the types with their live models and diagnostics, the code systems the
 * browser runtime needs, typeahead search, and the examples of a type (list, read, save). A type's
 * earlier version is addressed as `<id>@<version>` (`/studio/api/types/fk7804@1.2`), entry-id.ts.
 */

import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCodeSystemsDir, loadCodeSystems } from '../../codesystems/load.js';
import { ApiError } from '../../server/errors.js';
import { CODE_SYSTEMS, createCodeSearch, type CodeSystemId } from '../codes.js';
import { ExampleRefused, listExampleNames, readExample, saveExample, type SaveRequest } from '../examples.js';
import type { StudioContext } from '../context.js';

/** `fk7804`, or `fk7804@1.2` for an earlier version. */
const ID = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,40}(@[0-9]{1,4}(\\.[0-9]{1,4}){0,4})?$' } as const;

export function refusal(error: unknown): never {
  if (error instanceof ExampleRefused) throw new ApiError(error.status, error.code, error.message, error.message);
  throw error;
}

export function registerApiRoutes(app: FastifyInstance, ctx: StudioContext): void {
  const { workspace } = ctx;
  const known = (id: string) => workspace.get(id) !== undefined;
  const codes = createCodeSearch(loadCodeSystems());
  let codeSystemsJson: string | undefined;

  app.get('/studio/api/types', async () => ({ types: workspace.types() }));

  app.get<{ Params: { id: string } }>('/studio/api/types/:id', { schema: { params: { type: 'object', properties: { id: ID } } } }, async (request) => {
    const state = workspace.get(request.params.id);
    if (!state) throw new ApiError(404, 'not-found', 'Intygstypen finns inte.', 'No such certificate type or version.');
    return state;
  });

  // Sent once per page load; the models come separately, so a reload never resends these.
  app.get('/studio/api/codesystems', async (_request, reply) => {
    codeSystemsJson ??= JSON.stringify(loadCodeSystems());
    return reply.type('application/json; charset=utf-8').send(codeSystemsJson);
  });

  // The full ICD-10-SE list in its compact text form (a quarter of the plain list), for the page to
  // read with intyg/browser's icd10ListFromText: the rules in the page check codes against the same list.
  let icd10: string | undefined;
  app.get('/studio/api/icd10se-codes.txt', async (_request, reply) => {
    icd10 ??= readFileSync(join(defaultCodeSystemsDir(), 'icd10se-codes.txt'), 'utf8');
    return reply.type('text/plain; charset=utf-8').send(icd10);
  });

  app.get<{ Params: { system: CodeSystemId }; Querystring: { q: string; limit?: number } }>('/studio/api/codes/:system', {
    schema: {
      params: { type: 'object', properties: { system: { type: 'string', enum: [...CODE_SYSTEMS] } } },
      querystring: { type: 'object', required: ['q'], properties: { q: { type: 'string', maxLength: 100 }, limit: { type: 'integer', minimum: 1, maximum: 50, default: 15 } } },
    },
  }, async (request) => codes.search(request.query.q, request.params.system, request.query.limit));

  app.get<{ Params: { id: string } }>('/studio/api/types/:id/examples', { schema: { params: { type: 'object', properties: { id: ID } } } }, async (request) => {
    try {
      return { names: listExampleNames(workspace.root, request.params.id, known) };
    } catch (error) {
      return refusal(error);
    }
  });

  app.get<{ Params: { id: string; name: string } }>('/studio/api/types/:id/examples/:name', {
    schema: { params: { type: 'object', properties: { id: ID, name: { type: 'string', maxLength: 100 } } } },
  }, async (request) => {
    try {
      return readExample(workspace.root, request.params.id, request.params.name, known);
    } catch (error) {
      return refusal(error);
    }
  });

  app.post<{ Params: { id: string }; Body: SaveRequest }>('/studio/api/types/:id/examples', {
    schema: {
      params: { type: 'object', properties: { id: ID } },
      body: { type: 'object', required: ['name', 'certificate', 'today'], properties: { name: { type: 'string' }, today: { type: 'string' }, overwrite: { type: 'boolean' }, certificate: { type: 'object' } } },
    },
  }, async (request, reply) => {
    try {
      const saved = saveExample(workspace.root, request.params.id, request.body, workspace.runtime(), known, workspace.pathRoot, (id) => workspace.get(id)?.model?.version);
      return reply.status(201).send(saved);
    } catch (error) {
      return refusal(error);
    }
  });
}
