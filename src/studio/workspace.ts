/**
 * The studio's live definitions: every type's current version (`definitions/<id>/definition.yaml`,
 * shown as `<id>`) and each earlier one (`versions/<version>/definition.yaml`, shown as
 * `<id>@<version>`, entry-id.ts). Each is compiled from its YAML with `compile()` over
 * `readCompileInput()`, which tells an earlier version by its `versionFolder` (its version must
 * match the folder), and the versions of a type are then checked together with `checkVersions()`
 * (order, `migrate:`) as `compile()` does for a whole folder, so the studio sees exactly what
 * `intyg check` sees. A definition's last good model is kept while the YAML is broken, and every
 * change is announced as an event. `watch()` follows the folder and recompiles only what a saved
 * file affects: that version for its definition.yaml and print.hbs, every version of a type for a
 * block in `<id>/blocks/`, the definitions that include a shared block, everything for
 * recipients.yaml. Another version whose cross-version diagnostics change with it is announced too.
 */

import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { watchFolder, type FolderWatcher } from '../watch-folder.js';
import { compile, type CompileInput, type DefinitionInput } from '../compile.js';
import { loadCodeSystems } from '../codesystems/load.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { compareVersions } from '../model/catalog.js';
import type { CertificateModel } from '../model/types.js';
import { checkVersions, type VersionEntry } from '../model/versions/check.js';
import { definitionsRoot, pathRootFor, readCompileInput, toRepoPath } from '../project.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import type { TemplateSources } from '../render/templates.js';
import { entryFolder, entryId, VERSION_FOLDER } from './entry-id.js';
import { builtInTemplates, readPrintPartial } from './print-templates.js';
import type { TypeState, TypeSummary } from './protocol.js';
import { yamlProblem } from './yaml-problem.js';

export type { TypeState, TypeSummary };

export interface WorkspaceEvents {
  type: [TypeState];
  types: [TypeSummary[]];
  /** The id (`fk7804`, `fk7804@1.2`) whose examples folder changed. */
  examples: [string];
}

/** `<id>/` or `<id>/versions/<version>/`: group 1 the type, group 2 the version. */
const PLACE = String.raw`([a-z0-9][a-z0-9-]*)(?:[\\/]versions[\\/]([0-9]+(?:\.[0-9]+)*))?[\\/]`;
const DEFINITION = new RegExp(String.raw`^${PLACE}definition\.yaml$`);
const PRINT = new RegExp(String.raw`^${PLACE}print\.hbs$`);
const EXAMPLE = new RegExp(String.raw`^${PLACE}examples[\\/][^\\/]+\.json$`);
const SHARED = /^_shared[\\/](recipients\.yaml|blocks[\\/][^\\/]+\.yaml)$/;
/** A type's own block, which only its versions include. */
const TYPE_BLOCK = /^([a-z0-9][a-z0-9-]*)[\\/]blocks[\\/][^\\/]+\.yaml$/;

/** Where a definition is: its type, its version folder (earlier versions) and its file. */
type Place = Pick<TypeState, 'type' | 'versionFolder' | 'file'>;

/** One definition's last compile: its own diagnostics, its checked model (none when it failed), its share of the versions check. */
interface Compiled {
  diagnostics: Diagnostic[];
  entry?: VersionEntry;
  versions: Diagnostic[];
}

export class Workspace extends EventEmitter<WorkspaceEvents> {
  readonly root: string;
  readonly pathRoot: string;
  private readonly states = new Map<string, TypeState>();
  private readonly compiled = new Map<string, Compiled>();
  private readonly partials = new Map<string, string>();
  private readonly printDiagnostics = new Map<string, Diagnostic[]>();
  private readonly builtIns = builtInTemplates();
  private revision = 0;
  private cachedRuntime?: Runtime;
  private watcher?: FolderWatcher;

  constructor(definitionsDir: string) {
    super();
    this.root = definitionsRoot(resolve(definitionsDir));
    if (!existsSync(this.root)) throw new Error(`Hittar inte definitionsmappen ${definitionsDir}.`);
    this.pathRoot = pathRootFor(this.root);
    this.reload();
  }

