/**
 * Golden diagnostics: every case under test/fixtures/diagnostics/<case>/ holds one or more
 * definition folders (`<case>/<id>/definition.yaml`) with exactly one mistake, and
 * `<case>/expected.txt` with the exact `file:line:col code message` lines the compiler prints.
 * `npx vitest run test/diagnostics.test.ts -u` rewrites the goldens; review the diff by eye.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodeSystems } from '../src/codesystems/load.js';
import { compile, type CompileInput } from '../src/compile.js';
import { formatDiagnostic } from '../src/diagnostics/diagnostic.js';
import { SEMANTIC_CHECKS } from '../src/model/checks/index.js';
import { findDefinitionFiles, PACKAGE_ROOT, readBlocks, readDefinitionInput, readRecipients } from '../src/project.js';
import { cases as brokenCases } from './helpers/broken-definitions.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'diagnostics');
const CLEAN_CASE = 'clean';

/**
 * Codes the compiler declares but cannot emit today, with the reason. The parity tests accept
 * them missing from the goldens, and fail once one does show up so the entry gets removed.
 */
/** Codes no input can produce, with why; empty while every code is reachable. */
const UNREACHABLE: Record<string, string> = {
  'print/unreadable': 'the studio reading a print.hbs the process may not read (permissions), which a fixture in git cannot hold',
};

const env = { codeSystems: loadCodeSystems() };
const recipients = readRecipients();

/** The same input `readCompileInput` builds, with the code systems loaded once for all cases. */
function inputFor(caseDir: string): CompileInput {
  const definitions = findDefinitionFiles(caseDir).map((file) => readDefinitionInput(file));
  // A case's own type blocks (`<id>/blocks/`), not the package's shared ones.
  const blocks = readBlocks(caseDir).filter((block) => block.type !== undefined);
  return { definitions, blocks, recipients, env };
}

function diagnosticsText(caseDir: string): string {
  const result = compile(inputFor(caseDir));
  return result.diagnostics.map((diagnostic) => `${formatDiagnostic(diagnostic)}\n`).join('');
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * Codes in the goldens. Read from what the cases print rather than from the expected.txt files,
 * which are only (re)written after this file's tests ran; the snapshot tests above keep the two
 * equal.
 */
function goldenCodes(): Set<string> {
  // The corpus of broken real definitions (test/broken-definitions.test.ts) counts as well.
  const codes = new Set<string>(brokenCases.flatMap((entry) => entry.expect.map((line) => line.split(' ')[1])));
  for (const name of cases) {
    for (const line of diagnosticsText(join(FIXTURES, name)).split('\n').filter(Boolean)) {
      const match = /^\S+:\d+:\d+ (?:warning )?(\S+) /.exec(line);
      if (match) codes.add(match[1]);
    }
  }
  return codes;
}

/** Every diagnostic code written as a string literal anywhere in src/. */
function sourceCodes(): Set<string> {
  const codes = new Set<string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(/['"`]((?:yaml|definition|condition|rule|print)\/[a-z][a-z-]*)['"`]/g)) codes.add(match[1]);
      }
    }
  };
  visit(join(PACKAGE_ROOT, 'src'));
  return codes;
}

function expectCovered(declared: Iterable<string>): void {
  const covered = goldenCodes();
  const missing = [...declared].filter((code) => !covered.has(code) && !(code in UNREACHABLE)).sort();
  expect(missing, 'codes without a golden fixture in test/fixtures/diagnostics or a case in test/fixtures/broken-definitions').toEqual([]);
  const nowReachable = Object.keys(UNREACHABLE).filter((code) => covered.has(code));
  expect(nowReachable, 'codes listed as unreachable that a golden now shows; remove them from UNREACHABLE').toEqual([]);
}

describe('golden diagnostics', () => {
  it('has fixture cases, each with a definition', () => {
    expect(cases).toContain(CLEAN_CASE);
    expect(cases.length).toBeGreaterThan(20);
    for (const name of cases) expect(findDefinitionFiles(join(FIXTURES, name)), name).not.toEqual([]);
  });

  it.each(cases)('%s', async (name) => {
    const caseDir = join(FIXTURES, name);
    const text = diagnosticsText(caseDir);
    await expect(text).toMatchFileSnapshot(join(caseDir, 'expected.txt'));
    if (name === CLEAN_CASE) {
      expect(text).toBe('');
    } else {
      expect(text, 'a fixture with a mistake must give at least one diagnostic').not.toBe('');
      for (const line of text.trimEnd().split('\n')) {
        expect(line).toMatch(new RegExp(`^test/fixtures/diagnostics/${name}/[a-z0-9-]+/((versions/[0-9.]+/)?definition|blocks/[a-z0-9-]+)\\.yaml:\\d+:\\d+ (warning )?[a-z]+/[a-z-]+ \\S`));
      }
    }
  });

  it('compiles the clean case into generated files', () => {
    const result = compile(inputFor(join(FIXTURES, CLEAN_CASE)));
    expect(result.diagnostics).toEqual([]);
    expect(result.models.map((model) => model.id)).toEqual(['exempel']);
    expect(result.files.map((file) => file.path)).toContain('exempel.schema.json');
  });

  it('gives the same output on a second run', () => {
    const dir = join(FIXTURES, 'condition-cycle');
    expect(diagnosticsText(dir)).toBe(diagnosticsText(dir));
  });
});

describe('diagnostic code parity', () => {
  it('covers every code a semantic check declares', () => {
    expectCovered(new Set(SEMANTIC_CHECKS.flatMap((check) => check.codes)));
  });

  it('covers every code written in src/', () => {
    const codes = sourceCodes();
    expect(codes.size).toBeGreaterThan(20);
    expectCovered(codes);
  });
});
