/**
 * The examples in /openapi.json: request bodies are the example certificates of
 * `definitions/<id>/examples`, and every response example is computed from them by the same code
 * the routes run (the runtime, `actionsOf`/`applyOf`, `sjukfallOf`/`statistikOf`, FMB), on the
 * date each example's `.expect.json` names. Nothing here is written by hand.
 */

import type { FmbLookup } from '../decision/fmb.js';
import type { Example } from '../examples.js';
import { PROFESSIONS, type Profession } from '../model/types.js';
import { STRUCTURAL_CODES } from '../runtime/issue-codes.js';
import type { Runtime } from '../runtime/runtime.js';
import type { ExampleBook, ExampleObject, OperationExamples } from './openapi.js';
import { actionsOf, applyOf, type ActionBody } from './routes/certificates.js';
import { sjukfallOf, statistikOf, type statisticsTables } from './routes/decision.js';

export interface ExampleSources {
  runtime: Runtime;
  fmb: FmbLookup;
  tables: ReturnType<typeof statisticsTables>;
}

interface Chosen {
  example: Example;
  payload: Record<string, any>;
  key: string;
  today: string;
  summary: string;
}

/**
 * Per type, the first valid example and the first invalid one (by name) whose errors are about
 * the answers' meaning, not their shape: a shape error would also break the request schema the
 * document shows. Only the runtime's types.
 */
function choose(examples: readonly Example[], runtime: Runtime): { valid: Chosen[]; invalid: Chosen[] } {
  const valid: Chosen[] = [];
  const invalid: Chosen[] = [];
  for (const example of examples) {
    const payload = example.payload as Record<string, any>;
    const model = runtime.models.get(example.type);
    if (!model || payload?.type !== model.id || payload.version !== model.version) continue;
    const list = example.expect.valid ? valid : invalid;
    if (list.some((chosen) => chosen.example.type === example.type)) continue;
    if (!example.expect.valid && runtime.validate(payload, { today: example.expect.today }).errors.some((issue) => STRUCTURAL_CODES.has(issue.code))) continue;
    list.push({ example, payload, key: `${example.type}-${example.name}`, today: example.expect.today, summary: `${model.code}: ${example.name}` });
  }
  return { valid, invalid };
}

const named = (chosen: readonly Chosen[], value: (c: Chosen) => unknown, summary = (c: Chosen) => c.summary): Record<string, ExampleObject> =>
  Object.fromEntries(chosen.map((c) => [c.key, { summary: summary(c), value: value(c) }]));

const refs = (chosen: readonly Chosen[]) => Object.fromEntries(chosen.map((c) => [c.key, { $ref: `#/components/examples/${c.key}` }]));

function actionBody(c: Chosen): ActionBody {
  const profession = c.payload.issuer?.profession;
  const user = { profession: (PROFESSIONS as readonly string[]).includes(profession) ? (profession as Profession) : 'lakare' };
  return { certificate: c.payload as ActionBody['certificate'], context: { user, today: c.today } };
}

export function buildExampleBook(examples: readonly Example[], sources: ExampleSources): ExampleBook {
  const { runtime } = sources;
  const { valid, invalid } = choose(examples, runtime);
  const both = [...valid, ...invalid];
  const components = Object.fromEntries(both.map((c) => [c.key, {
    summary: c.summary,
    description: `Ur ${c.example.file}. Svaren här gäller dagen ${c.today} (för /validate, /evaluate och /render: \`?today=${c.today}\`).`,
    value: c.payload,
  }]));
  const operations: Record<string, OperationExamples> = {};

  operations['post /validate'] = {
    request: refs(both),
    responses: { 200: named(both, (c) => runtime.validate(c.payload, { today: c.today })) },
  };
  operations['post /evaluate'] = {
    request: refs(valid),
    responses: { 200: named(valid, (c) => runtime.evaluate(c.payload, { today: c.today })) },
  };
  operations['post /render'] = { request: refs(valid) };
  operations['post /actions'] = {
    request: named(valid, actionBody),
    responses: { 200: named(valid, (c) => actionsOf(runtime, actionBody(c))) },
  };

  const signable = valid.filter((c) => applyOf(runtime, 'sign', actionBody(c)).ok);
  const signed = (c: Chosen) => `${c.summary}, action=sign`;
  operations['post /actions/:action'] = {
    request: named(signable, actionBody, signed),
    responses: { 200: named(signable, (c) => applyOf(runtime, 'sign', actionBody(c)), signed) },
    parameters: signable.length ? { action: { sign: { summary: 'Signera', value: 'sign' } } } : undefined,
  };

  // Migration: each earlier version's first valid draft, migrated to the current version on its date.
  const drafts = examples.filter((example) => example.version !== undefined && example.expect.valid && (example.payload as { status?: string }).status === 'draft');
  const firstOfVersion = drafts.filter((example, index) => drafts.findIndex((other) => other.type === example.type && other.version === example.version) === index);
  const migrations = firstOfVersion.flatMap((example) => {
    const outcome = runtime.migrate(example.payload, { today: example.expect.today });
    if (!('report' in outcome)) return [];
    const summary = `${runtime.models.get(example.type)!.code} ${example.version} → ${outcome.report.to}: ${example.name}`;
    return [{ key: `${example.type}-${example.version}-${example.name}`, summary, payload: example.payload, result: { certificate: outcome.certificate, report: outcome.report }, today: example.expect.today }];
  });
  if (migrations.length) {
    operations['post /migrate'] = {
      request: Object.fromEntries(migrations.map((m) => [m.key, { summary: m.summary, description: `Med \`?today=${m.today}\`.`, value: m.payload }])),
      responses: { 200: Object.fromEntries(migrations.map((m) => [m.key, { summary: m.summary, value: m.result }])) },
    };
  }

  // Sick leave: the valid examples that have periods, as signed certificates, on the first one's date.
  const sickLeave = valid.filter((c) => c.payload.answers?.sjukskrivning);
  if (sickLeave.length) {
    const activeDate = sickLeave[0].today;
    const certificates = sickLeave.map((c) => ({ ...c.payload, status: 'signed', signedAt: c.today }));
    const summary = `${sickLeave.map((c) => c.summary).join(', ')}, signerade`;
    const sjukfall = { certificates, activeDate, gapDays: 5, recentlyEndedDays: 0 };
    operations['post /sjukfall'] = {
      request: { sjukskrivningar: { summary, value: sjukfall } },
      responses: { 200: { sjukskrivningar: { summary, value: sjukfallOf(sjukfall) } } },
    };
    const statistik = { certificates, activeDate };
    operations['post /statistik'] = {
      request: { sjukskrivningar: { summary, value: statistik } },
      responses: { 200: { sjukskrivningar: { summary, value: statistikOf(statistik, sources.tables) } } },
    };
  }

  // FMB: the diagnoses of the valid examples that FMB has texts for.
  const codes = [...new Set(valid.flatMap((c) => (Array.isArray(c.payload.answers?.diagnoser) ? c.payload.answers.diagnoser : [])
    .map((d: { code?: unknown }) => d?.code).filter((code: unknown): code is string => typeof code === 'string')))];
  const fmb = codes.map((code) => [code, sources.fmb(code)] as const).filter(([, result]) => result).slice(0, 3);
  if (fmb.length) {
    operations['get /fmb/:code'] = {
      parameters: { code: Object.fromEntries(fmb.map(([code]) => [code, { summary: code, value: code }])) },
      responses: { 200: Object.fromEntries(fmb.map(([code, result]) => [code, { summary: code, value: result }])) },
    };
  }
  return { components, operations };
}
