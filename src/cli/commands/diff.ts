/**
 * `intyg diff <type> [from] [to] [--base <git-ref>] [--json]`: every change between two versions of
 * a type, or between a version and its definition at a git revision, with its YAML location and
 * class (breaking, compatible, wording only). A version may be named by its major number
 * (`intyg diff fk7804 1 2.0`).
 */

import { CLASS_ORDER, diffVersions, type Change, type ChangeClass, type DiffSide } from '../../diff/index.js';
import { compareVersions, resolveVersion } from '../../model/catalog.js';
import { formatDiagnostic, hasErrors } from '../../diagnostics/diagnostic.js';
import { DEFINITIONS_DIR, definitionsRoot } from '../../project.js';
import { compileAtRevision, compileWorkingTree, sideKey, type CompiledDefinitions } from '../compiled-definitions.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../io.js';
import { say } from '../lang.js';

export interface DiffOptions {
  base?: string;
  json?: boolean;
  definitions?: string;
}

const HEADINGS: Record<ChangeClass, [string, string]> = {
  breaking: ['Brytande ändringar', 'Breaking changes'],
  compatible: ['Kompatibla ändringar', 'Compatible changes'],
  wording: ['Bara formuleringar', 'Wording only'],
};

/** The side of `type` in `version` (by major number too), or a usage error naming the versions there are. */
function sideOf(compiled: CompiledDefinitions, type: string, version: string | undefined, where: string): DiffSide {
  const versions = compiled.result.models.filter((model) => model.id === type).map((model) => model.version).sort(compareVersions);
  if (!versions.length) throw new UsageError(say(`Okänd intygstyp ${type}${where}. Se intyg types.`, `Unknown certificate type ${type}${where}. See intyg types.`));
  const resolved = version === undefined ? versions[versions.length - 1] : resolveVersion(versions, version);
  if (!resolved) throw new UsageError(say(`${type} har ingen version ${version}${where}. Versioner: ${versions.join(', ')}.`, `${type} has no version ${version}${where}. Versions: ${versions.join(', ')}.`));
  return compiled.sides.get(sideKey(type, resolved))!;
}

function print(from: DiffSide, to: DiffSide, changes: readonly Change[], base: string | undefined): void {
  const count = (changeClass: ChangeClass) => changes.filter((change) => change.class === changeClass).length;
  const title = base
    ? `${to.model.code} ${to.model.version}: ${to.model.file} i ${base} → nu`
    : `${to.model.code} ${from.model.version} → ${to.model.version}`;
  const titleEn = base ? `${to.model.code} ${to.model.version}: ${to.model.file} at ${base} → now` : title;
  console.log(say(
    `${title}: ${count('breaking')} brytande, ${count('compatible')} kompatibla, ${count('wording')} bara formuleringar`,
    `${titleEn}: ${count('breaking')} breaking, ${count('compatible')} compatible, ${count('wording')} wording only`,
  ));
  for (const changeClass of CLASS_ORDER) {
    const ofClass = changes.filter((change) => change.class === changeClass);
    if (!ofClass.length) continue;
    const [sv, en] = HEADINGS[changeClass];
    console.log(`\n${say(sv, en)} (${ofClass.length}):`);
    for (const change of ofClass) console.log(`  ${change.location.file}:${change.location.line}:${change.location.col} ${change.code} ${change.message}`);
  }
  if (!changes.length) console.log(say('Inga ändringar.', 'No changes.'));
}

export function runDiff(type: string, from: string | undefined, to: string | undefined, options: DiffOptions): number {
  const dir = options.definitions ?? DEFINITIONS_DIR;
  const now = compileWorkingTree(dir);
  if (hasErrors(now.result.diagnostics)) {
    for (const diagnostic of now.result.diagnostics) console.log(formatDiagnostic(diagnostic));
    console.error(say('Rätta felen ovan först.', 'Fix the errors above first.'));
    return EXIT_INVALID;
  }
  let before: DiffSide;
  let after: DiffSide;
  if (options.base) {
    if (to !== undefined) throw new UsageError(say('Med --base anges högst en version: den som jämförs med sitt tidigare innehåll.', 'With --base give at most one version: the one compared with its earlier contents.'));
    after = sideOf(now, type, from, '');
    const then = compileAtRevision(definitionsRoot(dir), options.base);
    const same = [...then.sides.values()].find((side) => side.model.file === after.model.file);
    if (!same) throw new UsageError(say(`${after.model.file} fanns inte i ${options.base}.`, `${after.model.file} did not exist at ${options.base}.`));
    before = same;
  } else {
    if (from === undefined) throw new UsageError(say('Ange två versioner (intyg diff fk7804 1 2.0), en version att jämföra med den aktuella, eller --base <git-ref>.', 'Give two versions (intyg diff fk7804 1 2.0), one version to compare with the current one, or --base <git-ref>.'));
    before = sideOf(now, type, from, '');
    after = sideOf(now, type, to, '');
  }
  const changes = diffVersions(before, after);
  if (options.json) {
    const describe = (side: DiffSide) => ({ version: side.model.version, file: side.model.file });
    console.log(JSON.stringify({ type, from: { ...describe(before), ...(options.base ? { revision: options.base } : {}) }, to: describe(after), changes }, null, 2));
  } else {
    print(before, after, changes, options.base);
  }
  return EXIT_OK;
}
