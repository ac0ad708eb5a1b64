package org.innocomplex.access.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How a password login ended, for the login page's message. {@code until} is when a refused caller may try again
 * ({@link Kind#DELAYED}, {@link Kind#LOCKED}, {@link Kind#ADDRESS_LOCKED}), else null. A login name no user has
 * ends exactly as a real one with a wrong password would, so the outcome tells nobody which names exist.
 */
public record LoginOutcome(Kind kind, Instant until) implements Serializable {

    public enum Kind {
        /** the right password */
        SUCCEEDED,
        /** a wrong password (or no such user, or a deactivated one) */
        FAILED,
        /** refused unchecked: the last failure on this name was too recent */
        DELAYED,
        /** refused unchecked: too many failures on this name */
        LOCKED,
        /** refused unchecked: too many failures from this address */
        ADDRESS_LOCKED,
        /** refused unchecked: this node is checking as many passwords as it may at once */
        BUSY,
        /** the right password of a user with a second factor: the login goes on with the code */
        SECOND_FACTOR,
        /** a second step whose password step is too old or was used: the login starts over */
        TICKET_EXPIRED
    }

    public static final LoginOutcome SUCCEEDED = new LoginOutcome(Kind.SUCCEEDED, null);
    public static final LoginOutcome FAILED = new LoginOutcome(Kind.FAILED, null);
    public static final LoginOutcome BUSY = new LoginOutcome(Kind.BUSY, null);
    public static final LoginOutcome SECOND_FACTOR = new LoginOutcome(Kind.SECOND_FACTOR, null);
    public static final LoginOutcome TICKET_EXPIRED = new LoginOutcome(Kind.TICKET_EXPIRED, null);

    public static LoginOutcome delayed(LocalDateTime utc) {
        return new LoginOutcome(Kind.DELAYED, utc.toInstant(ZoneOffset.UTC));
    }

    public static LoginOutcome locked(LocalDateTime utc) {
        return new LoginOutcome(Kind.LOCKED, utc.toInstant(ZoneOffset.UTC));
    }

    public static LoginOutcome addressLocked(LocalDateTime utc) {
        return new LoginOutcome(Kind.ADDRESS_LOCKED, utc.toInstant(ZoneOffset.UTC));
    }

    /** whether the password was never checked */
    public boolean refused() {
        return kind == Kind.DELAYED || kind == Kind.LOCKED || kind == Kind.ADDRESS_LOCKED || kind == Kind.BUSY;
    }
}
