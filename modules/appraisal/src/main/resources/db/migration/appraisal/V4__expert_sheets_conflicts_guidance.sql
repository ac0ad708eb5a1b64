-- Experts score item by item: one sheet per expert and appraisal (a draft until submitted), its points per rubric
-- item and a comment per rubric group. apr_expert_score keeps the submitted total the decision reads.
CREATE SEQUENCE apr_score_sheet_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_score_sheet (
    id           BIGINT        NOT NULL PRIMARY KEY,
    appraisal_id BIGINT        NOT NULL REFERENCES apr_appraisal (id),
    expert       VARCHAR(64)   NOT NULL,
    comment_text VARCHAR(4000),
    submitted    BOOLEAN       NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT apr_score_sheet_uk UNIQUE (appraisal_id, expert)
);
CREATE TABLE apr_score_item (
    sheet_id  BIGINT       NOT NULL REFERENCES apr_score_sheet (id),
    item_code VARCHAR(64)  NOT NULL,
    points    NUMERIC(7,2) NOT NULL,
    PRIMARY KEY (sheet_id, item_code)
);
CREATE TABLE apr_score_group_comment (
    sheet_id     BIGINT        NOT NULL REFERENCES apr_score_sheet (id),
    group_code   VARCHAR(64)   NOT NULL,
    comment_text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (sheet_id, group_code)
);

-- An expert who declared a conflict with a complex is never offered again for that appraisal.
CREATE SEQUENCE apr_conflict_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_conflict_declaration (
    id           BIGINT        NOT NULL PRIMARY KEY,
    appraisal_id BIGINT        NOT NULL REFERENCES apr_appraisal (id),
    complex_id   BIGINT        NOT NULL,
    expert       VARCHAR(64)   NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    at_utc       TIMESTAMP     NOT NULL,
    CONSTRAINT apr_conflict_uk UNIQUE (appraisal_id, expert)
);

-- On-site guidance (现场指导): notes on a complex, inside an appraisal or outside any.
CREATE SEQUENCE apr_guidance_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_guidance_note (
    id           BIGINT        NOT NULL PRIMARY KEY,
    complex_id   BIGINT        NOT NULL,
    appraisal_id BIGINT        REFERENCES apr_appraisal (id),
    author       VARCHAR(64)   NOT NULL,
    visit_date   DATE          NOT NULL,
    place        VARCHAR(500)  NOT NULL,
    participants VARCHAR(2000) NOT NULL,
    problems     VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    updated_at   TIMESTAMP     NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX apr_guidance_note_complex_ix ON apr_guidance_note (complex_id, visit_date);

CREATE TABLE apr_guidance_recommendation (
    id         BIGINT        NOT NULL PRIMARY KEY,
    note_id    BIGINT        NOT NULL REFERENCES apr_guidance_note (id),
    sort_order INTEGER       NOT NULL,
    text_value VARCHAR(2000) NOT NULL
);
CREATE INDEX apr_guidance_rec_note_ix ON apr_guidance_recommendation (note_id, sort_order);

CREATE TABLE apr_guidance_photo (
    id           BIGINT        NOT NULL PRIMARY KEY,
    note_id      BIGINT        NOT NULL REFERENCES apr_guidance_note (id),
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(64)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_by  VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);
CREATE INDEX apr_guidance_photo_note_ix ON apr_guidance_photo (note_id);

CREATE TABLE apr_guidance_followup (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    recommendation_id  BIGINT        NOT NULL REFERENCES apr_guidance_recommendation (id),
    action_taken       VARCHAR(4000) NOT NULL,
    done_on            DATE          NOT NULL,
    author             VARCHAR(64)   NOT NULL,
    file_name          VARCHAR(255),
    content_type       VARCHAR(64),
    size_bytes         BIGINT,
    sha256             VARCHAR(64),
    content            BYTEA,
    created_at         TIMESTAMP     NOT NULL
);
CREATE INDEX apr_guidance_followup_rec_ix ON apr_guidance_followup (recommendation_id);
