/** GET /types and GET /types/:id: what certificate types the service knows, and each one's contract. */

import type { FastifyInstance } from 'fastify';
import type { CertificateModel } from '../../model/types.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import type { TypeDetail, TypeList, TypeSummary } from '../responses.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR } from '../../project-paths.js';

const summary = ({ id, version, code, name, description, recipient, issuers, delivery }: CertificateModel): TypeSummary =>
  ({ id, version, code, name, description, recipient, issuers, delivery });

export function registerTypeRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const models = [...ctx.runtime.models.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Rules files are read once; they are what json-rules-engine runs, published unchanged.
  const rules = new Map(models.map((model) => [model.id, JSON.parse(readFileSync(join(GENERATED_DIR, `${model.id}.rules.json`), 'utf8'))]));
  const list = models.map(summary);

  app.get<{ Reply: TypeList }>('/types', { schema: { summary: 'Intygstyperna', tags: ['types'], replies: { 200: 'TypeList' } } }, async () => ({ types: list }));

  app.get<{ Params: { id: string }; Reply: TypeDetail }>('/types/:id', {
    schema: {
      summary: 'En intygstyp: sammanfattning, fält, JSON Schema och regler',
      tags: ['types'],
      replies: { 200: 'TypeDetail' },
      errors: ['not-found'],
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', pattern: '^[a-z0-9-]{1,40}$' } } },
    },
  }, async (request) => {
    const model = ctx.runtime.models.get(request.params.id);
    if (!model) throw notFound('Intygstypen', 'The certificate type', 'id');
    request.typeId = model.id;
    return {
      ...summary(model),
      sections: model.sections.map((section) => ({ id: section.id, title: section.title, fields: section.fieldIds })),
      // The YAML pointers are the compiler's business; the rest is what a form needs.
      fields: model.fields.map(({ pointer: _pointer, ...field }) => field),
      schema: ctx.schemas.byId.get(model.id)!,
      rules: rules.get(model.id),
    };
  });
}
