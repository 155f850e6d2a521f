/**
 * A type's earlier versions in the studio: each `versions/<version>/definition.yaml` is an entry of
 * its own (`fk7804@1.2`), compiled as `intyg check` compiles it (its version must match its folder,
 * and the versions of a type are checked together), recompiled alone when it is saved, with every
 * version of its type when a block of the type changes, and printed with its own print.hbs.
 */

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readCompileInput } from '../../src/project.js';
import { createRenderer, recipientNamesOf } from '../../src/render/index.js';
import type { TypeState } from '../../src/studio/protocol.js';
import { Workspace } from '../../src/studio/workspace.js';
import { edit, until, watchedWorkspace, type DefinitionsCopy } from './helpers.js';

let copy: DefinitionsCopy;
let workspace: Workspace;
const events: TypeState[] = [];
const file = (...parts: string[]) => join(copy.dir, ...parts);
const earlierFile = () => file('fk7804', 'versions', '1.2', 'definition.yaml');
const revisions = () => new Map(workspace.types().map((type) => [type.id, type.revision]));
const changedSince = (before: Map<string, number>) => workspace.types().filter((type) => type.revision !== before.get(type.id)).map((type) => type.id).sort();
const key = (diagnostic: Diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.col} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;

/** What `intyg check` says about the whole folder, against what the studio shows over all its entries. */
function checkAndStudio(): { check: string[]; studio: string[] } {
  const check = compile(readCompileInput(copy.dir)).diagnostics.map(key);
  const studio = [...new Set(workspace.types().flatMap((type) => workspace.get(type.id)!.diagnostics.map(key)))];
  return { check: check.sort(), studio: studio.sort() };
}

beforeAll(() => {
  ({ copy, workspace } = watchedWorkspace(events));
});

afterAll(() => {
  workspace?.close();
  copy?.remove();
});

