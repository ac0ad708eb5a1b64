package org.innocomplex.access.api;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * What {@link SessionRegistry#check} found: the session active, with the moments it ends unless there is activity
 * ({@code idleEndsAt}) and at the latest ({@code expiresAt}); or ended, with the reason (null for a key the registry
 * does not know).
 */
public record SessionCheck(boolean active, SessionEnd reason, Instant idleEndsAt, Instant expiresAt)
        implements Serializable {

    public static SessionCheck ended(SessionEnd reason) {
        return new SessionCheck(false, reason, null, null);
    }

    public static SessionCheck active(Instant idleEndsAt, Instant expiresAt) {
        return new SessionCheck(true, null, idleEndsAt, expiresAt);
    }

    /** the moment the session ends if nothing happens: the idle end or the lifetime's, whichever comes first */
    public Instant endsAt() {
        return idleEndsAt.isBefore(expiresAt) ? idleEndsAt : expiresAt;
    }

    /** whether activity can still push the end back (false once the lifetime's end comes first) */
    public boolean extendable() {
        return idleEndsAt.isBefore(expiresAt);
    }

    /** time left until {@link #endsAt()}, never negative */
    public Duration remaining(Instant now) {
        Duration d = Duration.between(now, endsAt());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
