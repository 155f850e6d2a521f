/** The certificate id names the folder and the generated files, so the two must agree. */
import type { SemanticCheck } from './check.js';

const check: SemanticCheck = {
  id: 'id-matches-folder',
  description: 'Intygets id är samma som mappens namn.',
  codes: ['definition/id-mismatch'],
  run({ model, folder, report }) {
    if (folder !== undefined && model.id !== folder) {
      report(['id'], 'definition/id-mismatch', `Id "${model.id}" skiljer sig från mappens namn "${folder}". Byt id till "${folder}" eller byt namn på mappen.`);
    }
  },
};

export default check;
