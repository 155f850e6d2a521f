/**
 * What the studio's server and page say to each other: the shapes of its JSON answers and
 * events. Types only, so the page's bundle imports nothing of the server.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CertificateModel } from '../model/types.js';
import type { CodeHit, CodeSearchResult as ServiceCodeSearchResult } from '../codesystems/search.js';
import type { Expectation } from '../example-expectation.js';

export type { CodeHit, Expectation };

export interface TypeState {
  /**
   * What the studio calls this definition: the type's folder name for its current version
   * (`fk7804`), `<type>@<version>` for an earlier one under `versions/<version>/` (`fk7804@1.2`).
   */
  id: string;
  /** The type's folder name, which a definition's id must equal. */
  type: string;
  /** For an earlier version, the name of its folder under `versions/`. */
  versionFolder?: string;
  /** Repository-relative path of its definition.yaml. */
  file: string;
  /** The last model that compiled; kept while the YAML is broken. */
  model?: CertificateModel;
  /** Whether the files as they are now compile without errors. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Increases with every recompile of any type, so a page can tell a new state from an old one. */
  revision: number;
}

export interface TypeSummary {
  /** `fk7804`, or `fk7804@1.2` for an earlier version (TypeState.id). */
  id: string;
  /** The type's folder name. */
  type: string;
  /** Set for an earlier version: the name of its folder under `versions/`. */
  versionFolder?: string;
  name?: string;
  code?: string;
  version?: string;
  /** The version's last day for new drafts and signing (`retired:`), when it has one. */
  retired?: string;
  /** certificate, consent, registration or case, from the compiled model. */
  document?: CertificateModel['document'];
  ok: boolean;
  revision: number;
}

export const CODE_SYSTEMS = ['icd10se', 'ksh97p', 'kommuner'] as const;
export type CodeSystemId = (typeof CODE_SYSTEMS)[number];

/** The service's search result (src/codesystems/search.ts), over the studio's code systems (municipalities too). */
export type CodeSearchResult = Omit<ServiceCodeSearchResult, 'codeSystem'> & { codeSystem: CodeSystemId };

export interface ExampleFile {
  certificate: unknown;
  expect?: Expectation;
}

export interface SaveResult {
  /** Repository-relative paths written: the example and its expectation. */
  files: string[];
  expect: Expectation;
}

export const PREVIEW_STATUSES = ['draft', 'signed', 'sent', 'revoked'] as const;
export type PreviewStatus = (typeof PREVIEW_STATUSES)[number];

/** Every failure the server answers: the service's error shape. */
export interface ErrorBody {
  code: string;
  message: string;
  messageEn: string;
  field?: string;
}
