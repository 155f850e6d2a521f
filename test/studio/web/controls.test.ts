/**
 * "Adding a kind is one file": every field kind in src/fields/registry.ts has a control in
 * src/studio/web/controls/<kind>.tsx, listed in the controls' index, and there is no control
 * without a kind. The controls render in Chromium (test/studio/e2e.test.ts); this checks the registry.
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../../../src/fields/registry.js';
import { CONTROLS, controlFor, registeredKinds } from '../../../src/studio/web/controls/index.js';
import { PACKAGE_ROOT } from '../../../src/util/package-root.js';

const kebab = (kind: string) => kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const HELPERS = new Set(['combobox.tsx', 'parts.tsx', 'index.ts', 'lookup.ts', 'types.ts']);

describe('controls registry', () => {
  it('has a control for every field kind, and none for a kind that does not exist', () => {
    expect(registeredKinds()).toEqual(FIELD_KINDS.map((kind) => kind.kind).sort());
    for (const kind of FIELD_KINDS) expect(controlFor(kind.kind)?.kind, kind.kind).toBe(kind.kind);
  });

  it('keeps each control in its own file, named after its kind', () => {
    const files = readdirSync(join(PACKAGE_ROOT, 'src', 'studio', 'web', 'controls')).filter((file) => !HELPERS.has(file));
    expect(files.sort()).toEqual(FIELD_KINDS.map((kind) => `${kebab(kind.kind)}.tsx`).sort());
    expect(CONTROLS.length).toBe(FIELD_KINDS.length);
  });

  it('says how each control is labelled, for every field of every kind', () => {
    for (const spec of CONTROLS) {
      const field = { id: 'x', kind: spec.kind, label: 'Fråga', props: {}, sectionId: 's', required: false, messages: {}, pointer: [] };
      expect(['label', 'group', 'self']).toContain(spec.layout(field));
    }
  });
});
