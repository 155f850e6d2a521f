/**
 * The runtime a command works with. The project's compiled models need neither YAML nor the
 * compiler, so those load only when a command is given its own definitions (`--definitions`) or
 * the YAML changed since `intyg generate`.
 */

import { loadCodeSystems } from '../codesystems/load.js';
import { loadCompiledModels } from '../compiled-models.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import { UsageError } from './io.js';

export async function commandRuntime(definitions?: string): Promise<Runtime> {
  const compiled = definitions === undefined ? loadCompiledModels() : undefined;
  if (compiled) return createRuntime(compiled, loadCodeSystems());
  const { loadRuntime } = await import('../project.js');
  if (definitions === undefined) return loadRuntime();
  try {
    return loadRuntime(definitions);
  } catch (error) {
    // Mistakes in one's own definitions are the input's fault, not ours.
    throw new UsageError((error as Error).message);
  }
}
