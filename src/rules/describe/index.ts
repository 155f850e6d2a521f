/**
 * Conditions in Swedish, from the model alone: pure and free of Node APIs, so the studio, the
 * CLI and the generators word a condition the same way.
 */

export { describeCondition } from './condition.js';
export { conditionSentences, fieldConditions, sectionConditions, bothConditions, type ConditionInWords, type FieldConditions } from './field.js';
export { quote } from './words.js';
