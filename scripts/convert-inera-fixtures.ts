/**
 * Converts Inera's public test data into intyg payloads with the outcome Inera's own tests expect,
 * so intyg's agreement with the national validators is part of the test suite
 * (test/national/inera-fixtures.test.ts). Reads two repositories as git directories:
 *
 *   npx tsx scripts/convert-inera-fixtures.ts --common <git dir of sklintyg/common> \
 *     --certificate-service <git dir of sklintyg/certificate-service> [--out test/fixtures/inera]
 *
 * Each case records repository, path and commit; `today` fixes "now" for the dates the national
 * tests move to now. Only facts are taken (answers, which dates a test moves, what it asserts);
 * no code is copied. Output is deterministic: a re-run on the same commits changes nothing.
 */

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/util/package-root.js';
import { listFiles, readText, resolveCommit, type RepoRef } from './inera-fixtures/git.js';
import { envelope, type Conversion, type Json } from './inera-fixtures/legacy.js';
import { applyDateSteps, parseNationalTests, type DateStep, type NationalTest } from './inera-fixtures/national-tests.js';
import { convertDb, convertDoi, SOS_SETUPS } from './inera-fixtures/sos.js';
import { convertFk } from './inera-fixtures/fk.js';
import { convertAg114, convertAg7804, convertLisjp, convertLisjp12 } from './inera-fixtures/sickleave.js';
import { convertTsBas, convertTsDiabetes } from './inera-fixtures/ts.js';
import { convertPrefills } from './inera-fixtures/prefill.js';

export const TODAY = '2026-11-20';
export const DEFAULT_OUT = join(PACKAGE_ROOT, 'test/fixtures/inera');

interface Module {
  type: string;
  /** The folder of its cases when not `type`: a second conversion of the same scenarios. */
  folder?: string;
  /** The model version the payloads name when not the type's current one. */
  version?: string;
  module: string;
  dir: string;
  convert: (legacy: Json) => Conversion;
  /** Validator tests whose per-scenario assertions are read. */
  tests: string[];
  /** The test that runs the failing (fail-) and passing (pass-, valid-) scenarios. */
  schematronTest?: string;
  /** What that test does to a passing scenario before validating it. */
  passSteps?: DateStep[];
  setups?: Record<string, (scenario: Json, today: string, args: number[]) => void>;
}

const lastYear = (...paths: string[]): DateStep[] => paths.map((path) => ({ kind: 'lastYear', path: [path] }));

/** FK7804's national v1 (lisjp) scenarios and the tests that run them, converted twice below. */
const LISJP = {
  module: 'fk/lisjp', dir: 'fk/lisjp/src/test/resources/v1/internal/scenarios',
  tests: ['fk/lisjp/src/test/java/se/inera/intyg/common/lisjp/v1/model/validator/InternalValidatorTest.java'],
  schematronTest: 'fk/lisjp/src/test/java/se/inera/intyg/common/lisjp/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
};

