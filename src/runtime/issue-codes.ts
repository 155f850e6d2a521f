/**
 * Issue codes about a payload's shape: exactly the problems the generated JSON Schema finds too.
 * The rest (required, not-applicable, date limits, rules …) need the definition's logic.
 */
export const STRUCTURAL_CODES: ReadonlySet<string> = new Set([
  'invalid-type', 'invalid-date', 'unknown-option', 'duplicate', 'max-length', 'out-of-range',
  'too-many-rows', 'unknown-field', 'unknown-type', 'unknown-version', 'invalid-payload',
]);
