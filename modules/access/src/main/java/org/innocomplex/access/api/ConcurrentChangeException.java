package org.innocomplex.access.api;

/**
 * Someone saved the object after this user loaded it (optimistic locking): nothing was written, and the user should
 * reload before deciding again rather than overwrite the other change unseen.
 */
public class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException(String key, Object... args) {
        super(key, args);
    }
}
