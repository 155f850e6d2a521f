/**
 * An earlier version lives in `versions/<version>/`: the folder names the version, so a payload's
 * `version` finds its definition and its generated files, and the two must agree.
 */
import type { SemanticCheck } from './check.js';

const check: SemanticCheck = {
  id: 'version-matches-folder',
  description: 'En äldre versions version är samma som mappens namn under versions/.',
  codes: ['definition/version-mismatch'],
  run({ model, versionFolder, report }) {
    if (versionFolder !== undefined && model.version !== versionFolder) {
      report(['version'], 'definition/version-mismatch', `Version "${model.version}" skiljer sig från mappens namn versions/${versionFolder}/. Byt version till "${versionFolder}" eller byt namn på mappen.`);
    }
  },
};

export default check;
