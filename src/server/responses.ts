/**
 * What each route answers, as TypeScript types built from the library's own result types. This
 * file is the one source of the response shapes: `scripts/generate-api-schemas.ts` turns these
 * types into `api-schemas.generated.ts`, which /openapi.json publishes, and the route handlers are
 * typed with them, so a changed result type changes the document (a test fails until it is
 * regenerated). JSDoc here becomes the schemas' descriptions.
 */

import type { Sjukfall } from '../decision/sjukfall.js';
import type { Statistics } from '../decision/statistics.js';
import type { FmbResult } from '../decision/fmb.js';
import type { ApplyResult, Availability, LifecycleStatus } from '../lifecycle/types.js';
import type { CertificateModel, FieldModel, SectionModel } from '../model/types.js';
import type { RuleSet } from '../compiler/rules-json.js';
import type { EvaluationResult } from '../runtime/runtime.js';
import type { ValidationResult } from '../runtime/validate.js';
import type { CleanResult } from '../runtime/clean.js';
import type { MigrationResult } from '../runtime/migrate.js';
import type { CodeSearchResult, CodeSystemId } from '../codesystems/search.js';
import type { BrowserState } from './context.js';
import type { ConsentAnswer } from '../documents/consent.js';
import type { CaseOverview } from '../documents/cases.js';
import type { Indicators } from '../documents/indicators.js';
import type { ErrorBody } from './errors.js';

export type { ErrorBody, EvaluationResult, ValidationResult };

/** POST /actions: the status as the user sees it, and every action with whether it is allowed now. */
export interface ActionsResponse {
  type: string;
  status: LifecycleStatus;
  actions: Availability[];
}

/** POST /actions/{action}: the certificates to store and the effects the service is to carry out. */
export type ApplyResponse = Extract<ApplyResult, { ok: true }>;

/**
 * A document type in short, in one version: `document` says whether it is a certificate, a consent,
 * a registration or a case (only certificates have recipient, issuers and delivery); `versions` are
 * every version the service knows, oldest first.
 */
export type TypeSummary = Pick<CertificateModel, 'id' | 'version' | 'document' | 'code' | 'name' | 'description' | 'recipient' | 'issuers' | 'delivery'> & {
  versions: Array<Pick<CertificateModel, 'version' | 'retired'>>;
};

/** GET /types. */
export interface TypeList {
  types: TypeSummary[];
}

/** A field as the model has it, without the compiler's pointer into the YAML. */
export type FieldDescription = Omit<FieldModel, 'pointer'>;

/** GET /types/{id}: everything a form needs to show and check a certificate of this type. */
export interface TypeDetail extends TypeSummary {
  sections: Array<Pick<SectionModel, 'id' | 'title'> & { fields: string[] }>;
  fields: FieldDescription[];
  /** The type's JSON Schema (2020-12), as published in `generated/<id>.schema.json`. */
  schema: Record<string, unknown>;
  /** The type's json-rules-engine rule set, as published in `generated/<id>.rules.json`. */
  rules: RuleSet;
}

/** POST /clean: a copy without the answers to hidden or unknown questions, and which they were. */
export type CleanResponse = CleanResult;

/** POST /migrate: the draft in the later version, and what moved, changed or was dropped. */
export type MigrateResponse = MigrationResult;

/** GET /codes/{system}?q=: codes by prefix or by words of their titles. */
export type CodeSearchResponse = CodeSearchResult;

/** GET /codes/{system}/{code}: one code's title. */
export interface CodeTitleResponse {
  codeSystem: CodeSystemId;
  code: string;
  title: string;
}

/** GET /fmb/{code}. */
export type FmbResponse = FmbResult;

/** POST /sjukfall. */
export interface SjukfallResponse {
  cases: Sjukfall[];
}

/** POST /statistik. */
export type StatistikResponse = Statistics;

/** POST /samtycke: whether a valid consent covers the actor on the date, why, and the consents that did not count. */
export type ConsentResponse = ConsentAnswer & {
  date: string;
  rejected: Array<{ index: number; id?: string; reason: string }>;
};

/** POST /arenden: the 1177 cases waiting for a first reply (due) and those past their due date (late). */
export type CasesResponse = CaseOverview;

/** POST /indikatorer: the quality indicators per care unit and for the region. */
export type IndicatorsResponse = Indicators;

/** GET /health. */
export interface Health {
  status: 'ok';
}

/** GET /ready, with 200 when ready and 503 when not. */
export interface Readiness {
  ready: boolean;
  browser: BrowserState['status'];
  /** Certificate types loaded. */
  types: number;
  /** Prints running or waiting. */
  printQueue: number;
  /** Why not ready, in Swedish. */
  reason?: string;
  /** On 503, the service's error shape as well: `not-ready`. */
  code?: 'not-ready';
  /** On 503: what is not ready, in Swedish. */
  message?: string;
  /** On 503: the same in English. */
  messageEn?: string;
}

/** GET /openapi.json: an OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; license?: { name: string; identifier?: string } };
  jsonSchemaDialect?: string;
  servers?: Array<{ url: string; description?: string }>;
  /** Empty: the service has no authentication of its own (patient-level routes add their own). */
  security?: Array<Record<string, string[]>>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; examples?: Record<string, unknown> };
}

/** The names the generator exports, in the order they are listed in the document. */
export const RESPONSE_TYPES = [
  'ValidationResult', 'EvaluationResult', 'ActionsResponse', 'ApplyResponse', 'TypeList', 'TypeDetail',
  'CleanResponse', 'MigrateResponse', 'CodeSearchResponse', 'CodeTitleResponse',
  'FmbResponse', 'SjukfallResponse', 'StatistikResponse', 'ConsentResponse', 'CasesResponse', 'IndicatorsResponse', 'Health', 'Readiness', 'OpenApiDocument', 'ErrorBody',
] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];
