/**
 * The studio's live definitions. Each type is compiled from its YAML with `compile()` over
 * `readCompileInput()`, so the studio sees exactly what `intyg check` sees; its last good model is
 * kept while the YAML is broken, and every change is announced as an event. `watch()` follows
 * the folder and recompiles only what a saved file affects: its own type for definition.yaml and
 * print.hbs, the types that include a block, every type for recipients.yaml.
 */

import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { watchFolder, type FolderWatcher } from '../watch-folder.js';
import { compile, type CompileInput, type DefinitionInput } from '../compile.js';
import { loadCodeSystems } from '../codesystems/load.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CertificateModel } from '../model/types.js';
import { definitionsRoot, pathRootFor, readCompileInput, toRepoPath } from '../project.js';
import { createRuntime, type Runtime } from '../runtime/runtime.js';
import type { TemplateSources } from '../render/templates.js';
import { builtInTemplates, readPrintPartial } from './print-templates.js';
import type { TypeState, TypeSummary } from './protocol.js';
import { yamlProblem } from './yaml-problem.js';

export type { TypeState, TypeSummary };

export interface WorkspaceEvents {
  type: [TypeState];
  types: [TypeSummary[]];
  examples: [string];
}

const DEFINITION = /^([a-z0-9][a-z0-9-]*)[\\/]definition\.yaml$/;
const PRINT = /^([a-z0-9][a-z0-9-]*)[\\/]print\.hbs$/;
const EXAMPLE = /^([a-z0-9][a-z0-9-]*)[\\/]examples[\\/][^\\/]+\.json$/;
const SHARED = /^_shared[\\/](recipients\.yaml|blocks[\\/][^\\/]+\.yaml)$/;
/** A type's own block, which only its versions include. */
const TYPE_BLOCK = /^([a-z0-9][a-z0-9-]*)[\\/]blocks[\\/][^\\/]+\.yaml$/;

export class Workspace extends EventEmitter<WorkspaceEvents> {
  readonly root: string;
  readonly pathRoot: string;
  private readonly states = new Map<string, TypeState>();
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

  types(): TypeSummary[] {
    return [...this.states.values()].sort((a, b) => a.id.localeCompare(b.id)).map((state) => ({
      id: state.id, name: state.model?.name, code: state.model?.code, version: state.model?.version, document: state.model?.document, ok: state.ok, revision: state.revision,
    }));
  }

  get(id: string): TypeState | undefined {
    return this.states.get(id);
  }

  /** The Node runtime over every type's last good model: what printing and saved examples use. */
  runtime(): Runtime {
    const models = [...this.states.values()].flatMap((state) => (state.model ? [state.model] : []));
    return (this.cachedRuntime ??= createRuntime(models, loadCodeSystems()));
  }

  /** The print templates with each type's last good print.hbs. */
  templates(): TemplateSources {
    return { ...this.builtIns, typeContent: Object.fromEntries(this.partials) };
  }

  /** Reads the folder and compiles `only` (type ids), or every type. */
  reload(only?: ReadonlySet<string>): void {
    let input: CompileInput;
    try {
      input = readCompileInput(this.root);
    } catch (error) {
      // A recipients.yaml that is not YAML: every type is affected, and the last good models stay.
      const recipients = join(this.root, '_shared', 'recipients.yaml');
      const problem = yamlProblem(recipients, toRepoPath(recipients, this.pathRoot), error);
      for (const state of this.states.values()) this.update(state.id, state.file, { model: undefined, diagnostics: [problem] });
      return;
    }
    const present = new Map<string, DefinitionInput>();
    // The studio edits each type's current version (its own definition.yaml); earlier versions under
    // versions/ are compiled by `intyg check`, not here.
    for (const definition of input.definitions) if (definition.folder && !definition.versionFolder) present.set(definition.folder, definition);
    const listChanged = [...present.keys()].some((id) => !this.states.has(id)) || [...this.states.keys()].some((id) => !present.has(id));
    for (const id of [...this.states.keys()]) if (!present.has(id)) this.states.delete(id);
    for (const [id, definition] of present) {
      if (only && !only.has(id) && this.states.has(id)) continue;
      const result = compile({ ...input, definitions: [definition] });
      const model = result.models[0];
      // Problems in a shared block this type does not include are not this type's problems.
      const diagnostics = model ? result.diagnostics.filter((diagnostic) => model.source?.files.includes(diagnostic.file) ?? true) : result.diagnostics;
      this.readPartial(id);
      this.update(id, definition.file, { model, diagnostics });
    }
    if (listChanged) {
      this.cachedRuntime = undefined;
      this.emit('types', this.types());
    }
  }

  private readPartial(id: string): void {
    const partial = readPrintPartial(this.root, id, this.builtIns, this.pathRoot);
    if (partial.source !== undefined) this.partials.set(id, partial.source);
    else if (!partial.diagnostics.length) this.partials.delete(id);
    this.printDiagnostics.set(id, partial.diagnostics);
  }

  private update(id: string, file: string, compiled: { model?: CertificateModel; diagnostics: Diagnostic[] }): void {
    const previous = this.states.get(id);
    const diagnostics = sortDiagnostics([...compiled.diagnostics, ...(this.printDiagnostics.get(id) ?? [])]);
    const state: TypeState = {
      id, file,
      model: compiled.model ?? previous?.model,
      ok: !hasErrors(diagnostics),
      diagnostics,
      revision: ++this.revision,
    };
    this.states.set(id, state);
    this.cachedRuntime = undefined;
    this.emit('type', state);
  }

  /** Which types a set of changed files (relative to the definitions folder) affects. */
  affected(names: Iterable<string>): { types: Set<string> | 'all'; examples: Set<string> } {
    const types = new Set<string>();
    const examples = new Set<string>();
    let all = false;
    for (const name of names) {
      const definition = DEFINITION.exec(name) ?? PRINT.exec(name) ?? TYPE_BLOCK.exec(name);
      const example = EXAMPLE.exec(name);
      const shared = SHARED.exec(name);
      if (definition) types.add(definition[1]);
      else if (example) examples.add(example[1]);
      else if (shared?.[1] === 'recipients.yaml') all = true;
      else if (shared) {
        const block = toRepoPath(join(this.root, name), this.pathRoot);
        for (const state of this.states.values()) {
          // A broken type may have just started to include the block; try it again too.
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
