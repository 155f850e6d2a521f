/**
 * Rehabstöd's sick-leave algorithm (as `sjukfall()` in src/decision/sjukfall.ts implements it) as
 * one SQL query set over the store's tables (sql/postgres/001-certificate-store.sql):
 *
 *   certificate(patient_id, seq, cert_id, status, signed_at, unit_id, …, diagnoses, occupation)
 *   certificate_period(patient_id, seq, ord, degree, from_date, to_date)
 *   certificate_question(patient_id, cert_id, subject)
 *
 * Written in the subset that runs unchanged on DuckDB and PostgreSQL (`dialect.ts` holds the two
 * differences) and that Citus can push down to the shard of each patient: every window is
 * PARTITION BY patient_id, every join and GROUP BY includes patient_id, and nothing but the
 * final ORDER BY / GROUP BY crosses patients. test/sql/citus-subset.test.ts checks that.
 *
 * Parameters: $1 active date, $2 gap days (0–90), $3 recently-ended days (0–14), $4 unit or NULL.
 */

import { sqlLiteral, type Dialect } from './dialect.js';
import { ageSql, sexSql } from './person.js';

export const sqlText = sqlLiteral;

const D = 'CAST($1 AS DATE)';
const GAP = 'CAST($2 AS INTEGER)';
const RECENT = 'CAST($3 AS INTEGER)';

/** DEGREE_PERCENT in src/decision/sjukfall.ts; any other key counts as 0 %. */
const PERCENT = `CASE p.degree WHEN 'EN_FJARDEDEL' THEN 25 WHEN 'HALFTEN' THEN 50 WHEN 'TRE_FJARDEDEL' THEN 75 WHEN 'HELT_NEDSATT' THEN 100 ELSE 0 END`;

/**
 * The CTEs up to one row per case (`sjukfall_case`), shared by the case list and the statistics.
 * Each step names the TypeScript it mirrors.
 */
