/**
 * Imports Socialstyrelsen's FMB snapshot and Rehabstöd's diagnosis groups from the reference data
 * (`../shared/data`) into `definitions/_shared/decision-support/`. Like import-code-systems the
 * output is deterministic (sorted, no timestamps, no absolute paths): a re-run is a no-op in git.
 *
 *   npx tsx scripts/import-fmb.ts [--data <dir>] [--out <dir>]
 */

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PACKAGE_ROOT } from '../src/util/package-root.js';
import type { DiagnosisGroupFile, FmbFile, FmbGroup, FmbTimeUnit, FmbTypicalCase } from '../src/decision/types.js';
import { FMB_UNIT_DAYS } from '../src/decision/fmb.js';


const REPO_ROOT = PACKAGE_ROOT;
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');
export const DEFAULT_OUT_DIR = join(REPO_ROOT, 'definitions/_shared/decision-support');
const SNAPSHOT = '2018-06';

type Json = any;

function readJsonApi(dataDir: string, name: string): { meta: Json; data: Json[] } {
  const parsed = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
  if (!Array.isArray(parsed?.data)) throw new Error(`${name}: expected JSON:API with data[]`);
  return parsed;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };

/** The API's inline HTML (p, br, ul/ol/li, em, a) as plain text: paragraphs and "- " items. */
export function plainText(markup: unknown): string {
  if (typeof markup !== 'string') return '';
  return markup
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|ul|ol)>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&([a-z]+|#\d+);/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all)
    .split(/\n{2,}/)
    // Single newlines inside a paragraph are the source's hard wrapping, not structure.
    .map((para) => para.split('\n').map((l) => l.trim()).filter(Boolean).join('\n').replace(/\n(?!- )/g, ' '))
    .filter(Boolean)
    .join('\n\n');
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function typicalCase(attributes: Json, id: string): FmbTypicalCase {
  const rec = attributes.rekommenderadsjukskrivning;
  const rawAmount = rec.maximalsjukskrivningstid;
  const rawUnit = rec.maximalsjukskrivningsenhet;
  if ((rawAmount === null) !== (rawUnit === null)) throw new Error(`typfall ${id}: time without unit or unit without time`);
  if (rawUnit !== null && !(rawUnit in FMB_UNIT_DAYS)) throw new Error(`typfall ${id}: unknown time unit ${rawUnit}`);
  const amount = rawAmount === null ? null : Number(rawAmount);
  if (amount !== null && !Number.isInteger(amount)) throw new Error(`typfall ${id}: time ${rawAmount} is not a whole number`);
  const unit = rawUnit as FmbTimeUnit | null;
  return {
    text: String(attributes.typfallsmening).trim(),
    recommendation: String(rec.typfalletsrekommenderadesjukskrivning).trim(),
    degree: String(rec.maximalsjukskrivningsgrad?.beskrivning ?? ''),
    amount,
    unit,
    days: amount === null || unit === null ? null : amount * FMB_UNIT_DAYS[unit],
    codes: attributes.fmbtillstand.diagnoskod.map((k: Json) => String(k.kod)).sort(byString),
  };
}

export function buildFmb(dataDir: string = DEFAULT_DATA_DIR): FmbFile {
  const info = readJsonApi(dataDir, 'fmb/fmb-diagnosinformation-2018-06.json');
  const typfall = readJsonApi(dataDir, 'fmb/fmb-typfall-2018-06.json');
  const groupOfCode = new Map<string, FmbGroup>();
  const groups: FmbGroup[] = info.data.map((entry) => {
    const a = entry.attributes;
    const group: FmbGroup = {
      id: String(entry.id),
      title: String(a.diagnosrubrik ?? a.titel).trim(),
      codes: a.diagnoskod.map((k: Json) => ({ code: String(k.kod), title: String(k.beskrivning) })).sort((x: Json, y: Json) => byString(x.code, y.code)),
      texts: {
        generalInfo: plainText(a.forsakringsmedicinskinformation?.markup),
        symptomPrognosisTreatment: plainText(a.symtomprognosbehandling?.markup),
        functionalImpairment: plainText(a.funktionsnedsattning?.funktionsnedsattningsbeskrivning),
        activityLimitation: plainText(a.aktivitetsbegransning?.aktivitetsbegransningsbeskrivning),
        rehabilitation: plainText(a.informationomrehabilitering?.markup) || null,
      },
      reference: a.referens?.[0] ? { text: String(a.referens[0].text), uri: String(a.referens[0].uri) } : null,
      typicalCases: [],
    };
    for (const { code } of group.codes) {
      if (groupOfCode.has(code)) throw new Error(`ICD-10 code ${code} is in FMB groups ${groupOfCode.get(code)!.id} and ${group.id}`);
      groupOfCode.set(code, group);
    }
    return group;
  });
  for (const entry of typfall.data) {
    const tc = typicalCase(entry.attributes, String(entry.id));
    const owners = new Set(tc.codes.map((code) => groupOfCode.get(code)));
    // A typical case belongs to exactly one diagnosis group; anything else is a changed source.
    if (owners.size !== 1 || owners.has(undefined)) throw new Error(`typfall ${entry.id}: codes ${tc.codes.join(',')} are not in one FMB group`);
    [...owners][0]!.typicalCases.push(tc);
  }
  for (const group of groups) {
    // Webcert lists typical cases by maximal length; no length ("under behandlingen") last.
    group.typicalCases.sort((x, y) => (x.days ?? Infinity) - (y.days ?? Infinity) || byString(x.text, y.text));
  }
  groups.sort((x, y) => byString(x.codes[0]?.code ?? '', y.codes[0]?.code ?? '') || byString(x.id, y.id));
  return {
    id: 'fmb',
    title: 'Försäkringsmedicinskt beslutsstöd (Socialstyrelsen)',
    snapshot: SNAPSHOT,
    apiVersion: String(info.meta?.version ?? ''),
    source: "fmb/fmb-diagnosinformation-2018-06.json and fmb/fmb-typfall-2018-06.json in the reference data, Socialstyrelsen's FMB API as stored by Inera's sklintyg/webcert (GPL-3.0)",
    groups,
  };
}

export function buildDiagnosisGroups(dataDir: string = DEFAULT_DATA_DIR): DiagnosisGroupFile {
  const name = 'icd10se/diagnosgrupper.txt';
  const lines = readFileSync(join(dataDir, name), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries = lines.flatMap((line, index) => {
    if (line.trim() === '') return [];
    const m = /^([A-Z]\d\d-[A-Z]\d\d(?:,[A-Z]\d\d-[A-Z]\d\d)*):(.+)$/.exec(line.trim());
    if (!m) throw new Error(`${name}:${index + 1}: expected "A00-B99,C00-D48:title", got ${JSON.stringify(line)}`);
    const ranges = m[1].split(',').map((r) => ({ first: r.slice(0, 3), last: r.slice(4) }));
    return [{ id: m[1], ranges, title: m[2].trim() }];
  });
  return { id: 'diagnosgrupper', title: 'Diagnosgrupper (Rehabstöd, Statistiktjänsten)', source: `${name} in the reference data, from Inera's sklintyg/webcert on GitHub, GPL-3.0`, entries };
}

/** Compact JSON, but one diagnosis group per line so a new snapshot diffs by group. */
function renderFmb(file: FmbFile): string {
  const { groups, ...head } = file;
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},"groups":[\n${groups.map((g) => JSON.stringify(g)).join(',\n')}\n]}\n`;
}

export function renderDecisionSupport(dataDir = DEFAULT_DATA_DIR): Map<string, string> {
  return new Map([
    ['fmb.json', renderFmb(buildFmb(dataDir))],
    ['diagnosgrupper.json', `${JSON.stringify(buildDiagnosisGroups(dataDir), null, 2)}\n`],
  ]);
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = values.data ? resolve(values.data) : DEFAULT_DATA_DIR;
  const outDir = values.out ? resolve(values.out) : DEFAULT_OUT_DIR;
  mkdirSync(outDir, { recursive: true });
  const files = renderDecisionSupport(dataDir);
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  const fmb = JSON.parse(files.get('fmb.json')!) as FmbFile;
  const cases = fmb.groups.reduce((n, g) => n + g.typicalCases.length, 0);
  console.log(`${fmb.groups.length} FMB groups, ${cases} typical cases → ${relative(process.cwd(), outDir) || '.'}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`import-fmb: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
