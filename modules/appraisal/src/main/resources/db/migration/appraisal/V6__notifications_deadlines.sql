-- In-app notifications (the bell) and the deadline notices already sent.
-- The text is a bundle key with arguments so that each reader sees it in their own language.
CREATE SEQUENCE apr_notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE apr_notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient    VARCHAR(64)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000),
    report_id    BIGINT,
    task_id      VARCHAR(64),
    created_at   TIMESTAMP     NOT NULL,
    read_at      TIMESTAMP
);
-- the bell's unread count for one user reads this index only; the list pages through the second
CREATE INDEX apr_notification_unread_ix ON apr_notification (recipient, read_at);
CREATE INDEX apr_notification_latest_ix ON apr_notification (recipient, created_at);

-- One row per task and deadline kind: a timer job retried, or a step re-entered with the same task, never
-- notifies twice.
CREATE TABLE apr_deadline_notice (
    notice_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    task_id      VARCHAR(64)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    sent_at      TIMESTAMP     NOT NULL
);
