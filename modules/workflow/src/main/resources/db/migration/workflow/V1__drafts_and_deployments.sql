-- workflow owns the administrators' side of the BPMN: who deployed which Flowable deployment (the bundled BPMN has
-- no row: "system"), and the drafts saved from the modeler. Flowable's own act_* tables hold the versions.
CREATE TABLE wfl_deployment (
    deployment_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    process_key   VARCHAR(200) NOT NULL,
    deployed_by   VARCHAR(64)  NOT NULL,
    deployed_at   TIMESTAMP    NOT NULL
);
CREATE INDEX wfl_deployment_key_ix ON wfl_deployment (process_key);

-- BYTEA (UTF-8 XML) is the one large type H2 2.2 and PostgreSQL 15 share, as for evidence files.
CREATE SEQUENCE wfl_draft_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE wfl_draft (
    id          BIGINT       NOT NULL PRIMARY KEY,
    process_key VARCHAR(200) NOT NULL,
    xml         BYTEA        NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    saved_at    TIMESTAMP    NOT NULL
);
CREATE INDEX wfl_draft_key_ix ON wfl_draft (process_key, saved_at);
