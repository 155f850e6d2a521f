/** The contract of a semantic check: one file per check, each with its own diagnostic codes. */

import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticAt, type SourceFile } from '../../definition/source.js';
import type { KindEnvironment } from '../../fields/kind.js';
import type { CertificateModel, Pointer } from '../types.js';

export interface CheckContext {
  model: CertificateModel;
  source: SourceFile;
  /** Name of the folder the definition lives in, when it lives in one. */
  folder?: string;
  /** For an earlier version of a type, the name of its `versions/<version>/` folder. */
  versionFolder?: string;
  recipients: ReadonlySet<string>;
  env: KindEnvironment;
  report(pointer: Pointer, code: string, message: string, options?: { key?: boolean; severity?: 'error' | 'warning' }): void;
}

export interface SemanticCheck {
  id: string;
  description: string;
  codes: readonly string[];
  run(context: CheckContext): void;
}

export function createCheckContext(
  base: Omit<CheckContext, 'report'>,
  diagnostics: Diagnostic[],
): CheckContext {
  return {
    ...base,
    report: (pointer, code, message, options) => diagnostics.push(diagnosticAt(base.source, pointer, code, message, options)),
  };
}
