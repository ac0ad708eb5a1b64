-- Personal API tokens: the REST API's only credential. Only the SHA-256 of a token is kept (hex), so a copy of the
-- database opens no API; a token is checked by one lookup of its hash in the unique index. `hint` is the token's
-- first characters, for the owner to tell their tokens apart. A token dies with its user (deactivation already stops
-- it: the check joins the user's active flag).
CREATE SEQUENCE acc_api_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    hint         VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    expires_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    CONSTRAINT acc_api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT acc_api_token_user_fk FOREIGN KEY (username) REFERENCES acc_user (username) ON DELETE CASCADE
);
CREATE INDEX acc_api_token_user_ix ON acc_api_token (username, created_at);

-- Failed logins on the form, per login name typed (known or not: an unknown name is throttled like a real one, so
-- the answers tell nothing) and per source address. Shared by every node through the database. `failures` counts the
-- attempts since the last success or the last lock's end, an attempt being counted before its password is checked
-- (so that parallel guesses cannot pass the limit); `locked_until` is set when the limit is reached.
CREATE SEQUENCE acc_login_failure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE acc_login_failure (
    id              BIGINT      NOT NULL PRIMARY KEY,
    kind            VARCHAR(16) NOT NULL,
    subject         VARCHAR(64) NOT NULL,
    failures        INTEGER     NOT NULL,
    last_attempt_at TIMESTAMP   NOT NULL,
    locked_until    TIMESTAMP,
    CONSTRAINT acc_login_failure_uk UNIQUE (kind, subject)
);
CREATE INDEX acc_login_failure_last_ix ON acc_login_failure (last_attempt_at);
