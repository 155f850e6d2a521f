/**
 * Lays certificates from a file out as the store's tables inside DuckDB, so the one query set
 * (`../sjukfall-query.ts`) runs on them: NDJSON is parsed once into a table, Parquet written by
 * `intyg export --parquet` is read in place (columnar, only the columns asked for). Pure: SQL text.
 *
 * The NDJSON reading follows `readNdjson` + `sjukfall()`: a line with an `answers` object is a
 * certificate, one with `certificateId` and `subject` a question; a 13-character personnummer
 * loses its dash; a period counts only with two real `YYYY-MM-DD` dates in order; a certificate
 * without id is `#n`, n its place among the certificates; the line order is the last tie-break.
 */

import { sqlLiteral } from '../dialect.js';

/** The JSON shape read; anything else in a payload is not parsed at all. */
const COLUMNS = `{
  id: 'VARCHAR', type: 'VARCHAR', version: 'VARCHAR', status: 'VARCHAR', signedAt: 'VARCHAR', sentAt: 'VARCHAR',
  patient: 'STRUCT(personId VARCHAR)', issuer: 'STRUCT(hsaId VARCHAR, name VARCHAR)', unit: 'STRUCT(hsaId VARCHAR, name VARCHAR)',
  answers: 'STRUCT(sjukskrivning MAP(VARCHAR, STRUCT("from" VARCHAR, "to" VARCHAR)), diagnoser STRUCT(code VARCHAR)[], sysselsattning VARCHAR[])',
  certificateId: 'VARCHAR', subject: 'VARCHAR'
}`;

const day = (expr: string) => `CASE WHEN regexp_full_match(${expr}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN try_cast(${expr} AS DATE) END`;

/** The store's certificate columns, computed from one parsed line `j`. */
const CERTIFICATE_COLUMNS = `
  CASE WHEN length(j.patient.personId) = 13 THEN regexp_replace(j.patient.personId, '-', '') ELSE j.patient.personId END AS patient_id,
  j.type, j.version, j.status, j.signedAt AS signed_at, j.sentAt AS sent_at,
  j.issuer.hsaId AS issuer_id, j.issuer.name AS issuer_name, j.unit.hsaId AS unit_id, j.unit.name AS unit_name,
  coalesce(list_filter(list_transform(j.answers.diagnoser, lambda d: d.code), lambda c: c IS NOT NULL AND c <> ''), []) AS diagnoses,
  coalesce(j.answers.sysselsattning, []) AS occupation,
  coalesce(list_filter(
    list_transform(map_entries(j.answers.sjukskrivning), lambda e, i: {
      ord: CAST(i AS INTEGER), degree: e.key, from_date: ${day('e.value."from"')}, to_date: ${day('e.value."to"')}
    }),
    lambda p: p.from_date IS NOT NULL AND p.to_date IS NOT NULL AND p.from_date <= p.to_date), []) AS periods`;

/**
 * `staged_rows`: one row per line (certificates and questions), parsed once. No record number is
 * computed while reading: `WITH ORDINALITY` or `row_number() OVER ()` doubled the time of this step
 * (1M lines: 2.3 s against 1.2 s). DuckDB keeps insertion order in a table created from a single
 * scan, so the table's `rowid` is the record's place in the file (0-based); `staged` adds it.
 */
export function stageNdjson(file: string): string {
  return `CREATE OR REPLACE TEMP TABLE staged_rows AS
SELECT j.answers IS NOT NULL AS is_cert, j.certificateId AS question_cert_id, j.subject,
  CASE WHEN j.answers IS NOT NULL THEN j.id END AS cert_id,
  ${CERTIFICATE_COLUMNS}
FROM read_json(${sqlLiteral(file)}, format = 'newline_delimited', columns = ${COLUMNS}) AS j`;
}

const STAGED_COLUMNS = `is_cert, question_cert_id, subject, patient_id, type, version, status, signed_at, sent_at,
  issuer_id, issuer_name, unit_id, unit_name, diagnoses, occupation, periods`;

/** Counts the certificates without id; when there are any, `staged` numbers them. */
export const COUNT_MISSING_IDS = `SELECT count(*) AS n FROM staged_rows WHERE is_cert AND cert_id IS NULL`;

/**
 * `staged`: the lines with their record number (1-based, blank lines not counted). A certificate
 * without id becomes `#n`, n counting certificates from 1 in file order; that running count is a
 * sort of the whole file, so it is only paid when an id is missing.
 */
