/** Reads the converted Inera cases (test/fixtures/inera) and runs intyg on one as the case says. */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/project.js';
import type { Runtime } from '../../src/runtime/runtime.js';
import type { ValidationResult } from '../../src/runtime/validate.js';
import type { IneraCase } from '../../scripts/convert-inera-fixtures.js';

export const FIXTURES = join(PACKAGE_ROOT, 'test/fixtures/inera');

export function loadCases(dir: string = FIXTURES): Map<string, IneraCase> {
  const cases = new Map<string, IneraCase>();
  for (const type of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const file of readdirSync(join(dir, type)).filter((name) => name.endsWith('.json')).sort()) {
      cases.set(`${type}/${file.slice(0, -'.json'.length)}`, JSON.parse(readFileSync(join(dir, type, file), 'utf8')));
    }
  }
  return cases;
}

/** Prefill cases are cleaned first, as Webcert's form drops what the rules hide. */
export function runCase(runtime: Runtime, entry: IneraCase): ValidationResult {
  const certificate = entry.clean ? runtime.clean(entry.certificate, { today: entry.today }).certificate : entry.certificate;
  return runtime.validate(certificate, { today: entry.today });
}

export const baseField = (field: string): string => /^[A-Za-z0-9]+/.exec(field)?.[0] ?? field;
