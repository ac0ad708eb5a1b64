-- How a cycle aggregates its experts' totals (MEAN or TRIMMED_MEAN) and the share of it that may be rated 优秀.
ALTER TABLE sub_cycle ADD COLUMN score_aggregation VARCHAR(16) DEFAULT 'MEAN' NOT NULL;
ALTER TABLE sub_cycle ADD COLUMN excellent_cap_percent INTEGER DEFAULT 15 NOT NULL;
