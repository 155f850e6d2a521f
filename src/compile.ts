/**
 * compile(): the architecture in one function. Each line is a stage; every stage is pure and
 * hands a typed value to the next. ARCHITECTURE.md lists the same stages in the same order.
 */

import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { load } from './definition/load.js';
import { checkShape, shapeProblems, withoutUnknownKeys } from './definition/check-shape.js';
import { include, type LoadedBlock } from './definition/include.js';
import { normalize } from './model/normalize.js';
import { check } from './model/check.js';
import { generate, type GeneratedFile } from './compiler/generate.js';
import { locateModel, sourceFiles } from './model/locate.js';
import type { CertificateModel } from './model/types.js';
import type { KindEnvironment } from './fields/kind.js';
import type { SourceFile } from './definition/source.js';
import { fingerprint } from './util/fingerprint.js';
import { checkPrintTemplate } from './render/template-check.js';
import { checkVersions } from './model/versions/check.js';

export interface DefinitionInput {
  /** Repository-relative path, used in diagnostics and banners. */
  file: string;
  /** The type's folder the definition lives in; its id must match. */
  folder?: string;
  /** For an earlier version, `versions/<version>/`: its version must match. */
  versionFolder?: string;
  text: string;
  /** The type's own print template (`print.hbs` beside the definition), when it has one. */
  print?: { file: string; text: string };
}

/** A shared block, `definitions/_shared/blocks/<name>.yaml`, or a type's own, `definitions/<type>/blocks/<name>.yaml`. */
export interface BlockInput {
  name: string;
  file: string;
  text: string;
  /** Set for a type's own block: only that type's versions may include it, and it goes before a shared one of the same name. */
  type?: string;
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
  /** Each model's merged YAML source, by its definition file: `intyg diff` locates changes with it. */
  sources: ReadonlyMap<string, SourceFile>;
}

interface Compiled {
  model?: CertificateModel;
  source?: SourceFile;
  diagnostics: Diagnostic[];
}

function compileOne(input: DefinitionInput, shared: CompileInput, blocks: ReadonlyMap<string, LoadedBlock>): Compiled {
  const template = input.print ? checkPrintTemplate(input.print.file, input.print.text) : [];  // print.hbs: syntax, raw output, partials
  const result = compileDefinition(input, shared, blocks);
  return template.length ? { diagnostics: [...template, ...result.diagnostics] } : result;
}

function compileDefinition(input: DefinitionInput, shared: CompileInput, blocks: ReadonlyMap<string, LoadedBlock>): Compiled {
  const loaded = load(input.file, input.text);                                    // YAML → RawDefinition + source map
  if (hasErrors(loaded.diagnostics)) return { diagnostics: loaded.diagnostics };
  const merged = include(loaded, blocks);                                         // `- include: block` → the block's sections and rules
  if (hasErrors(merged.diagnostics) || merged.failedBlock) return { diagnostics: merged.diagnostics };
  const shape = shapeProblems(merged.source, merged.raw);                         // definition.schema.json: keys, kinds, types
  // Misspelled keys alone do not stop the round: without them the semantic checks still run.
  const raw = shape.length ? withoutUnknownKeys(merged.raw, shape) : merged.raw;
  const shapeDiagnostics = shape.map((problem) => problem.diagnostic);
  if (raw === null || (shape.length && checkShape(merged.source, raw).length)) return { diagnostics: shapeDiagnostics };
  const model = normalize(raw as Record<string, unknown>, input.file);           // RawDefinition → CertificateModel
  const semantic = check(model, merged.source, { folder: input.folder, versionFolder: input.versionFolder, recipients: shared.recipients, env: shared.env }); // references, types, cycles
  const diagnostics = [...shapeDiagnostics, ...semantic];
  if (hasErrors(diagnostics)) return { diagnostics };
  return { model: annotate(model, merged.source, shared), source: merged.source, diagnostics }; // YAML positions, sources, recipient name
}

