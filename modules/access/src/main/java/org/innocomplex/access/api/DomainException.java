package org.innocomplex.access.api;

import java.util.List;

/**
 * A refusal the user should read: carries a message-bundle key and its arguments rather than text, so the
 * page shows it in the user's language. Every module's business exceptions extend it.
 */
public class DomainException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public DomainException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
