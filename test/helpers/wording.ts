/**
 * An operator's wording on its own: the predicate it builds from a WordingContext, said of a
 * subject (“Frågan”), so each operator's test states only the words it is about.
 */

import type { OperatorDefinition, WordingContext } from '../../src/rules/operator.js';
import { subjectWords } from '../../src/rules/describe/facts.js';
import { clauseWords } from '../../src/rules/describe/words.js';

export function says(operator: OperatorDefinition, context: Partial<WordingContext> = {}, subject = '”Frågan”'): string {
  const predicate = operator.wording({ answered: 'ifylld', chosen: 'vald', is: 'är', value: '', values: [], raw: undefined, ...context });
  return clauseWords(subjectWords({ whole: subject, part: predicate.part }), predicate);
}
