-- The audit trail becomes tamper-evident (issue 13): each entry carries where the request came from, its result
-- (OK, FAILED, REFUSED) and a SHA-256 chained to the entry before it: entry_hash = SHA-256(prev_hash || canonical form
-- of the entry), lower-case hex; the canonical form is AuditChain.canonical (documented there and in README).
--
-- Appends are serialised by the one row of acc_audit_head: an append locks it (SELECT ... FOR UPDATE) in the caller's
-- transaction, takes the next id (last_id + 1) and the previous hash from it, inserts the entry and moves the head on,
-- so two nodes appending at once still make one chain, in id order. acc_audit_seq is no longer used.
--
-- The rows written before this migration have no hash yet: the first append (or verification) that finds the head
-- unset chains them, in id order, under the same lock, once (DefaultAuditTrail). The SQL here cannot do it portably
-- (H2 and PostgreSQL hash and format differently), and the hash must be the one the application verifies. Until then
-- last_hash is NULL; afterwards it is the last entry's hash (64 zeros for none). Their result is derived from their
-- action then (*_FAILED → FAILED, *_REFUSED → REFUSED, else OK); their source address stays unknown (NULL).
ALTER TABLE acc_audit ADD COLUMN source_address VARCHAR(64);
ALTER TABLE acc_audit ADD COLUMN result VARCHAR(16);
ALTER TABLE acc_audit ADD COLUMN prev_hash CHAR(64);
ALTER TABLE acc_audit ADD COLUMN entry_hash CHAR(64);

CREATE TABLE acc_audit_head (
    id        INTEGER  NOT NULL PRIMARY KEY,
    last_id   BIGINT,
    last_hash CHAR(64),
    CONSTRAINT acc_audit_head_one CHECK (id = 1)
);
INSERT INTO acc_audit_head (id, last_id, last_hash) VALUES (1, NULL, NULL);

-- the auditor's screen filters by time (newest first) and by actor and action
CREATE INDEX acc_audit_at_ix ON acc_audit (at_utc);
CREATE INDEX acc_audit_actor_ix ON acc_audit (actor);
CREATE INDEX acc_audit_action_ix ON acc_audit (action);