  /** By type; under each its current version, then its earlier ones, newest first. */
  types(): TypeSummary[] {
    const order = (a: TypeState, b: TypeState) => a.type.localeCompare(b.type)
      || (a.versionFolder === undefined ? -1 : b.versionFolder === undefined ? 1 : compareVersions(b.versionFolder, a.versionFolder));
    return [...this.states.values()].sort(order).map((state) => ({
      id: state.id, type: state.type, ...(state.versionFolder !== undefined ? { versionFolder: state.versionFolder } : {}),
      name: state.model?.name, code: state.model?.code, version: state.model?.version, ...(state.model?.retired !== undefined ? { retired: state.model.retired } : {}),
      document: state.model?.document, ok: state.ok, revision: state.revision,
    }));
  }

  /** A definition by its studio id: `fk7804` (the current version) or `fk7804@1.2` (an earlier one). */
  get(id: string): TypeState | undefined {
    return this.states.get(id);
  }

  /** The Node runtime over every definition's last good model, each version of a type included: what printing and saved examples use. */
  runtime(): Runtime {
    const models = [...this.states.values()].flatMap((state) => (state.model ? [state.model] : []));
    return (this.cachedRuntime ??= createRuntime(models, loadCodeSystems()));
  }

  /** The print templates with each definition's last good print.hbs, keyed as the renderer asks for them (`fk7804`, `fk7804@1.2`). */
  templates(): TemplateSources {
    return { ...this.builtIns, typeContent: Object.fromEntries(this.partials) };
  }

  /** Reads the folder and compiles `only` (studio ids), or every definition. */
  reload(only?: ReadonlySet<string>): void {
    let input: CompileInput;
    try {
      input = readCompileInput(this.root);
    } catch (error) {
      // A recipients.yaml that is not YAML: every type is affected, and the last good models stay.
      const recipients = join(this.root, '_shared', 'recipients.yaml');
      const problem = yamlProblem(recipients, toRepoPath(recipients, this.pathRoot), error);
      for (const state of this.states.values()) this.update(state.id, state, { model: undefined, diagnostics: [problem] });
      return;
    }
    const present = new Map<string, DefinitionInput & { folder: string }>();
    for (const definition of input.definitions) {
      const { folder, versionFolder } = definition;
      // A version folder not named as a version has no studio id; `intyg check` reports the folder.
      if (!folder || (versionFolder !== undefined && !VERSION_FOLDER.test(versionFolder))) continue;
      present.set(entryId(folder, versionFolder), { ...definition, folder });
    }
    const listChanged = [...present.keys()].some((id) => !this.states.has(id)) || [...this.states.keys()].some((id) => !present.has(id));
    for (const id of [...this.states.keys()]) {
      if (present.has(id)) continue;
      this.states.delete(id);
      this.compiled.delete(id);
      this.partials.delete(id);
      this.printDiagnostics.delete(id);
    }
    const recompiled = new Set<string>();
    for (const [id, definition] of present) {
      if (only && !only.has(id) && this.states.has(id)) continue;
      // Each version alone, as `intyg check <its folder>` compiles it; the versions together below.
      const result = compile({ ...input, definitions: [definition] });
      const model = result.models[0];
      const source = model && result.sources.get(model.file);
      // Problems in a shared block this definition does not include are not its problems.
      const diagnostics = model ? result.diagnostics.filter((diagnostic) => model.source?.files.includes(diagnostic.file) ?? true) : result.diagnostics;
      this.compiled.set(id, { diagnostics, entry: model && source ? { model, source } : undefined, versions: this.compiled.get(id)?.versions ?? [] });
      this.readPartial(id, definition);
      recompiled.add(id);
    }
    const types = new Set([...recompiled].map((id) => present.get(id)!.folder));
    for (const type of types) {
      const ids = [...present].filter(([, definition]) => definition.folder === type).map(([id]) => id);
      const versions = checkVersions(ids.flatMap((id) => this.compiled.get(id)?.entry ?? []));
      const files = new Set(ids.map((id) => present.get(id)!.file));
      for (const id of ids) {
        const compiled = this.compiled.get(id)!;
        const definition = present.get(id)!;
        // A diagnostic at a version's definition is that version's; one in a block, every version's that includes it.
        const own = versions.filter((diagnostic) => diagnostic.file === definition.file
          || (!files.has(diagnostic.file) && compiled.entry?.model.source?.files.includes(diagnostic.file)));
        const changed = JSON.stringify(own) !== JSON.stringify(compiled.versions);
        compiled.versions = own;
        if (recompiled.has(id) || changed) {
          this.update(id, { type, versionFolder: definition.versionFolder, file: definition.file }, { model: compiled.entry?.model, diagnostics: [...compiled.diagnostics, ...own] });
        }
      }
    }
    if (listChanged) {
      this.cachedRuntime = undefined;
      this.emit('types', this.types());
    }
  }

