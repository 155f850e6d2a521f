/**
 * The statistics bands (src/decision/statistics.ts) over the cases of `sjukfall-query.ts`: each
 * case gets its sex, age band, diagnosis prefix, degree and length band in the database, and only
 * the counts per combination leave it. The bands are generated from the same constants
 * statistics() uses; chapters and groups are looked up in TypeScript from the three-character
 * prefix (`statisticsFromKeys`), so their lists stay data, not SQL.
 */

import { AGE_BANDS, LENGTH_BANDS } from '../decision/statistics.js';
import type { Dialect } from './dialect.js';
import { caseCtes, sqlText } from './sjukfall-query.js';

function bandCase(expr: string, bands: ReadonlyArray<readonly [number, string, ...string[]]>, otherwise: string): string {
  const whens = bands.filter(([upTo]) => Number.isFinite(upTo)).map(([upTo, key]) => `WHEN ${expr} <= ${upTo} THEN ${sqlText(key)}`);
  const last = bands[bands.length - 1][1];
  return `CASE ${otherwise} ${whens.join(' ')} ELSE ${sqlText(last)} END`;
}

export function statistikQuery(dialect: Dialect): string {
  // toUpperCase().replace('.', ''): regexp_replace without the g flag replaces the first dot only.
  const code = `regexp_replace(upper(k.diagnoses[1]), '\\.', '')`;
  return `WITH ${caseCtes(dialect, true)},
keyed AS (
  SELECT k.sex,
         ${bandCase('k.age', AGE_BANDS, "WHEN k.age IS NULL THEN 'okänd'")} AS age_band,
         CASE WHEN ${dialect.matches(code, '^[A-Z][0-9][0-9]')} THEN substr(${code}, 1, 3) END AS code3,
         coalesce(k.current_degree, k.last_degree) AS degree,
         ${bandCase('k.days', LENGTH_BANDS, '')} AS length_band,
         k.certificates, k.with_request
  FROM sjukfall_case k
)
SELECT sex, age_band, code3, CAST(degree AS INTEGER) AS degree, length_band, CAST(count(*) AS INTEGER) AS cases,
       CAST(sum(certificates) AS INTEGER) AS certificates, CAST(sum(with_request) AS INTEGER) AS with_request
FROM keyed
GROUP BY sex, age_band, code3, degree, length_band
ORDER BY sex, age_band, code3, degree, length_band`;
}
