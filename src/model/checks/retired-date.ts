/** `retired:` is the last day a version takes new drafts; it must be a day that exists. */
import { isIsoDate } from '../../util/dates.js';
import type { SemanticCheck } from './check.js';

const check: SemanticCheck = {
  id: 'retired-date',
  description: 'retired är ett datum som finns.',
  codes: ['definition/retired-date'],
  run({ model, report }) {
    if (model.retired !== undefined && !isIsoDate(model.retired)) {
      report(['retired'], 'definition/retired-date', `retired ska vara ett datum som finns, ÅÅÅÅ-MM-DD, inte "${model.retired}".`);
    }
  },
};

export default check;
