-- reporting owns no data of its own: it reads the other modules' tables through these views, so that its queries
-- name only rpt_ objects and a change of another module's table shows up here, in one place, as a broken view.
-- Figures are live: no copy to keep in step, every dashboard number is what the reports say now.

-- one row per annual report: where it stands as a document, the complex it belongs to and its appraisal outcome
CREATE VIEW rpt_report_fact AS
SELECT r.id            AS report_id,
       r.cycle_id      AS cycle_id,
       r.report_year   AS report_year,
       r.city_code     AS city_code,
       r.county_code   AS county_code,
       r.complex_id    AS complex_id,
       r.status        AS report_status,
       c.level         AS complex_level,
       c.name_zh       AS complex_name_zh,
       c.name_en       AS complex_name_en,
       a.status        AS appraisal_status,
       a.score         AS score,
       a.grade         AS grade,
       a.published_at  AS published_at
FROM sub_report r
JOIN reg_complex c ON c.id = r.complex_id
LEFT JOIN apr_appraisal a ON a.report_id = r.id;

-- the same without the appraisal: what the figures and counts read (H2 evaluates every join of a view, used or not)
CREATE VIEW rpt_report AS
SELECT r.id            AS report_id,
       r.cycle_id      AS cycle_id,
       r.report_year   AS report_year,
       r.city_code     AS city_code,
       r.county_code   AS county_code,
       r.complex_id    AS complex_id,
       r.status        AS report_status,
       c.level         AS complex_level
FROM sub_report r
JOIN reg_complex c ON c.id = r.complex_id;

-- the numeric figures of the reports
CREATE VIEW rpt_report_value AS
SELECT report_id, indicator_code, num_value
FROM sub_report_value
WHERE num_value IS NOT NULL;

-- each cycle's numeric indicators, for names, units and order
CREATE VIEW rpt_indicator AS
SELECT cycle_id, code, name_zh, name_en, unit_zh, unit_en, value_type, sort_order
FROM sub_cycle_indicator
WHERE value_type IN ('INTEGER', 'DECIMAL', 'PERCENT');

-- the open workflow steps, for the cycle's progress
CREATE VIEW rpt_open_step AS
SELECT w.appraisal_id, w.report_id, w.complex_id, w.county_code, w.city_code, w.appraisal_year, w.step_key,
       w.step_name, w.due_at
FROM apr_work_item w
WHERE w.status = 'OPEN';

CREATE VIEW rpt_county AS
SELECT code, name_zh, name_en, city_code, sort_order
FROM reg_county;

-- the cycles, so that a year without (selected) reports still lists its indicators with 0
CREATE VIEW rpt_cycle AS
SELECT id, cycle_year, city_code, status
FROM sub_cycle;

CREATE VIEW rpt_city AS
SELECT code, name_zh, name_en
FROM reg_city;
