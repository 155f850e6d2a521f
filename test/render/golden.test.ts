/**
 * Golden HTML, one certificate per field kind (test/render/golden/<kind>.html). The HTML is
 * what Chromium prints, so a change here is a change on paper: review the diff, then accept it
 * with `npx vitest run test/render/golden.test.ts -u`.
 */

import { describe, expect, it } from 'vitest';
import { FIELD_KINDS } from '../../src/fields/registry.js';
import { createProjectRenderer } from '../../src/render/index.js';
import { PRINTED_AT } from './helpers.js';
import { KIND_FIXTURES, kindCertificate, kindRuntime } from './kind-fixtures.js';

const runtime = kindRuntime();
const renderer = createProjectRenderer(runtime);

describe('golden HTML per field kind', () => {
  it('has a fixture for every registered field kind', () => {
    const missing = FIELD_KINDS.map((kind) => kind.kind).filter((kind) => !(kind in KIND_FIXTURES));
    expect(missing, 'add the kind to test/render/kind-fixtures.ts').toEqual([]);
  });

  it.each(Object.keys(KIND_FIXTURES))('%s', async (kind) => {
    const certificate = kindCertificate(kind);
    // The fixture itself must be a valid certificate, or the golden would pin an error notice.
    expect(runtime.validate(certificate, { today: '2026-11-20' }).errors).toEqual([]);
    await expect(renderer.html(certificate, { printedAt: PRINTED_AT })).toMatchFileSnapshot(`./golden/${kind}.html`);
  });
});
