/** Real payloads from the definitions' examples, changed only where a test says so. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuntime, PACKAGE_ROOT } from '../../../src/project.js';
import type { Issue } from '../../../src/fields/kind.js';

export const runtime = loadRuntime();

export interface Example {
  // A payload as the examples hold it; tests change it freely.
  certificate: any;
  today: string;
}

export function example(type: string, name: string): Example {
  const dir = join(PACKAGE_ROOT, 'definitions', type, 'examples');
  const certificate = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  const { today } = JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8'));
  return { certificate, today };
}

/** A copy with some answers replaced (undefined removes one). */
export function withAnswers(certificate: any, patch: Record<string, unknown>): any {
  const answers = { ...certificate.answers };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete answers[key];
    else answers[key] = value;
  }
  return { ...certificate, answers };
}

export const at = (issues: Issue[], prefix: string) => issues.filter((issue) => issue.field === prefix || issue.field.startsWith(`${prefix}.`) || issue.field.startsWith(`${prefix}[`));