export const MODULES: Module[] = [
  {
    type: 'db', module: 'sos/db', dir: 'sos/db/src/test/resources/v1/internal/scenarios', convert: convertDb,
    tests: ['sos/db/src/test/java/se/inera/intyg/common/db/v1/validator/InternalValidatorTest.java'],
    schematronTest: 'sos/db/src/test/java/se/inera/intyg/common/db/v1/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
    passSteps: [{ kind: 'setup', name: 'setupUtlatandeDates', args: [] }], setups: SOS_SETUPS.db,
  },
  {
    type: 'doi', module: 'sos/doi', dir: 'sos/doi/src/test/resources/v1/internal/scenarios', convert: convertDoi,
    tests: ['sos/doi/src/test/java/se/inera/intyg/common/doi/v1/validator/InternalDraftValidatorImplTest.java'],
    schematronTest: 'sos/doi/src/test/java/se/inera/intyg/common/doi/v1/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
    passSteps: lastYear('dodsdatum', 'antraffatDodDatum', 'operationDatum'), setups: SOS_SETUPS.doi,
  },
  {
    type: 'fk7800', module: 'fk/luse', dir: 'fk/luse/src/test/resources/v1/internal/scenarios', convert: convertFk,
    tests: ['fk/luse/src/test/java/se/inera/intyg/common/luse/v1/model/validator/InternalValidatorTest.java'],
    schematronTest: 'fk/luse/src/test/java/se/inera/intyg/common/luse/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  {
    type: 'fk7801', module: 'fk/luae_na', dir: 'fk/luae_na/src/test/resources/v1/internal/scenarios', convert: convertFk, tests: [],
    schematronTest: 'fk/luae_na/src/test/java/se/inera/intyg/common/luae_na/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  {
    type: 'fk7802', module: 'fk/luae_fs', dir: 'fk/luae_fs/src/test/resources/v1/internal/scenarios', convert: convertFk,
    tests: ['fk/luae_fs/src/test/java/se/inera/intyg/common/luae_fs/v1/model/validator/InternalValidatorTest.java'],
    schematronTest: 'fk/luae_fs/src/test/java/se/inera/intyg/common/luae_fs/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  { type: 'fk7804', ...LISJP, convert: convertLisjp },
  // The same lisjp scenarios as FK7804 version 1.2 (the v1 model itself), beside the v2.0 conversion.
  { type: 'fk7804', folder: 'fk7804-1.2', version: '1.2', ...LISJP, convert: convertLisjp12 },
  {
    type: 'ag114', module: 'skl/ag114', dir: 'skl/ag114/src/test/resources/v1/internal/scenarios', convert: convertAg114,
    tests: ['skl/ag114/src/test/java/se/inera/intyg/common/ag114/v1/validator/InternalDraftValidatorImplTest.java'],
    schematronTest: 'skl/ag114/src/test/java/se/inera/intyg/common/ag114/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  {
    type: 'ag7804', module: 'skl/ag7804', dir: 'skl/ag7804/src/test/resources/v1/internal/scenarios', convert: convertAg7804, tests: [],
    schematronTest: 'skl/ag7804/src/test/java/se/inera/intyg/common/ag7804/v1/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  {
    type: 'tstrk1007', module: 'ts/ts-bas v7', dir: 'ts/ts-bas/src/test/resources/v7/scenarios/internal', convert: convertTsBas,
    tests: ['ts/ts-bas/src/test/java/se/inera/intyg/common/ts_bas/v7/model/validator/InternalValidatorTest.java'],
    schematronTest: 'ts/ts-bas/src/test/java/se/inera/intyg/common/ts_bas/v7/model/validator/InternalValidatorResultMatchesSchematronValidatorTest.java',
  },
  {
    type: 'tstrk1031', module: 'ts/ts-diabetes v4', dir: 'ts/ts-diabetes/src/test/resources/v4/internal/scenarios', convert: convertTsDiabetes,
    tests: ['ts/ts-diabetes/src/test/java/se/inera/intyg/common/ts_diabetes/v4/validator/InternalDraftValidatorTest.java'],
  },
];

export interface NationalOutcome {
  valid: boolean;
  /** Where the expectation comes from: a test method, or the naming of Inera's scenario files. */
  basis: string;
  errors?: number;
  /** Legacy field names the test asserts, and the intyg fields they became. */
  fields?: string[];
  intygFields?: string[];
}

export interface IneraCase {
  source: { repository: string; path: string; commit: string };
  today: string;
  national: NationalOutcome | null;
  /** intyg runs `clean` before validating (certificate-service's prefill). */
  clean?: boolean;
  notes: string[];
  certificate: Json;
}

/** `fail-*` true, `pass-*` false, as `Arguments.of(name, scenario, shouldFail)`. */
function schematronGlobs(source: string): Array<{ glob: RegExp; fail: boolean }> {
  return [...source.matchAll(/getInternalScenarios\("([^"]+)"\)[\s\S]*?Arguments\.of\([^;]*?,\s*(true|false)\)\)/g)].map((m) => ({
    glob: new RegExp(`^${m[1].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
    fail: m[2] === 'true',
  }));
}

function className(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.java'.length);
}

function mapFields(fields: readonly string[], fieldMap: Record<string, string[]>): string[] {
  const out = new Set<string>();
  for (const field of fields) {
    const path = field.replace(/\[\d+\]/g, '');
    // The issuing unit's details are the envelope's `unit`, reported as unit.<key>.
    if (/^grunddata\.skapadAv\.vardenhet\./i.test(path)) {
      out.add('unit');
      continue;
    }
    const candidates = [path, path.split('.').slice(0, 2).join('.'), path.split('.')[0]];
    const hit = candidates.find((candidate) => fieldMap[candidate]);
    for (const id of hit ? fieldMap[hit] : [path.split('.')[0]]) out.add(id);
  }
  return [...out].sort();
}

export function convertModule(ref: RepoRef, module: Module, versions: ReadonlyMap<string, string>): Map<string, IneraCase> {
  const parsed: NationalTest[] = module.tests.flatMap((path) => parseNationalTests(className(path), readText(ref, path), Object.keys(module.setups ?? {})));
  const globs = module.schematronTest ? schematronGlobs(readText(ref, module.schematronTest)) : [];
  const cases = new Map<string, IneraCase>();
  for (const path of listFiles(ref, module.dir).filter((file) => file.endsWith('.json'))) {
    const name = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    const legacy = JSON.parse(readText(ref, path)) as Json;
    const detailed = parsed.find((test) => test.scenario === name && test.errors !== undefined);
    const glob = globs.find((entry) => entry.glob.test(name));
    let steps: DateStep[] = [];
    let national: NationalOutcome | null = null;
    if (detailed) {
      steps = detailed.steps;
      national = { valid: detailed.errors === 0, basis: detailed.test, errors: detailed.errors, ...(detailed.fields.length ? { fields: detailed.fields } : {}) };
    } else if (glob) {
      steps = glob.fail ? [] : module.passSteps ?? [];
      national = { valid: !glob.fail, basis: `${className(module.schematronTest!)} (${glob.fail ? 'fail' : 'pass'})` };
    } else if (/^(pass|valid)-/.test(name)) {
      steps = module.passSteps ?? [];
      national = { valid: true, basis: 'scenario name (pass-/valid-)' };
    } else if (/(^|-)(fail|invalid)-/.test(name)) {
      national = { valid: false, basis: 'scenario name (fail-/invalid-)' };
    }
    applyDateSteps(legacy, steps, TODAY, module.setups ?? {});
    const conversion = module.convert(legacy);
    const notes = [...conversion.notes];
    const certificate = { ...envelope(module.type, module.version ?? versions.get(module.type)!, legacy, notes), answers: conversion.answers };
    if (national?.fields) national.intygFields = mapFields(national.fields, conversion.fieldMap);
    cases.set(`${module.folder ?? module.type}/${name}`, { source: { repository: ref.repository, path, commit: ref.commit }, today: TODAY, national, notes, certificate });
  }
  return cases;
}

/** Replaces the case folders; files beside them (the README) stay. */
export function writeCases(out: string, cases: ReadonlyMap<string, IneraCase>): void {
  if (existsSync(out)) {
    for (const entry of readdirSync(out, { withFileTypes: true })) if (entry.isDirectory()) rmSync(join(out, entry.name), { recursive: true, force: true });
  }
  for (const [key, value] of [...cases].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = join(out, `${key}.json`);
    mkdirSync(resolve(file, '..'), { recursive: true });
    writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { common: { type: 'string' }, 'certificate-service': { type: 'string' }, out: { type: 'string' } } });
  if (!values.common || !values['certificate-service']) throw new Error('give --common and --certificate-service (git directories of the two repositories)');
  const { loadRuntime } = await import('../src/project.js');
  const runtime = loadRuntime();
  const versions = new Map([...runtime.models.values()].map((model) => [model.id, model.version]));
  const common: RepoRef = { repository: 'sklintyg/common', gitDir: values.common, commit: resolveCommit(values.common, 'HEAD') };
  const service: RepoRef = { repository: 'sklintyg/certificate-service', gitDir: values['certificate-service'], commit: resolveCommit(values['certificate-service'], 'HEAD') };
  const cases = new Map<string, IneraCase>();
  for (const module of MODULES) for (const [key, value] of convertModule(common, module, versions)) cases.set(key, value);
  for (const [key, value] of convertPrefills(service, runtime.models, TODAY, runtime.codes.title)) cases.set(key, value);
  const out = values.out ? resolve(values.out) : DEFAULT_OUT;
  writeCases(out, cases);
  console.log(`${cases.size} cases from ${common.repository}@${common.commit.slice(0, 7)} and ${service.repository}@${service.commit.slice(0, 7)} → ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PACKAGE_ROOT, 'scripts/convert-inera-fixtures.ts')) {
  main().catch((error: unknown) => {
    console.error(`convert-inera-fixtures: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
