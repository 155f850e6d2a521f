/**
 * Reads what Inera's own validator tests do with each scenario file: which dates they move to
 * "now" before validating, and what they then assert (number of errors, the fields named). Only
 * plain, recognisable statements are taken; a test that changes the scenario in any other way is
 * not used for details, so no expectation is guessed.
 */

import { addDays } from '../../src/util/dates.js';
import type { Json } from './legacy.js';

export type DateStep =
  | { kind: 'currentYear' | 'lastYear'; path: string[] }
  | { kind: 'nowMinusDays'; path: string[]; days: number }
  | { kind: 'setup'; name: string; args: number[] };

export interface NationalTest {
  /** `InternalValidatorTest#testR1` */
  test: string;
  scenario: string;
  steps: DateStep[];
  errors?: number;
  /** Fields the test names, as the legacy model writes them (`dodsdatum`, `dodsdatum.month`). */
  fields: string[];
}

function methods(source: string): Array<{ name: string; body: string }> {
  const out: Array<{ name: string; body: string }> = [];
  const head = /@(?:Test|ParameterizedTest)[^\n]*\n(?:\s*@[^\n]*\n)*\s*(?:public\s+)?void\s+(\w+)\([^)]*\)[^{]*\{/g;
  let match: RegExpExecArray | null;
  while ((match = head.exec(source))) {
    let depth = 1;
    let i = head.lastIndex;
    while (depth > 0 && i < source.length) {
      if (source[i] === '{') depth += 1;
      else if (source[i] === '}') depth -= 1;
      i += 1;
    }
    out.push({ name: match[1], body: source.slice(head.lastIndex, i - 1) });
  }
  return out;
}

const getterPath = (chain: string) => [...chain.matchAll(/\.get(\w+)\(\)/g)].map((m) => m[1][0].toLowerCase() + m[1].slice(1));

/** Per method of a validator test class: the scenario it loads and what it asserts about it. */
export function parseNationalTests(className: string, source: string, wrappers: readonly string[]): NationalTest[] {
  const tests: NationalTest[] = [];
  for (const { name, body } of methods(source)) {
    const scenarios = [...body.matchAll(/(?:getInternalScenario|validateScenarioFile)\("([^"]+)"\)/g)].map((m) => m[1]);
    if (new Set(scenarios).size !== 1) continue;
    const steps: DateStep[] = [];
    let rest = body;
    for (const m of body.matchAll(/(setDateToCurrentYear|setDateToLastYear)\(\s*\w+((?:\.get\w+\(\))+)\s*\)/g)) {
      steps.push({ kind: m[1] === 'setDateToCurrentYear' ? 'currentYear' : 'lastYear', path: getterPath(m[2]) });
      rest = rest.replace(m[0], '');
    }
    for (const m of body.matchAll(/setNowMinusDays\(\s*\w+((?:\.get\w+\(\))+)\s*,\s*(\d+)\s*\)/g)) {
      steps.push({ kind: 'nowMinusDays', path: getterPath(m[1]), days: Number(m[2]) });
      rest = rest.replace(m[0], '');
    }
    for (const wrapper of wrappers) {
      const m = new RegExp(`${wrapper}\\(([\\s\\S]*?getInternalScenario\\("[^"]+"\\)\\.asInternalModel\\(\\))((?:\\s*,\\s*\\d+)*)\\s*\\)`).exec(body);
      if (m) {
        steps.unshift({ kind: 'setup', name: wrapper, args: [...m[2].matchAll(/\d+/g)].map((d) => Number(d[0])) });
        rest = rest.replace(m[0], '');
      }
    }
    // Anything else that changes the scenario (a setter, a computed date) is not reproduced.
    if (/\.set[A-Z]\w*\(|LocalDate|Personnummer/.test(rest)) continue;
    const count = /assertEquals\(\s*(\d+)\s*,\s*(?:getNumberOfInternalValidationErrors\(|\w+\.getValidationErrors\(\)\.size\(\))/.exec(body)
      ?? (/int numErrors = (\d+);/.test(body) && /assertEquals\(\s*numErrors/.test(body) ? /int numErrors = (\d+);/.exec(body) : null)
      ?? (/assertFalse\(\s*\w+\.hasErrorMessages\(\)\)/.test(body) ? ['', '0'] : null)
      ?? (/assertTrue\(\s*\w+\.getValidationErrors\(\)\.isEmpty\(\)/.test(body) ? ['', '0'] : null);
    const fields = [...body.matchAll(/assertEquals\(\s*"([^"]+)"\s*,\s*[\w.()]*?getField\(\)\)/g)].map((m) => m[1]);
    if (!count && !fields.length) continue;
    tests.push({ test: `${className}#${name}`, scenario: scenarios[0], steps, ...(count ? { errors: Number(count[1]) } : {}), fields });
  }
  return tests;
}

function at(object: Json, path: string[]): { parent: Json; key: string } | undefined {
  let parent: Json | undefined = object;
  for (const key of path.slice(0, -1)) parent = parent?.[key];
  return parent && typeof parent === 'object' ? { parent, key: path[path.length - 1] } : undefined;
}

/** InternalDate values are `{ date: "…" }` in the model, a plain string in the JSON. */
function setDate(object: Json, path: string[], change: (date: string) => string): void {
  const spot = at(object, path);
  if (!spot || typeof spot.parent[spot.key] !== 'string') return;
  spot.parent[spot.key] = change(spot.parent[spot.key]);
}

/** InternalValidatorHelper, as the national tests define it, with "now" fixed to `today`. */
export function applyDateSteps(scenario: Json, steps: readonly DateStep[], today: string, setups: Record<string, (scenario: Json, today: string, args: number[]) => void>): void {
  const year = Number(today.slice(0, 4));
  for (const step of steps) {
    if (step.kind === 'setup') setups[step.name](scenario, today, step.args);
    else if (step.kind === 'nowMinusDays') setDate(scenario, step.path, () => addDays(today, -step.days));
    else setDate(scenario, step.path, (date) => `${step.kind === 'currentYear' ? year : year - 1}${date.slice(4)}`);
  }
}
