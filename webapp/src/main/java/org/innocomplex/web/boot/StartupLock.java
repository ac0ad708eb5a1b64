package org.innocomplex.web.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One node at a time does the start-up work on a shared PostgreSQL database: a session-level advisory lock on a
 * connection of its own, held from before the migrations until the demo data are written. The next node then finds
 * the tables, the bundled deployment and the demo data done instead of racing for them and retrying. PostgreSQL
 * releases the lock when the holder's connection ends, so a node killed in its start-up does not block the others; a
 * node that waits longer than {@link #WAIT_SECONDS} fails its attempt, which {@link Bootstrap} tries again. The
 * embedded H2 file admits one process, so there it takes no lock.
 */
final class StartupLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    /** the lock's key: any number no other part of the product uses; "innocomp" in ASCII */
    static final long KEY = 0x696e6e6f636f6d70L;

    /** longer than a start-up's work on a slow machine, shorter than the start-up's whole budget */
    static final int WAIT_SECONDS = 120;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Waits for the lock where the database is PostgreSQL; elsewhere holds nothing. Outside any transaction (the
     * start-up runs outside one), so the lock belongs to the connection's session, not to a transaction.
     */
    static StartupLock take(DataSource dataSource) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                c.close();
                return new StartupLock(null);
            }
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("SET lock_timeout = '" + WAIT_SECONDS + "s'");
                try {
                    s.execute("SELECT pg_advisory_lock(" + KEY + ")");
                } finally {
                    // the connection goes back to the pool: later users must not inherit the limit
                    s.execute("RESET lock_timeout");
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms >= 1000) {
                LOG.info(() -> "waited " + ms + " ms for another node's start-up work");
            }
            return new StartupLock(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("start-up lock not taken", e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // a connection that cannot run this is broken: the pool's validation discards it, which ends the
            // session and with it the lock
            LOG.fine(() -> "advisory unlock failed: " + e.getSQLState());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the pool discards a connection it cannot close
            }
        }
    }
}
