-- How far the opening of a cycle has come, where every node reads it: a user whose request reaches another node
-- than the one opening sees the real progress, not "interrupted". One row per cycle, rewritten as chunks finish;
-- updated_at tells a running opening from one whose node died (no update for minutes).
CREATE TABLE apr_opening_progress (
    cycle_id    BIGINT        PRIMARY KEY,
    total       INTEGER       NOT NULL,
    done        INTEGER       NOT NULL,
    started     INTEGER       NOT NULL,
    finished    BOOLEAN       NOT NULL,
    error_key   VARCHAR(128),
    millis      BIGINT        NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);
