/**
 * compile(): the architecture in one function. Each line is a stage; every stage is pure and
 * hands a typed value to the next. ARCHITECTURE.md lists the same stages in the same order.
 */

import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { load } from './definition/load.js';
import { checkShape } from './definition/check-shape.js';
import { include, type LoadedBlock } from './definition/include.js';
import { normalize } from './model/normalize.js';
import { check } from './model/check.js';
import { generate, type GeneratedFile } from './compiler/generate.js';
import { locateModel, sourceFiles } from './model/locate.js';
import type { CertificateModel } from './model/types.js';
import type { KindEnvironment } from './fields/kind.js';
import type { SourceFile } from './definition/source.js';
import { fingerprint } from './util/fingerprint.js';

export interface DefinitionInput {
  /** Repository-relative path, used in diagnostics and banners. */
  file: string;
  /** The folder the definition lives in; its id must match. */
  folder?: string;
  text: string;
}

/** A shared block, `definitions/_shared/blocks/<name>.yaml`. */
export interface BlockInput {
  name: string;
  file: string;
  text: string;
}

export interface CompileInput {
  definitions: DefinitionInput[];
  blocks?: BlockInput[];
  recipients: ReadonlySet<string>;
  /** Recipient names by id, copied into each model for printouts. */
  recipientNames?: ReadonlyMap<string, string>;
  /** Recipient postal addresses by id, copied into the models that print them (`print.recipientAddress`). */
  recipientAddresses?: ReadonlyMap<string, readonly string[]>;
  env: KindEnvironment;
}

export interface CompileResult {
  models: CertificateModel[];
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
}

function compileOne(input: DefinitionInput, shared: CompileInput, blocks: ReadonlyMap<string, LoadedBlock>): { model?: CertificateModel; diagnostics: Diagnostic[] } {
  const loaded = load(input.file, input.text);                                    // YAML → RawDefinition + source map
  if (hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics };
  const merged = include(loaded, blocks);                                         // `- include: block` → the block's sections and rules
  if (hasErrors(merged.diagnostics)) return { diagnostics: merged.diagnostics };
  const shapeDiagnostics = checkShape(merged.source, merged.raw);                 // definition.schema.json: keys, kinds, types
  if (hasErrors(shapeDiagnostics)) return { diagnostics: shapeDiagnostics };
  const model = normalize(merged.raw as Record<string, unknown>, input.file);    // RawDefinition → CertificateModel
  const semantic = check(model, merged.source, { folder: input.folder, recipients: shared.recipients, env: shared.env }); // references, types, cycles
  if (hasErrors(semantic)) return { diagnostics: semantic };
  return { model: annotate(model, merged.source, shared), diagnostics: semantic };   // YAML positions, sources, recipient name
}

/** What a compiled model carries besides the definition: where it came from and the recipient's name. */
function annotate(model: CertificateModel, source: SourceFile, shared: CompileInput): CertificateModel {
  const files = sourceFiles(source);
  const texts = files.map((file) => (file === source.file ? source.text : source.redirects?.find((redirect) => redirect.source.file === file)?.source.text ?? ''));
  const recipientName = shared.recipientNames?.get(model.recipient);
  const recipientPostalAddress = model.print.recipientAddress ? shared.recipientAddresses?.get(model.recipient) : undefined;
  return {
    ...model,
    ...(recipientName !== undefined ? { recipientName } : {}),
    ...(recipientPostalAddress ? { recipientPostalAddress: [...recipientPostalAddress] } : {}),
    source: { files, fingerprint: fingerprint(texts) },
    locations: locateModel(model, source),
  };
}

/** Shared blocks are read and shape-checked once, whichever definitions include them. */
function loadBlocks(blocks: readonly BlockInput[]): { blocks: Map<string, LoadedBlock>; diagnostics: Diagnostic[] } {
  const loadedBlocks = new Map<string, LoadedBlock>();
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    const loaded = load(block.file, block.text);
    const problems = hasErrors(loaded.diagnostics) ? loaded.diagnostics : checkShape(loaded.source, loaded.raw, 'block');
    diagnostics.push(...problems);
    if (!hasErrors(problems)) loadedBlocks.set(block.name, { name: block.name, loaded });
  }
  return { blocks: loadedBlocks, diagnostics };
}

export function compile(input: CompileInput): CompileResult {
  const shared = loadBlocks(input.blocks ?? []);                                  // _shared/blocks/*.yaml, checked once
  const results = input.definitions.map((definition) => compileOne(definition, input, shared.blocks));
  const diagnostics = sortDiagnostics([...shared.diagnostics, ...results.flatMap((result) => result.diagnostics)]);
  const models = results.flatMap((result) => (result.model && !hasErrors(result.diagnostics) ? [result.model] : []));
  const files = hasErrors(diagnostics) ? [] : generate(models, input.env);       // CertificateModel → schema, types, rules
  return { models, files, diagnostics };
}
