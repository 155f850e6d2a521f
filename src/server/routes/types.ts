/** GET /types and GET /types/:id: what certificate types the service knows, and each one's contract, in each version. */

import type { FastifyInstance } from 'fastify';
import type { CertificateModel } from '../../model/types.js';
import type { ServerContext } from '../context.js';
import { ApiError, notFound } from '../errors.js';
import type { TypeDetail, TypeList, TypeSummary } from '../responses.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '../../project-paths.js';
import { schemaName } from '../schemas.js';

export function registerTypeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const catalog = ctx.runtime.models;
  const summary = ({ id, version, document, code, name, description, recipient, issuers, delivery }: CertificateModel): TypeSummary =>
    ({ id, version, document, code, name, description, recipient, issuers, delivery, versions: catalog.versionsOf(id).map((model) => ({ version: model.version, ...(model.retired ? { retired: model.retired } : {}) })) });
  const models = [...catalog.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Rules files are read once; they are what json-rules-engine runs, published unchanged.
  const rules = new Map(catalog.all().map((model) => [model, JSON.parse(readFileSync(join(GENERATED_DIR, `${schemaName(catalog, model)}.rules.json`), 'utf8'))]));
  const list = models.map(summary);

  app.get<{ Reply: TypeList }>('/types', { schema: { summary: 'Intygstyperna, var och en i sin aktuella version och med alla versioner', tags: ['types'], replies: { 200: 'TypeList' } } }, async () => ({ types: list }));

  app.get<{ Params: { id: string }; Querystring: { version?: string }; Reply: TypeDetail }>('/types/:id', {
    schema: {
      summary: 'En intygstyp i en version (standard: den aktuella): sammanfattning, fält, JSON Schema och regler',
      tags: ['types'],
      replies: { 200: 'TypeDetail' },
      errors: ['not-found', 'unknown-version'],
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' } } },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { version: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$', description: 'Versionen, t.ex. 1.2; standard är typens aktuella version.' } },
      },
    },
  }, async (request) => {
    const current = catalog.get(request.params.id);
    if (!current) throw notFound('Intygstypen', 'The certificate type', 'id');
    request.typeId = current.id;
    const { version } = request.query;
    const model = version === undefined ? current : catalog.find(current.id, version);
    if (!model) {
      const versions = catalog.versionsOf(current.id).map((known) => known.version).join(', ');
      throw new ApiError(422, 'unknown-version', `${current.code} finns inte i version ${version}. Versioner: ${versions}.`, `${current.code} does not exist in version ${version}. Versions: ${versions}.`, 'version');
    }
    return {
      ...summary(model),
      sections: model.sections.map((section) => ({ id: section.id, title: section.title, fields: section.fieldIds })),
      // The YAML pointers are the compiler's business; the rest is what a form needs.
      fields: model.fields.map(({ pointer: _pointer, ...field }) => field),
      schema: ctx.schemas.byId.get(schemaName(catalog, model))!,
      rules: rules.get(model),
    };
  });
}
