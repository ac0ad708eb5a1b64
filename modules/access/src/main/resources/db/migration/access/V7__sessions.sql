-- The web pages' login sessions, shared by every node through the database (the HTTP session only holds the key).
-- `id` is a random key (32 bytes, URL-safe Base64), not the servlet session id; `last_seen_at` is written at most once
-- a minute; `expires_at` is the absolute end (login + innocomplex.session.max-hours); the idle end is
-- last_seen_at + innocomplex.session.idle-minutes, worked out when the session is checked, so a change of the setting
-- applies to open sessions too. An ended row keeps when and why (end_reason); a session dies with its user.
CREATE TABLE acc_session (
    id           VARCHAR(64)  NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    started_at   TIMESTAMP    NOT NULL,
    last_seen_at TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    address      VARCHAR(64),
    user_agent   VARCHAR(255),
    ended_at     TIMESTAMP,
    end_reason   VARCHAR(32),
    CONSTRAINT acc_session_user_fk FOREIGN KEY (username) REFERENCES acc_user (username) ON DELETE CASCADE,
    CONSTRAINT acc_session_end_ck CHECK ((ended_at IS NULL AND end_reason IS NULL)
        OR (ended_at IS NOT NULL AND end_reason IN
            ('LOGOUT', 'IDLE', 'LIFETIME', 'REPLACED', 'ENDED_BY_USER', 'ENDED_BY_SECURITY_ADMIN')))
);
-- an account's open sessions (a login, the user's list): by user, the open ones
CREATE INDEX acc_session_user_ix ON acc_session (username, ended_at);
