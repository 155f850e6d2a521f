/**
 * The few places where DuckDB's and PostgreSQL's SQL differ in what the sick-leave queries use.
 * Everything else in `src/sql/*-query.ts` is the shared subset: window functions partitioned by
 * patient, joins on the patient, `array_agg(… ORDER BY …)`, date plus integer.
 */

export interface Dialect {
  name: 'duckdb' | 'postgres';
  /** True when `expr` contains a match of the regular expression (anchor it with ^ or $). */
  matches(expr: string, pattern: string): string;
  /** A text type that compares by code point, as JavaScript's `<` does for the ASCII we compare. */
  text: string;
}

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

export const DUCKDB: Dialect = {
  name: 'duckdb',
  // DuckDB's `~` is a full match; regexp_matches searches like PostgreSQL's `~`.
  matches: (expr, pattern) => `regexp_matches(${expr}, ${literal(pattern)})`,
  text: 'VARCHAR',
};

export const POSTGRES: Dialect = {
  name: 'postgres',
  matches: (expr, pattern) => `(${expr} ~ ${literal(pattern)})`,
  // The store's text columns are COLLATE "C" (see sql/postgres/001-certificate-store.sql), so a
  // database created with a Swedish locale still orders signing times and ids as sjukfall() does.
  text: 'text',
};

export { literal as sqlLiteral };
