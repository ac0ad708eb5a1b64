package org.innocomplex.web.boot;

import java.sql.SQLException;
import java.time.Duration;

/**
 * When a failed start-up attempt is tried again, and what {@code /health/ready} may say about the failure. A node
 * that started with another one on an empty database, or while the database was briefly away, comes up by itself
 * instead of staying DOWN until someone restarts it.
 */
final class StartupRetry {
    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration LONGEST = Duration.ofSeconds(60);

    private StartupRetry() {}

    /** the wait after failed attempt {@code attempt} (1 for the first): 2 s, doubling, at most 60 s */
    static Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        // 2 s * 2^5 = 64 s is past the cap already; no shift that could overflow
        int doublings = Math.min(attempt - 1, 5);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }

    /**
     * The failure as the readiness endpoint, which answers anyone, may show it: the step, the kind of the deepest
     * cause and a database's SQLState. Never the messages, which may name hosts, users or values and carry line
     * breaks; those go to the server log.
     */
    static String publicReason(String step, Throwable failure) {
        Throwable root = failure;
        String sqlState = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof SQLException sql && sql.getSQLState() != null && sqlState == null) {
                sqlState = sql.getSQLState();
            }
        }
        String kind = root.getClass().getSimpleName();
        String reason = step + " failed: " + (kind.isEmpty() ? "error" : kind)
                + (sqlState == null ? "" : " (SQLState " + sqlState + ")");
        return reason.replaceAll("[^A-Za-z0-9 .:()_-]", "_");
    }
}
