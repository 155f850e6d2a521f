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

import { DEGREE_PERCENT } from '../decision/sjukfall.js';
import { sqlLiteral, type Dialect } from './dialect.js';
import { ageSql, sexSql } from './person.js';

export const sqlText = sqlLiteral;

const D = 'CAST($1 AS DATE)';
const GAP = 'CAST($2 AS INTEGER)';
const RECENT = 'CAST($3 AS INTEGER)';

/** DEGREE_PERCENT of src/decision/sjukfall.ts as SQL; any other key counts as 0 %. */
const PERCENT = `CASE p.degree ${Object.entries(DEGREE_PERCENT).map(([key, percent]) => `WHEN ${sqlLiteral(key)} THEN ${percent}`).join(' ')} ELSE 0 END`;

/**
 * The CTEs up to one row per case (`sjukfall_case`), shared by the case list and the statistics.
 * Each step names the TypeScript it mirrors. `withRequests` adds each case's number of
 * certificates with a komplettering request (`with_request`), for the statistics.
 */
export function caseCtes(dialect: Dialect, withRequests = false): string {
  const unit = `CAST($4 AS ${dialect.text})`;
  return `${withRequests ? `-- Certificates with a komplettering request (statistik only).
asked AS (
  SELECT patient_id, cert_id FROM certificate_question WHERE subject = 'KOMPLT' GROUP BY patient_id, cert_id
),` : ''}
-- Patients with a period on or shortly before the active date: a superset of those with a case
-- (touchesActiveDate), so everything after works on a fraction of the region.
touching AS (
  SELECT DISTINCT p.patient_id
  FROM certificate_period p
  WHERE p.from_date <= ${D} AND p.to_date >= ${D} - ${RECENT}
),
-- The certificates that count (personIdOf): not drafts, not revoked, of the unit if one is asked for.
counted AS (
  SELECT c.patient_id, c.seq, c.cert_id, c.signed_at${withRequests ? ', a.cert_id IS NOT NULL AS asked' : ''}
  FROM certificate c
  JOIN touching t ON t.patient_id = c.patient_id${withRequests ? '\n  LEFT JOIN asked a ON a.patient_id = c.patient_id AND a.cert_id = c.cert_id' : ''}
  WHERE (c.status IS NULL OR c.status NOT IN ('draft', 'locked', 'revoked'))
    AND (${unit} IS NULL OR c.unit_id = ${unit})
),
-- One row per certificate: first and last day, active on the date, recently ended (entryOf).
span AS (
  SELECT c.patient_id, c.seq, c.cert_id, c.signed_at${withRequests ? ', c.asked' : ''},
         min(p.from_date) AS s, max(p.to_date) AS e,
         bool_or(p.from_date <= ${D} AND ${D} <= p.to_date) AS active
  FROM counted c
  JOIN certificate_period p ON p.patient_id = c.patient_id AND p.seq = c.seq
  GROUP BY c.patient_id, c.seq, c.cert_id, c.signed_at${withRequests ? ', c.asked' : ''}
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
-- The case's periods, each with the largest end before it (coveredDays) and whether it is its
-- certificate's first (so certificate counts and ids see each certificate once).
member_period AS (
  SELECT m.patient_id, m.seq, m.cert_id, m.s, m.e, m.active, m.anchor_seq${withRequests ? ', m.asked' : ''}, p.ord, p.from_date, p.to_date, ${PERCENT} AS percent,
         row_number() OVER (PARTITION BY m.patient_id, m.seq ORDER BY p.ord) = 1 AS first_of_cert,
         max(p.to_date) OVER (PARTITION BY m.patient_id ORDER BY p.from_date, p.to_date, p.seq, p.ord
                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_to
  FROM member m
  JOIN certificate_period p ON p.patient_id = m.patient_id AND p.seq = m.seq
),
-- One aggregation per case, so no two per-patient aggregates are ever joined (a planner that
-- misjudges their sizes would otherwise rescan one for every row of the other). Covered days:
-- each period adds the days after the largest end before it. Degrees: the anchor's periods in
-- date order, ties in answer order (buildCase).
sjukfall_chain AS (
  SELECT patient_id, max(anchor_seq) AS anchor_seq, bool_or(seq = anchor_seq AND active) AS active,
         min(s) AS start_date, max(e) AS end_date,
         count(*) FILTER (WHERE first_of_cert) AS certificates,
         array_agg(cert_id ORDER BY s, e, seq) FILTER (WHERE first_of_cert) AS certificate_ids,
         sum(greatest(0, to_date - greatest(from_date, coalesce(prev_to + 1, from_date)) + 1)) AS days,
         array_agg(percent ORDER BY from_date, ord) FILTER (WHERE seq = anchor_seq) AS degrees,
         (array_agg(percent ORDER BY from_date DESC, ord DESC) FILTER (WHERE seq = anchor_seq))[1] AS last_degree,
         max(percent) FILTER (WHERE seq = anchor_seq AND from_date <= ${D} AND ${D} <= to_date) AS covering_degree${withRequests ? ',\n         count(*) FILTER (WHERE first_of_cert AND asked) AS with_request' : ''}
  FROM member_period
  GROUP BY patient_id
),
sjukfall_case AS (
  SELECT k.*, ${sexSql('k.patient_id')} AS sex, ${ageSql(dialect, 'k.patient_id', D)} AS age,
         CASE WHEN k.active THEN k.covering_degree END AS current_degree,
         c.cert_id AS anchor_id, c.diagnoses, c.occupation, c.issuer_id, c.issuer_name, c.unit_id, c.unit_name
  FROM sjukfall_chain k
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
