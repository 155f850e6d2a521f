/**
 * Issue codes about a payload's shape: exactly the problems the generated JSON Schema finds too.
 * The rest (required, not-applicable, date limits, rules …) need the definition's logic.
 */
export const STRUCTURAL_CODES: ReadonlySet<string> = new Set([
  'invalid-type', 'invalid-date', 'unknown-option', 'duplicate', 'max-length', 'out-of-range',
  'too-many-rows', 'too-many-items', 'invalid-character', 'unknown-field', 'unknown-type', 'unknown-version', 'invalid-payload',
]);

/** Built-in codes whose message a field may override with `messages:` in its definition. */
export const OVERRIDABLE_CODES: readonly string[] = [
  'date-max', 'date-min', 'duplicate', 'diagnosis-code-invalid', 'diagnosis-code-positions', 'invalid-date', 'max-length', 'not-applicable',
  'order', 'out-of-range', 'overlap', 'period-order', 'required', 'uncertain-date', 'unknown-entry', 'unknown-option',
  'year-range', 'blank-text',
];
