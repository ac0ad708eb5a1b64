-- The cycle an appraisal belongs to, so that opening a cycle finds what exists with one indexed query.
-- Rows from before carry NULL: opening stays idempotent through the unique report_id.
ALTER TABLE apr_appraisal ADD COLUMN cycle_id BIGINT;
CREATE INDEX apr_appraisal_cycle_ix ON apr_appraisal (cycle_id);