export function caseCtes(dialect: Dialect): string {
  const unit = `CAST($4 AS ${dialect.text})`;
  return `
-- Patients with a period on or shortly before the active date: a superset of those with a case
-- (touchesActiveDate), so everything after works on a fraction of the region.
touching AS (
  SELECT DISTINCT p.patient_id
  FROM certificate_period p
  WHERE p.from_date <= ${D} AND p.to_date >= ${D} - ${RECENT}
),
-- The certificates that count (personIdOf): not drafts, not revoked, of the unit if one is asked for.
counted AS (
  SELECT c.patient_id, c.seq, c.cert_id, c.signed_at
  FROM certificate c
  JOIN touching t ON t.patient_id = c.patient_id
  WHERE (c.status IS NULL OR c.status NOT IN ('draft', 'locked', 'revoked'))
    AND (${unit} IS NULL OR c.unit_id = ${unit})
),
-- One row per certificate: first and last day, active on the date, recently ended (entryOf).
span AS (
  SELECT c.patient_id, c.seq, c.cert_id, c.signed_at,
         min(p.from_date) AS s, max(p.to_date) AS e,
         bool_or(p.from_date <= ${D} AND ${D} <= p.to_date) AS active
  FROM counted c
  JOIN certificate_period p ON p.patient_id = c.patient_id AND p.seq = c.seq
  GROUP BY c.patient_id, c.seq, c.cert_id, c.signed_at
),
flagged AS (
  SELECT span.*, (NOT active AND e < ${D} AND e + ${RECENT} + 1 > ${D}) AS recent
  FROM span
),
-- The anchor (patientCase): the latest-signed active certificate, then the later end, then the
-- later stored; without one the latest-ending recently ended one. The chain (cut where a
-- certificate starts more than gap + 1 days after the largest end so far) is numbered per patient.
ranked AS (
  SELECT f.*,
         first_value(CASE WHEN active OR recent THEN seq END) OVER (
           PARTITION BY patient_id
           ORDER BY (active OR recent) DESC, active DESC, CASE WHEN active THEN NULL ELSE e END DESC NULLS LAST,
                    coalesce(signed_at, '') DESC, e DESC, seq DESC
           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS anchor_seq,
         max(e) OVER (PARTITION BY patient_id ORDER BY s, e, seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end
  FROM flagged f
),
numbered AS (
  SELECT r.*,
         sum(CASE WHEN prev_end IS NULL OR s > prev_end + ${GAP} + 1 THEN 1 ELSE 0 END) OVER (
           PARTITION BY patient_id ORDER BY s, e, seq ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS case_no
  FROM ranked r
  WHERE anchor_seq IS NOT NULL
),
chained AS (
  SELECT n.*, max(CASE WHEN seq = anchor_seq THEN case_no END) OVER (PARTITION BY patient_id) AS anchor_case
  FROM numbered n
),
member AS (
  SELECT * FROM chained WHERE case_no = anchor_case
),
-- Covered days (coveredDays): each period adds the days after the largest end before it.
covered AS (
  SELECT patient_id, sum(added) AS days
  FROM (
    SELECT p.patient_id,
           greatest(0, p.to_date - greatest(p.from_date, coalesce(max(p.to_date) OVER (
             PARTITION BY p.patient_id ORDER BY p.from_date, p.to_date, p.seq, p.ord
             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) + 1, p.from_date)) + 1) AS added
    FROM member m
    JOIN certificate_period p ON p.patient_id = m.patient_id AND p.seq = m.seq
  ) x
  GROUP BY patient_id
),
chain AS (
  SELECT patient_id, max(anchor_seq) AS anchor_seq, bool_or(seq = anchor_seq AND active) AS active,
         min(s) AS start_date, max(e) AS end_date, count(*) AS certificates,
         array_agg(cert_id ORDER BY s, e, seq) AS certificate_ids
  FROM member
  GROUP BY patient_id
),
-- The anchor's degrees in date order (ties in answer order) and the degree on the date (buildCase).
degrees AS (
  SELECT k.patient_id,
         array_agg(${PERCENT} ORDER BY p.from_date, p.ord) AS degrees,
         (array_agg(${PERCENT} ORDER BY p.from_date DESC, p.ord DESC))[1] AS last_degree,
         max(CASE WHEN p.from_date <= ${D} AND ${D} <= p.to_date THEN ${PERCENT} END) AS covering_degree
  FROM chain k
  JOIN certificate_period p ON p.patient_id = k.patient_id AND p.seq = k.anchor_seq
  GROUP BY k.patient_id
),
sjukfall_case AS (
  SELECT k.patient_id, ${sexSql('k.patient_id')} AS sex, ${ageSql(dialect, 'k.patient_id', D)} AS age,
         k.start_date, k.end_date, v.days, k.certificates, k.certificate_ids, k.active,
         g.degrees, g.last_degree, CASE WHEN k.active THEN g.covering_degree END AS current_degree,
         c.cert_id AS anchor_id, c.diagnoses, c.occupation, c.issuer_id, c.issuer_name, c.unit_id, c.unit_name
  FROM chain k
  JOIN covered v ON v.patient_id = k.patient_id
  JOIN degrees g ON g.patient_id = k.patient_id
  JOIN certificate c ON c.patient_id = k.patient_id AND c.seq = k.anchor_seq
)`;
}

/** One row per case, in sjukfall()'s order: by start, then personnummer. */
export function sjukfallQuery(dialect: Dialect): string {
  return `WITH ${caseCtes(dialect)}
SELECT patient_id, sex, CAST(age AS INTEGER) AS age, CAST(start_date AS ${dialect.text}) AS start_date,
       CAST(end_date AS ${dialect.text}) AS end_date, CAST(days AS INTEGER) AS days, CAST(certificates AS INTEGER) AS certificates,
       certificate_ids, active, degrees, current_degree, anchor_id, diagnoses, occupation, issuer_id, issuer_name, unit_id, unit_name
FROM sjukfall_case
ORDER BY start_date, patient_id`;
}
