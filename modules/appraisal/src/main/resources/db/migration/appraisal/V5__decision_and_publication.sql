-- A decision records what was proposed and how the score was aggregated; the grade reaches the complex only when
-- the municipal bureau publishes the cycle's results (published_at), no longer at the decision itself.
ALTER TABLE apr_appraisal ADD COLUMN proposed_grade VARCHAR(16);
ALTER TABLE apr_appraisal ADD COLUMN aggregation VARCHAR(16);
ALTER TABLE apr_appraisal ADD COLUMN decided_at TIMESTAMP;
CREATE INDEX apr_appraisal_cycle_grade_ix ON apr_appraisal (cycle_id, grade);
