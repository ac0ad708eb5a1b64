package org.innocomplex.access.api;

import java.time.Duration;

/**
 * The session rules in force: the idle time after which a session ends ({@code innocomplex.session.idle-minutes}),
 * its absolute lifetime ({@code innocomplex.session.max-hours}), how long before the idle end the page warns
 * ({@code innocomplex.session.warn-seconds}) and what a second login of the same account does
 * ({@code innocomplex.session.concurrent}).
 */
public record SessionPolicy(Duration idle, Duration lifetime, Duration warn, Concurrent concurrent) {

    /** What a new login does to the account's sessions that are still active. */
    public enum Concurrent {
        /** ends them ({@link SessionEnd#REPLACED}): one session per account, the newest */
        END_OLDER,
        /** leaves them: an account may be logged in at several places */
        ALLOW;

        /** {@code end-older} or {@code allow}, as the configuration writes it */
        public static Concurrent parse(String value) {
            String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (v) {
                case "allow" -> ALLOW;
                case "end-older", "" -> END_OLDER;
                default ->
                    throw new IllegalArgumentException("innocomplex.session.concurrent must be end-older or allow, not "
                            + PlainText.forLog(value, 40));
            };
        }
    }

    public SessionPolicy {
        if (idle.compareTo(Duration.ofMinutes(1)) < 0 || lifetime.compareTo(idle) < 0) {
            throw new IllegalArgumentException(
                    "session idle time at least a minute and lifetime at least the idle time");
        }
        if (warn.isNegative() || warn.compareTo(idle) >= 0) {
            throw new IllegalArgumentException("session warning shorter than the idle time");
        }
    }
}
