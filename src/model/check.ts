/** Stage 2b: runs every semantic check over a model and collects their diagnostics. */

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../definition/source.js';
import type { KindEnvironment } from '../fields/kind.js';
import { createCheckContext } from './checks/check.js';
import { SEMANTIC_CHECKS } from './checks/index.js';
import type { CertificateModel } from './types.js';

export interface CheckOptions {
  folder?: string;
  versionFolder?: string;
  recipients: ReadonlySet<string>;
  env: KindEnvironment;
}

export function check(model: CertificateModel, source: SourceFile, options: CheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context = createCheckContext({ model, source, ...options }, diagnostics);
  for (const semanticCheck of SEMANTIC_CHECKS) semanticCheck.run(context);
  return diagnostics;
}