describe('earlier versions', () => {
  it('are listed under their type as <id>@<version>, with their own definition, model and retirement', () => {
    const ids = workspace.types().map((type) => type.id);
    expect(ids.slice(ids.indexOf('fk7804'), ids.indexOf('fk7804') + 3)).toEqual(['fk7804', 'fk7804@1.2', 'fk7809']);
    expect(workspace.types().find((type) => type.id === 'fk7804@1.2')).toMatchObject({ type: 'fk7804', versionFolder: '1.2', version: '1.2', retired: '2025-08-04', code: 'FK7804', ok: true });
    expect(workspace.types().find((type) => type.id === 'fk7804')).toMatchObject({ type: 'fk7804', version: '2.0' });
    const earlier = workspace.get('fk7804@1.2')!;
    expect(earlier).toMatchObject({ file: 'definitions/fk7804/versions/1.2/definition.yaml', diagnostics: [] });
    expect(earlier.model!.fields.find((field) => field.ref === '40')).toBeDefined();
    expect(workspace.get('fk7804')!.model!.fields.find((field) => field.ref === '40')).toBeUndefined();
    // The server's runtime has both, so a 1.2 payload validates and prints as 1.2.
    expect(workspace.runtime().models.versionsOf('fk7804').map((model) => model.version)).toEqual(['1.2', '2.0']);
  });

  it('saving a version\'s definition.yaml recompiles that version only', async () => {
    const before = revisions();
    edit(earlierFile(), (text) => text.replace('label: Planerade medicinska behandlingar/åtgärder.', 'label: Planerade medicinska behandlingar/åtgärder (ändrad).'));
    const state = await until(() => events.find((event) => event.id === 'fk7804@1.2' && event.model?.fields.some((field) => field.label === 'Planerade medicinska behandlingar/åtgärder (ändrad).')));
    expect(state).toMatchObject({ ok: true, type: 'fk7804', versionFolder: '1.2' });
    expect(changedSince(before)).toEqual(['fk7804@1.2']);
    expect(workspace.get('fk7804')!.model!.version).toBe('2.0');
  });

  it('maps a version\'s files to its id, and a block of the type to every version of it', () => {
    expect(workspace.affected(['fk7804/versions/1.2/definition.yaml']).types).toEqual(new Set(['fk7804@1.2']));
    expect(workspace.affected([String.raw`fk7804\versions\1.2\definition.yaml`]).types).toEqual(new Set(['fk7804@1.2']));
    expect(workspace.affected(['fk7804/versions/1.2/print.hbs']).types).toEqual(new Set(['fk7804@1.2']));
    expect(workspace.affected(['fk7804/versions/1.2/examples/valid-x.json']).examples).toEqual(new Set(['fk7804@1.2']));
    expect(workspace.affected(['fk7804/versions/../definition.yaml', 'fk7804/versions/1.2/x/definition.yaml']).types).toEqual(new Set());
    const before = revisions();
    edit(file('fk7804', 'blocks', 'skicka-dialog.yaml'), (text) => text.replace('- Egenföretagare', '- Egenföretagare (ändrad)'));
    workspace.changed(['fk7804/blocks/skicka-dialog.yaml']);
    expect(changedSince(before)).toEqual(['fk7804', 'fk7804@1.2']);
    for (const id of ['fk7804', 'fk7804@1.2']) expect(JSON.stringify(workspace.get(id)!.model!.lifecycle)).toContain('Egenföretagare (ändrad)');
  });

  it('reports a version that does not match its folder as intyg check does, and keeps the last good model', () => {
    const good = readFileSync(earlierFile(), 'utf8');
    writeFileSync(earlierFile(), good.replace('version: "1.2"', 'version: "1.3"'));
    workspace.changed(['fk7804/versions/1.2/definition.yaml']);
    const state = workspace.get('fk7804@1.2')!;
    expect(state.ok).toBe(false);
    expect(state.model!.version).toBe('1.2');
    expect(state.diagnostics).toContainEqual(expect.objectContaining({ file: 'definitions/fk7804/versions/1.2/definition.yaml', code: 'definition/version-mismatch', line: 14 }));
    const { check, studio } = checkAndStudio();
    expect(check.length).toBeGreaterThan(0);
    expect(studio).toEqual(check);
    writeFileSync(earlierFile(), good);
    workspace.changed(['fk7804/versions/1.2/definition.yaml']);
    expect(workspace.get('fk7804@1.2')!.ok).toBe(true);
  });

  it('checks the versions together: 2.0\'s migrate: against 1.2, updated when 1.2 changes under it', () => {
    const good = readFileSync(earlierFile(), 'utf8');
    const before = revisions();
    // 2.0 drops 1.2's planeradBehandling on migration; a 1.2 without it makes that a mistake of 2.0's.
    writeFileSync(earlierFile(), good.replace('- id: planeradBehandling', '- id: planeradBehandlingNy'));
    workspace.changed(['fk7804/versions/1.2/definition.yaml']);
    expect(changedSince(before)).toEqual(['fk7804', 'fk7804@1.2']);
    expect(workspace.get('fk7804@1.2')!.ok).toBe(true);
    const current = workspace.get('fk7804')!;
    expect(current.ok).toBe(false);
    expect(current.diagnostics).toContainEqual(expect.objectContaining({ file: 'definitions/fk7804/definition.yaml', code: 'definition/migrate-unknown-field' }));
    const { check, studio } = checkAndStudio();
    expect(studio).toEqual(check);
    writeFileSync(earlierFile(), good);
    workspace.changed(['fk7804/versions/1.2/definition.yaml']);
    expect(workspace.get('fk7804')!.ok).toBe(true);
    expect(workspace.get('fk7804')!.diagnostics).toEqual([]);
  });

  it('prints a version with its own versions/<version>/print.hbs, and the current version without it', () => {
    const layout = file('fk7804', 'versions', '1.2', 'print.hbs');
    writeFileSync(layout, '<p class="egen-layout">Layout för version 1.2</p>\n{{> defaultContent}}\n');
    try {
      workspace.changed(['fk7804/versions/1.2/print.hbs']);
      expect(workspace.get('fk7804@1.2')!.ok).toBe(true);
      const templates = workspace.templates();
      expect(Object.keys(templates.typeContent)).toEqual(['fk7804@1.2']);
      const runtime = workspace.runtime();
      const renderer = createRenderer(runtime, { recipients: recipientNamesOf(runtime), templates });
      const read = (...parts: string[]) => JSON.parse(readFileSync(file(...parts), 'utf8')) as unknown;
      const options = { today: '2026-11-20', printedAt: '2026-11-20T10:00' };
      const earlier = renderer.html(read('fk7804', 'versions', '1.2', 'examples', 'valid-deltid-atgarder-och-kontakt.json'), options);
      expect(earlier).toContain('Layout för version 1.2');
      expect(earlier).toContain('Planerade medicinska behandlingar/åtgärder');
      expect(renderer.html(read('fk7804', 'examples', 'valid-heltid-lumbago.json'), options)).not.toContain('Layout för version 1.2');
    } finally {
      rmSync(layout);
      workspace.changed(['fk7804/versions/1.2/print.hbs']);
    }
    expect(workspace.templates().typeContent).toEqual({});
  });
});
