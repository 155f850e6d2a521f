/**
 * An example's `.expect.json`: what validating `<name>.json` must give on `today`. Its own module
 * without imports, so the studio's page (no Node types) and src/examples.ts share one type.
 */

export interface Expectation {
  today: string;
  valid: boolean;
  errors?: Array<{ field: string; code: string }>;
  warnings?: Array<{ field: string; code: string }>;
  info?: Array<{ field: string; code: string }>;
}
