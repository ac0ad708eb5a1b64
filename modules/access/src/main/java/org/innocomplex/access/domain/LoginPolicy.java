package org.innocomplex.access.domain;

import java.time.Duration;

/**
 * The limits on failed logins (README, "Login failures"): after each failed attempt on a login name the next one is
 * refused, unchecked, for a delay that starts at {@code delay} and doubles with each further failure; at
 * {@code maxFailures} the name is locked for {@code lock}. A source address is locked for {@code lock} after
 * {@code addressMaxFailures} failures over all the names it tried, with no delay before that (a bureau's office may
 * sit behind one address). A count starts over after {@code lock} without an attempt, and when a lock ends.
 */
public record LoginPolicy(int maxFailures, Duration lock, int addressMaxFailures, Duration delay) {
    /** no delay grows beyond this, whatever the configuration */
    static final Duration MAX_DELAY = Duration.ofMinutes(5);

    public LoginPolicy {
        if (maxFailures < 1 || addressMaxFailures < 1 || lock.isNegative() || lock.isZero() || delay.isNegative()) {
            throw new IllegalArgumentException("login limits must be positive");
        }
    }

    /** the wait before the next attempt on a name that has failed {@code failures} times in a row */
    public Duration delayAfter(int failures) {
        if (failures <= 0 || delay.isZero()) {
            return Duration.ZERO;
        }
        Duration d = delay;
        for (int i = 1; i < failures && d.compareTo(MAX_DELAY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }
}