  private readPartial(id: string, definition: { folder: string; versionFolder?: string }): void {
    const partial = readPrintPartial(this.root, entryFolder({ type: definition.folder, version: definition.versionFolder }), this.builtIns, this.pathRoot);
    if (partial.source !== undefined) this.partials.set(id, partial.source);
    else if (!partial.diagnostics.length) this.partials.delete(id);
    this.printDiagnostics.set(id, partial.diagnostics);
  }

  private update(id: string, place: Place, compiled: { model?: CertificateModel; diagnostics: Diagnostic[] }): void {
    const previous = this.states.get(id);
    const diagnostics = sortDiagnostics([...compiled.diagnostics, ...(this.printDiagnostics.get(id) ?? [])]);
    const state: TypeState = {
      id, type: place.type, ...(place.versionFolder !== undefined ? { versionFolder: place.versionFolder } : {}), file: place.file,
      model: compiled.model ?? previous?.model,
      ok: !hasErrors(diagnostics),
      diagnostics,
      revision: ++this.revision,
    };
    this.states.set(id, state);
    this.cachedRuntime = undefined;
    this.emit('type', state);
  }

  /** Which definitions (studio ids) a set of changed files (relative to the definitions folder) affects. */
  affected(names: Iterable<string>): { types: Set<string> | 'all'; examples: Set<string> } {
    const types = new Set<string>();
    const examples = new Set<string>();
    let all = false;
    for (const name of names) {
      const definition = DEFINITION.exec(name) ?? PRINT.exec(name);
      const typeBlock = TYPE_BLOCK.exec(name);
      const example = EXAMPLE.exec(name);
      const shared = SHARED.exec(name);
      if (definition) types.add(entryId(definition[1], definition[2]));
      else if (typeBlock) {
        // Every version of the type may include its own blocks.
        types.add(typeBlock[1]);
        for (const state of this.states.values()) if (state.type === typeBlock[1]) types.add(state.id);
      } else if (example) examples.add(entryId(example[1], example[2]));
      else if (shared?.[1] === 'recipients.yaml') all = true;
      else if (shared) {
        const block = toRepoPath(join(this.root, name), this.pathRoot);
        for (const state of this.states.values()) {
          // A broken definition may have just started to include the block; try it again too.
          if (!state.ok || state.model?.source?.files.includes(block)) types.add(state.id);
        }
      }
    }
    return { types: all ? 'all' : types, examples };
  }

  /** Applies a batch of changed file names (relative to the definitions folder). */
  changed(names: Iterable<string>): void {
    const { types, examples } = this.affected(names);
    if (types === 'all') this.reload();
    else if (types.size) this.reload(types);
    for (const id of examples) this.emit('examples', id);
  }

  /**
   * Follows the folder. Editors save in several steps (temporary file, rename), so changes are
   * collected for `settleMs` after the last one and applied together.
   */
  watch(settleMs = 25): void {
    if (this.watcher) return;
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watchFolder(this.root, (name) => {
      pending.add(name);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = [...pending];
        pending.clear();
        try {
          this.changed(batch);
        } catch {
          // A file removed while it was read: the removal is an event of its own and comes next.
        }
      }, settleMs);
    });
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
    this.removeAllListeners();
  }
}
