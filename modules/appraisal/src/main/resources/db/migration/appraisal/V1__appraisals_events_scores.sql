-- appraisal owns each report's appraisal outcome, its history lines and the experts' scores.
CREATE SEQUENCE apr_appraisal_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_appraisal (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    report_id           BIGINT        NOT NULL,
    complex_id          BIGINT        NOT NULL,
    county_code         VARCHAR(16)   NOT NULL,
    city_code           VARCHAR(16)   NOT NULL,
    appraisal_year      INTEGER       NOT NULL,
    process_instance_id VARCHAR(64),
    status              VARCHAR(16)   NOT NULL,
    experts             VARCHAR(1000),
    score               NUMERIC(7,2),
    grade               VARCHAR(16),
    grade_reason        VARCHAR(4000),
    decided_by          VARCHAR(64),
    published_at        TIMESTAMP,
    version             BIGINT        NOT NULL,
    CONSTRAINT apr_appraisal_report_uk UNIQUE (report_id)
);
CREATE INDEX apr_appraisal_pi_ix ON apr_appraisal (process_instance_id);
CREATE INDEX apr_appraisal_county_ix ON apr_appraisal (county_code, appraisal_year);
CREATE INDEX apr_appraisal_complex_ix ON apr_appraisal (complex_id);

CREATE SEQUENCE apr_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    appraisal_id BIGINT        NOT NULL REFERENCES apr_appraisal (id),
    step_key     VARCHAR(64),
    action       VARCHAR(32)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    comment_text VARCHAR(4000),
    at_utc       TIMESTAMP     NOT NULL
);
CREATE INDEX apr_event_appraisal_ix ON apr_event (appraisal_id, at_utc);

CREATE SEQUENCE apr_expert_score_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_expert_score (
    id           BIGINT        NOT NULL PRIMARY KEY,
    appraisal_id BIGINT        NOT NULL REFERENCES apr_appraisal (id),
    expert       VARCHAR(64)   NOT NULL,
    score        NUMERIC(7,2)  NOT NULL,
    comment_text VARCHAR(4000),
    at_utc       TIMESTAMP     NOT NULL,
    CONSTRAINT apr_expert_score_uk UNIQUE (appraisal_id, expert)
);
