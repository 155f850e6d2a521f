-- intyg: the certificate store for sick-leave analytics (`intyg sjukfall|statistik --source postgres://…`).
-- Certificates with their envelope and the answers the sick-leave algorithm reads: the periods with
-- their degree, the diagnoses and the occupation. Load NDJSON with `intyg load <file> --into postgres://…`,
-- which runs this file first. Idempotent: safe to run again.
--
-- Every table carries patient_id and every key starts with it, so the store can be distributed
-- by patient with Citus (sql/postgres/citus.sql) and every query of src/sql/ runs on one shard per
-- patient. Text that is compared or sorted is COLLATE "C": signing times, ids and personnummer
-- order by code point, as sjukfall() orders them, whatever the database's locale.

CREATE TABLE IF NOT EXISTS certificate (
  patient_id  text COLLATE "C" NOT NULL,   -- personnummer, 12 digits without dash (a 13-character id loses its dash)
  seq         bigint NOT NULL,             -- order of storing; the last tie-break between certificates signed at the same time
  cert_id     text COLLATE "C" NOT NULL,   -- the payload's id, or #n (n = the certificate's place in the loaded file)
  type        text,                        -- fk7804, ag7804 …
  version     text,
  status      text,                        -- draft, locked, signed, revoked; NULL counts as issued
  signed_at   text COLLATE "C",            -- ISO 8601 as in the payload; compared as text
  sent_at     text COLLATE "C",
  issuer_id   text,
  issuer_name text,
  unit_id     text,                        -- HSA id of the care unit (Rehabstöd's unit view)
  unit_name   text,
  diagnoses   text[] NOT NULL DEFAULT '{}', -- diagnosis codes in answer order, the first is the main diagnosis
  occupation  text[] NOT NULL DEFAULT '{}', -- sysselsättning codes
  PRIMARY KEY (patient_id, seq),
  UNIQUE (patient_id, cert_id)
);

CREATE INDEX IF NOT EXISTS certificate_unit ON certificate (unit_id, patient_id);

-- One row per sick-leave period (answer sjukskrivning): only periods with two real dates in order.
-- Periods and questions belong to a certificate by (patient_id, seq) and (patient_id, cert_id).
-- There are no foreign keys: checked row by row they made loading a million certificates ten
-- times slower, and `intyg load` writes a certificate and its periods in one transaction.
CREATE TABLE IF NOT EXISTS certificate_period (
  patient_id text COLLATE "C" NOT NULL,
  seq        bigint NOT NULL,
  ord        integer NOT NULL,             -- the period's place in the answer; orders periods starting the same day
  degree     text NOT NULL,                -- EN_FJARDEDEL, HALFTEN, TRE_FJARDEDEL, HELT_NEDSATT
  from_date  date NOT NULL,
  to_date    date NOT NULL,
  PRIMARY KEY (patient_id, seq, ord),
  CHECK (from_date <= to_date)
);

-- Which patients have a period around the active date: the first step of every query.
CREATE INDEX IF NOT EXISTS certificate_period_to ON certificate_period (to_date, from_date, patient_id);

-- Questions (ärenden) on certificates; subject KOMPLT asks for komplettering.
CREATE TABLE IF NOT EXISTS certificate_question (
  patient_id text COLLATE "C" NOT NULL,
  cert_id    text COLLATE "C" NOT NULL,
  subject    text NOT NULL
);

CREATE INDEX IF NOT EXISTS certificate_question_cert ON certificate_question (patient_id, cert_id);
