-- The inbox's own copy of every user task (open and finished), kept by the engine's task events in the same
-- transaction, with what the list shows, filters and sorts on copied in: every inbox query is one index range
-- scan on this table, with no join to Flowable's tables or to other modules'.
CREATE TABLE apr_work_item (
    task_id          VARCHAR(64)   NOT NULL PRIMARY KEY,
    appraisal_id     BIGINT        NOT NULL,
    report_id        BIGINT        NOT NULL,
    complex_id       BIGINT        NOT NULL,
    complex_name_zh  VARCHAR(200)  NOT NULL,
    complex_name_en  VARCHAR(200)  NOT NULL,
    county_code      VARCHAR(16)   NOT NULL,
    city_code        VARCHAR(16)   NOT NULL,
    cycle_id         BIGINT,
    appraisal_year   INTEGER       NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    step_key         VARCHAR(64)   NOT NULL,
    form_key         VARCHAR(64),
    step_name        VARCHAR(200),
    audience         VARCHAR(100)  NOT NULL,
    claimed_by       VARCHAR(64),
    created_at       TIMESTAMP     NOT NULL,
    due_at           TIMESTAMP,
    status           VARCHAR(16)   NOT NULL,
    completed_by     VARCHAR(64),
    completed_at     TIMESTAMP,
    version          BIGINT        NOT NULL
);
-- default list (newest first) and its pager; the step counts; the others serve one filter or sort each
CREATE INDEX apr_work_item_created_ix ON apr_work_item (audience, status, created_at DESC);
CREATE INDEX apr_work_item_step_ix ON apr_work_item (audience, status, step_key, created_at DESC);
CREATE INDEX apr_work_item_due_ix ON apr_work_item (audience, status, due_at);
CREATE INDEX apr_work_item_county_ix ON apr_work_item (audience, status, county_code, created_at DESC);
CREATE INDEX apr_work_item_cycle_ix ON apr_work_item (audience, status, cycle_id, created_at DESC);
CREATE INDEX apr_work_item_name_ix ON apr_work_item (audience, status, complex_name_zh);
CREATE INDEX apr_work_item_done_ix ON apr_work_item (completed_by, completed_at DESC);
CREATE INDEX apr_work_item_pi_ix ON apr_work_item (process_instance_id);