/** What a compiled model carries besides the definition: where it came from and the recipient's name. */
function annotate(model: CertificateModel, source: SourceFile, shared: CompileInput): CertificateModel {
  const files = sourceFiles(source);
  const texts = files.map((file) => (file === source.file ? source.text : source.redirects?.find((redirect) => redirect.source.file === file)?.source.text ?? ''));
  const recipientName = model.recipient === undefined ? undefined : shared.recipientNames?.get(model.recipient);
  const recipientPostalAddress = model.print.recipientAddress && model.recipient !== undefined ? shared.recipientAddresses?.get(model.recipient) : undefined;
  return {
    ...model,
    ...(recipientName !== undefined ? { recipientName } : {}),
    ...(recipientPostalAddress ? { recipientPostalAddress: [...recipientPostalAddress] } : {}),
    source: { files, fingerprint: fingerprint(texts) },
    locations: locateModel(model, source),
  };
}

interface BlocksByScope {
  shared: Map<string, LoadedBlock>;
  byType: Map<string, Map<string, LoadedBlock>>;
}

/** One block, read once: a block of sections (a mapping) shape-checked here, a part (a list, a text) where it is included. */
function loadBlock(block: BlockInput, diagnostics: Diagnostic[]): LoadedBlock {
  const loaded = load(block.file, block.text);
  if (hasErrors(loaded.diagnostics)) {
    diagnostics.push(...loaded.diagnostics);
    return { name: block.name, loaded, failed: true };
  }
  const sectionBlock = loaded.raw !== null && typeof loaded.raw === 'object' && !Array.isArray(loaded.raw);
  if (!sectionBlock) return { name: block.name, loaded };
  const shape = shapeProblems(loaded.source, loaded.raw, 'block');
  diagnostics.push(...shape.map((problem) => problem.diagnostic));
  // As for definitions: a block whose only fault is a misspelled key is still taken in.
  const raw = shape.length ? withoutUnknownKeys(loaded.raw, shape) : loaded.raw;
  const usable = raw !== null && (!shape.length || checkShape(loaded.source, raw, 'block').length === 0);
  return { name: block.name, loaded: { ...loaded, raw: usable ? raw : loaded.raw }, failed: !usable };
}

/** Blocks are read and shape-checked once, whichever definitions include them. */
function loadBlocks(blocks: readonly BlockInput[]): { blocks: BlocksByScope; diagnostics: Diagnostic[] } {
  const loadedBlocks: BlocksByScope = { shared: new Map(), byType: new Map() };
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    const scope = block.type === undefined ? loadedBlocks.shared : loadedBlocks.byType.get(block.type) ?? new Map();
    scope.set(block.name, loadBlock(block, diagnostics));
    if (block.type !== undefined) loadedBlocks.byType.set(block.type, scope);
  }
  return { blocks: loadedBlocks, diagnostics };
}

/** What a definition of `type` may include: the type's own blocks, then the shared ones. */
function blocksFor(blocks: BlocksByScope, type: string | undefined): ReadonlyMap<string, LoadedBlock> {
  const own = type === undefined ? undefined : blocks.byType.get(type);
  return own ? new Map([...blocks.shared, ...own]) : blocks.shared;
}

export function compile(input: CompileInput): CompileResult {
  const shared = loadBlocks(input.blocks ?? []);                                  // _shared/blocks/*.yaml and <type>/blocks/*.yaml, checked once
  const results = input.definitions.map((definition) => compileOne(definition, input, blocksFor(shared.blocks, definition.folder)));
  const compiled = results.flatMap((result) => (result.model && result.source && !hasErrors(result.diagnostics) ? [{ model: result.model, source: result.source }] : []));
  const versions = checkVersions(compiled);                                       // the versions of each type together: order, migration
  const diagnostics = sortDiagnostics([...shared.diagnostics, ...results.flatMap((result) => result.diagnostics), ...versions]);
  const models = compiled.map((entry) => entry.model);
  const files = hasErrors(diagnostics) ? [] : generate(models, input.env);       // CertificateModel → schema, types, rules
  return { models, files, diagnostics, sources: new Map(compiled.map((entry) => [entry.model.file, entry.source])) };
}