export function stagedView(missingIds: boolean): string {
  const certId = missingIds
    ? `CASE WHEN is_cert THEN coalesce(cert_id, '#' || row_number() OVER (PARTITION BY is_cert ORDER BY rowid)) END`
    : 'cert_id';
  return `CREATE OR REPLACE TEMP VIEW staged AS
SELECT rowid + 1 AS rec, ${certId} AS cert_id, ${STAGED_COLUMNS} FROM staged_rows`;
}

/** The first line that is neither a certificate nor a question, as its record number (1-based, blank lines not counted). */
export const FIRST_STRAY_RECORD = `SELECT min(rowid) + 1 AS rec FROM staged_rows WHERE NOT is_cert AND (question_cert_id IS NULL OR subject IS NULL)`;

/** The store's three tables as views over `staged`. */
export const NDJSON_VIEWS = [
  `CREATE OR REPLACE TEMP VIEW certificate AS
   SELECT patient_id, rec AS seq, cert_id, type, version, status, signed_at, sent_at, issuer_id, issuer_name, unit_id, unit_name, diagnoses, occupation, periods
   FROM staged WHERE is_cert AND patient_id IS NOT NULL AND patient_id <> ''`,
  `CREATE OR REPLACE TEMP TABLE certificate_period AS
   SELECT patient_id, seq, p.ord, p.degree, p.from_date, p.to_date FROM (SELECT patient_id, seq, unnest(periods) AS p FROM certificate) t`,
  `CREATE OR REPLACE TEMP VIEW certificate_question AS
   SELECT c.patient_id, c.cert_id, q.subject FROM staged q JOIN certificate c ON c.cert_id = q.question_cert_id
   WHERE NOT q.is_cert AND q.subject IS NOT NULL`,
];

export const NDJSON_COUNTS = {
  questions: `SELECT count(*) AS n FROM staged_rows WHERE NOT is_cert`,
  certificates: `SELECT count(*) AS n FROM staged_rows WHERE is_cert`,
};

/** The Parquet layout `intyg export --parquet` writes: the certificate columns, periods nested, question subjects. */
export function parquetViews(file: string): string[] {
  const source = `read_parquet(${sqlLiteral(file)})`;
  return [
    `CREATE OR REPLACE TEMP VIEW certificate AS
     SELECT patient_id, seq, cert_id, type, version, status, signed_at, sent_at, issuer_id, issuer_name, unit_id, unit_name, diagnoses, occupation, periods
     FROM ${source} WHERE patient_id IS NOT NULL AND patient_id <> ''`,
    `CREATE OR REPLACE TEMP VIEW certificate_period AS
     SELECT patient_id, seq, p.ord, p.degree, p.from_date, p.to_date FROM (SELECT patient_id, seq, unnest(periods) AS p FROM ${source} WHERE patient_id IS NOT NULL AND patient_id <> '') t`,
    `CREATE OR REPLACE TEMP VIEW certificate_question AS
     SELECT patient_id, cert_id, unnest(questions) AS subject FROM ${source} WHERE patient_id IS NOT NULL AND patient_id <> ''`,
  ];
}

export function parquetCounts(file: string): { questions: string; certificates: string } {
  return {
    questions: `SELECT coalesce(sum(len(questions)), 0) AS n FROM read_parquet(${sqlLiteral(file)})`,
    certificates: `SELECT count(*) AS n FROM read_parquet(${sqlLiteral(file)})`,
  };
}

/** What `intyg export --parquet` writes from `staged`: every certificate, with its questions' subjects. */
export function exportParquet(file: string): string {
  return `COPY (
  SELECT c.patient_id, c.rec AS seq, c.cert_id, c.type, c.version, c.status, c.signed_at, c.sent_at,
         c.issuer_id, c.issuer_name, c.unit_id, c.unit_name, c.diagnoses, c.occupation, c.periods,
         coalesce(q.subjects, []) AS questions
  FROM staged c
  LEFT JOIN (SELECT question_cert_id, list(subject ORDER BY rec) AS subjects FROM staged WHERE NOT is_cert AND subject IS NOT NULL GROUP BY question_cert_id) q
    ON q.question_cert_id = c.cert_id
  WHERE c.is_cert
  ORDER BY c.rec
) TO ${sqlLiteral(file)} (FORMAT parquet, COMPRESSION zstd)`;
}
