-- access owns users, their single role and scope, and the audit trail.
CREATE SEQUENCE acc_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_user (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    scope_code    VARCHAR(16),
    complex_id    BIGINT,
    active        BOOLEAN      NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT acc_user_username_uk UNIQUE (username)
);

CREATE SEQUENCE acc_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_audit (
    id          BIGINT        NOT NULL PRIMARY KEY,
    at_utc      TIMESTAMP     NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    object_type VARCHAR(64)   NOT NULL,
    object_id   VARCHAR(64)   NOT NULL,
    detail      VARCHAR(4000)
);
CREATE INDEX acc_audit_object_ix ON acc_audit (object_type, object_id);
