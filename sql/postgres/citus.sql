-- intyg on Citus: the store of 001-certificate-store.sql distributed by patient.
-- Run once on the coordinator after the migration and before loading:
--
--   psql "$DATABASE_URL" -f sql/postgres/001-certificate-store.sql -f sql/postgres/citus.sql
--
-- All three tables are distributed on patient_id and co-located, so a patient's certificates,
-- periods and questions live on one shard. The queries in src/sql/ keep to what Citus pushes
-- down whole to each shard (test/sql/citus-subset.test.ts checks the SQL): every window is
-- PARTITION BY patient_id, every join and GROUP BY below the top level includes patient_id, and
-- only the final ORDER BY (the case list) or GROUP BY (the statistics counts) runs on the
-- coordinator, over result rows. No certificate data moves between workers.

CREATE EXTENSION IF NOT EXISTS citus;

SELECT create_distributed_table('certificate', 'patient_id');
SELECT create_distributed_table('certificate_period', 'patient_id', colocate_with => 'certificate');
SELECT create_distributed_table('certificate_question', 'patient_id', colocate_with => 'certificate');
