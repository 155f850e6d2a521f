/**
 * Live reload: the workspace recompiles what a saved file affects, keeps the last good model of
 * a broken definition with its located diagnostics, and announces each change. The first tests
 * save files and wait for fs.watch; the rest hand the change over directly.
 */

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypeState } from '../../src/studio/protocol.js';
import { Workspace } from '../../src/studio/workspace.js';
import { edit, until, watchedWorkspace, type DefinitionsCopy } from './helpers.js';

let copy: DefinitionsCopy;
let workspace: Workspace;
const events: TypeState[] = [];
const file = (...parts: string[]) => join(copy.dir, ...parts);
const label = (state: TypeState | undefined, fieldId: string) => state?.model?.fields.find((field) => field.id === fieldId)?.label;

beforeAll(() => {
  ({ copy, workspace } = watchedWorkspace(events));
});

afterAll(() => {
  workspace?.close();
  copy?.remove();
});

describe('saving in an editor', () => {
  it('recompiles the saved type only, with the new text', async () => {
    const before = workspace.get('ag114')!.revision;
    edit(file('fk7804', 'definition.yaml'), (text) => text.replace('label: Ange vad annat är', 'label: Ange vad annat är (ändrad)'));
    const state = await until(() => events.find((event) => event.id === 'fk7804' && label(event, 'annatBeskrivning') === 'Ange vad annat är (ändrad)'));
    expect(state.ok).toBe(true);
    expect(workspace.get('ag114')!.revision).toBe(before);
  });

  it('keeps the last good model of a broken definition and says where it broke', async () => {
    edit(file('fk7804', 'definition.yaml'), (text) => text.replace('    title: Smittbärarpenning', '    title: [Smittbärarpenning'));
    const state = await until(() => events.find((event) => event.id === 'fk7804' && !event.ok));
    expect(label(state, 'annatBeskrivning')).toBe('Ange vad annat är (ändrad)');
    expect(state.diagnostics[0]).toMatchObject({ file: 'definitions/fk7804/definition.yaml', severity: 'error' });
    expect(state.diagnostics[0].line).toBeGreaterThan(20);
    expect(state.diagnostics[0].message).toMatch(/[åäö]|tecken|YAML/i);
    edit(file('fk7804', 'definition.yaml'), (text) => text.replace('    title: [Smittbärarpenning', '    title: Smittbärarpenning'));
    await until(() => events.at(-1)?.id === 'fk7804' && events.at(-1)?.ok);
  });

  it('says when a new example file appears', async () => {
    const seen: string[] = [];
    workspace.on('examples', (id) => seen.push(id));
    cpSync(file('ag114', 'examples', 'valid-med-diagnos.json'), file('ag114', 'examples', 'valid-kopia.json'));
    await until(() => seen.includes('ag114'));
  });
});

describe('what a change affects', () => {
  it('maps saved files to the types they belong to', () => {
    expect(workspace.affected(['fk7804/definition.yaml', 'ag114/print.hbs']).types).toEqual(new Set(['fk7804', 'ag114']));
    expect(workspace.affected(['_shared/recipients.yaml']).types).toBe('all');
    expect(workspace.affected(['_shared/blocks/dodsuppgifter.yaml']).types).toEqual(new Set(['db', 'doi']));
    expect(workspace.affected(['fk7804/.definition.yaml.swp', 'fk7804/definition.yaml~', '4913']).types).toEqual(new Set());
    expect(workspace.affected(['fk7804/examples/valid-x.json']).examples).toEqual(new Set(['fk7804']));
  });

  it('recompiles the types that include a changed block', () => {
    const revisions = new Map(workspace.types().map((type) => [type.id, type.revision]));
    edit(file('_shared', 'blocks', 'dodsuppgifter.yaml'), (text) => text.replace('label: Dödsdatum', 'label: Dödsdatum (ändrad)'));
    workspace.changed(['_shared/blocks/dodsuppgifter.yaml']);
    const changed = workspace.types().filter((type) => type.revision !== revisions.get(type.id)).map((type) => type.id);
    expect(changed.sort()).toEqual(['db', 'doi']);
    expect(workspace.get('db')!.model!.fields.some((field) => field.label === 'Dödsdatum (ändrad)')).toBe(true);
  });

  it('marks every type when recipients.yaml breaks, and recovers when it is fixed', () => {
    const path = file('_shared', 'recipients.yaml');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `${good}\n- id: [TRASIG\n`);
    workspace.changed(['_shared/recipients.yaml']);
    const broken = workspace.get('fk7804')!;
    expect(broken.ok).toBe(false);
    expect(broken.model).toBeDefined();
    expect(broken.diagnostics[0]).toMatchObject({ file: 'definitions/_shared/recipients.yaml', code: expect.stringMatching(/^yaml\//) });
    expect(workspace.types().every((type) => !type.ok)).toBe(true);
    writeFileSync(path, good);
    workspace.changed(['_shared/recipients.yaml']);
    expect(workspace.types().every((type) => type.ok)).toBe(true);
  });

  it('reports a print.hbs that prints text unescaped, at its line, and prints with the last good layout', () => {
    writeFileSync(file('fk7804', 'print.hbs'), '<p>{{title}}</p>\n{{> defaultContent}}\n');
    workspace.changed(['fk7804/print.hbs']);
    expect(workspace.get('fk7804')!.ok).toBe(true);
    expect(workspace.templates().typeContent.fk7804).toContain('defaultContent');
    writeFileSync(file('fk7804', 'print.hbs'), '<p>{{title}}</p>\n{{{ name }}}\n');
    workspace.changed(['fk7804/print.hbs']);
    const state = workspace.get('fk7804')!;
    expect(state.ok).toBe(false);
    expect(state.diagnostics).toContainEqual(expect.objectContaining({ file: 'definitions/fk7804/print.hbs', line: 2, code: 'print/raw-output' }));
    expect(workspace.templates().typeContent.fk7804).toContain('defaultContent');
  });

  it('announces a new type folder', () => {
    const lists: string[][] = [];
    workspace.on('types', (types) => lists.push(types.map((type) => type.id)));
    cpSync(file('fk7210'), file('fk7211'), { recursive: true });
    edit(file('fk7211', 'definition.yaml'), (text) => text.replace(/^id: fk7210$/m, 'id: fk7211'));
    workspace.changed(['fk7211/definition.yaml']);
    expect(lists.at(-1)).toContain('fk7211');
    expect(workspace.get('fk7211')!.ok).toBe(true);
  });
});
