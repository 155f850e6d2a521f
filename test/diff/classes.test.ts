/**
 * Every class of change `intyg diff` knows, one fixture each (test/fixtures/diff/<case>/: the
 * definition before and after one change, and the `class code` lines it must give), and where each
 * change is located: in the newer file, or in the older one for what was removed.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import { loadCodeSystems } from '../../src/codesystems/load.js';
import { diffVersions, type DiffSide } from '../../src/diff/index.js';
import { PACKAGE_ROOT } from '../../src/project.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'diff');
const env = { codeSystems: loadCodeSystems() };
const cases = readdirSync(FIXTURES).sort();

function side(name: string, which: 'from' | 'to'): DiffSide {
  const file = `test/fixtures/diff/${name}/${which}.yaml`;
  const result = compile({ definitions: [{ file, text: readFileSync(join(PACKAGE_ROOT, file), 'utf8') }], recipients: new Set(['FKASSA']), env });
  expect(result.diagnostics, file).toEqual([]);
  return { model: result.models[0], source: result.sources.get(file)! };
}

describe('diff classes', () => {
  it('has a fixture for every breaking class the issue names, and compatible and wording ones', () => {
    for (const name of ['field-removed', 'field-added-required', 'limit-narrowed-text', 'limit-narrowed-number', 'limit-narrowed-date', 'option-removed', 'option-renamed', 'kind-changed', 'rule-added', 'rule-stricter', 'rule-condition-changed',
      'field-added', 'limit-widened', 'option-added', 'label-changed', 'help-changed', 'message-changed']) expect(cases).toContain(name);
  });

  it.each(cases)('%s', (name) => {
    const from = side(name, 'from');
    const to = side(name, 'to');
    const changes = diffVersions(from, to);
    expect(changes.map((change) => `${change.class} ${change.code}`).join('\n') + '\n').toBe(readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8'));
    const lines = (which: 'from' | 'to') => readFileSync(join(FIXTURES, name, `${which}.yaml`), 'utf8').split('\n').slice(1);
    for (const change of changes) {
      const which = change.code.endsWith('removed') ? 'from' : 'to';
      expect(change.location.file).toBe(`test/fixtures/diff/${name}/${which}.yaml`);
      // Located on a line that changed: the other side has no such line.
      const line = readFileSync(join(FIXTURES, name, `${which}.yaml`), 'utf8').split('\n')[change.location.line - 1];
      expect(lines(which === 'from' ? 'to' : 'from'), `${change.code} at line ${change.location.line}: ${line}`).not.toContain(line);
    }
  });

  it('finds nothing between a definition and itself', () => {
    const same = side('field-removed', 'from');
    expect(diffVersions(same, same)).toEqual([]);
  });

  it('sorts breaking changes first, then compatible, then wording', () => {
    const changes = diffVersions(side('option-renamed', 'from'), { ...side('limit-widened', 'to') });
    const classes = changes.map((change) => change.class);
    expect(classes).toEqual([...classes].sort((a, b) => ['breaking', 'compatible', 'wording'].indexOf(a) - ['breaking', 'compatible', 'wording'].indexOf(b)));
  });
});
