package org.innocomplex.access.api;

/** The actor may not do this to this object; raised by services, whatever the page showed. */
public class NotAuthorizedException extends DomainException {
    public NotAuthorizedException(String key, Object... args) {
        super(key, args);
    }
}
