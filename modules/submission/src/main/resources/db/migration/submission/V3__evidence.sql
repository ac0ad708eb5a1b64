-- Evidence files attached to annual reports: metadata and content in one row, written in one transaction.
-- The content column is BYTEA because it is the one binary type H2 2.2 (as BINARY VARYING) and PostgreSQL 15
-- both accept, and EclipseLink reads and writes a @Lob byte[] through it on both; BLOB does not exist in
-- PostgreSQL, BINARY VARYING does not parse there. H2 keeps such values inline in the row, which the embedded
-- run can afford; PostgreSQL moves them out of line (TOAST), so listing files never reads their content.
CREATE SEQUENCE sub_evidence_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sub_evidence (
    id           BIGINT       NOT NULL PRIMARY KEY,
    report_id    BIGINT       NOT NULL REFERENCES sub_report (id),
    section_code VARCHAR(64)  NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  TIMESTAMP    NOT NULL,
    content      BYTEA        NOT NULL
);
CREATE INDEX sub_evidence_report_ix ON sub_evidence (report_id, section_code);
