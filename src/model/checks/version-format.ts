/**
 * A version is digits and dots ("2.0", "1.2"): it names the version's folder, its generated files
 * (`fk7804.v1.2.schema.json`) and its TypeScript names (`Fk7804V1_2Certificate`), and versions are
 * ordered by their numbers.
 */
import type { SemanticCheck } from './check.js';

const VERSION = /^[0-9]+(\.[0-9]+)*$/;

const check: SemanticCheck = {
  id: 'version-format',
  description: 'Versionen skrivs med siffror och punkter.',
  codes: ['definition/bad-version'],
  run({ model, report }) {
    // An empty version is an empty text, which that check reports.
    if (typeof model.version === 'string' && model.version.trim() !== '' && !VERSION.test(model.version)) {
      report(['version'], 'definition/bad-version', `Version "${model.version}" ska skrivas med siffror och punkter, t.ex. "2.0": den namnger versionens mapp och genererade filer.`);
    }
  },
};

export default check;
