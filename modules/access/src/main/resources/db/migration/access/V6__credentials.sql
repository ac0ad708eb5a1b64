-- Credentials (issue 13): the password policy's state per user, the passwords a user may not take again, the second
-- factor (TOTP) with its recovery codes, and the security policy the security administrator edits.

-- must_change_password: set when someone else chose the password (a new account, a reset, the first administrator
-- from configuration); the user changes it at the next login before anything else. password_changed_at: when the
-- password was last set, for its expiry (existing users count from their creation).
ALTER TABLE acc_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE acc_user ADD COLUMN password_changed_at TIMESTAMP;
UPDATE acc_user SET password_changed_at = created_at;

-- The hashes (PBKDF2, as acc_user's) of a user's earlier passwords, newest first by changed_at: a new password may
-- not be one of the last N (innocomplex.password.history). Older rows are deleted as new ones come.
CREATE SEQUENCE acc_password_history_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_password_history (
    id            BIGINT       NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    CONSTRAINT acc_password_history_user_fk FOREIGN KEY (username) REFERENCES acc_user (username) ON DELETE CASCADE
);
CREATE INDEX acc_password_history_user_ix ON acc_password_history (username, changed_at);

-- A user's TOTP second factor (RFC 6238, 30 s, 6 digits, SHA-1 as every authenticator app takes it). The secret is
-- sealed with AES-GCM (innocomplex.second-factor.key). last_used_step is the time step of the last code accepted: a
-- code is accepted only for a later step, so no code works twice. pending_hash/pending_until: the SHA-256 of the
-- one-time ticket a right password gives a login that still needs its code, and until when it holds.
CREATE TABLE acc_second_factor (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret_sealed  VARCHAR(200) NOT NULL,
    enrolled_at    TIMESTAMP    NOT NULL,
    last_used_step BIGINT       NOT NULL,
    pending_hash   CHAR(64),
    pending_until  TIMESTAMP,
    CONSTRAINT acc_second_factor_user_fk FOREIGN KEY (username) REFERENCES acc_user (username) ON DELETE CASCADE
);

-- Recovery codes, given once at enrolment: only their SHA-256 (hex) is kept; each opens one login instead of a code.
CREATE SEQUENCE acc_recovery_code_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_recovery_code (
    id        BIGINT      NOT NULL PRIMARY KEY,
    username  VARCHAR(64) NOT NULL,
    code_hash CHAR(64)    NOT NULL,
    used_at   TIMESTAMP,
    CONSTRAINT acc_recovery_code_user_fk FOREIGN KEY (username) REFERENCES acc_user (username) ON DELETE CASCADE
);
CREATE INDEX acc_recovery_code_user_ix ON acc_recovery_code (username);

-- The security policy the security administrator edits (/access/policy.xhtml), one row per setting; a setting
-- without a row takes its innocomplex.* configuration value.
CREATE TABLE acc_security_policy (
    setting       VARCHAR(64)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(400) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    changed_by    VARCHAR(64)  NOT NULL
);
