package org.innocomplex.web.boot;

import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Refuses to start without a database address. The WAR carries no default one (a production start must not quietly
 * create an H2 file in its working directory), and without {@code innocomplex.db.url} the server would otherwise
 * fail on a stack trace about an unresolved {@code ${MPCONFIG=...}} placeholder. EclipseLink calls this when the
 * server deploys the persistence unit, before it first connects, so the deployment stops with one line that names
 * the setting; {@code /health/ready} then stays DOWN.
 *
 * <p>It also turns off EclipseLink's query retry. By default a read that meets a dead connection is repeated twice,
 * 5 s apart ({@code DatabaseLogin} query retry attempts 3, delay between connection attempts 5000 ms): that made
 * every request during a database outage hang 10 s before failing (measured: 10,015-10,041 ms for API calls and
 * pages). The pool validates each connection before handing it out ({@link Bootstrap}'s datasource), so a request
 * after the database's return gets a live connection without a retry, and a request during an outage fails at once.
 */
public class DatabaseConfigured implements SessionCustomizer {
    private static final Logger LOG = Logger.getLogger(DatabaseConfigured.class.getName());

    static final String MISSING = "InnoComplex has no database configured: set innocomplex.db.url (environment"
            + " variable INNOCOMPLEX_DB_URL) with innocomplex.db.user and innocomplex.db.password"
            + " (INNOCOMPLEX_DB_USER, INNOCOMPLEX_DB_PASSWORD), and innocomplex.db.class for a database other than"
            + " PostgreSQL; the application does not start without it";

    @Override
    public void customize(Session session) {
        Optional<String> url = ConfigProvider.getConfig(DatabaseConfigured.class.getClassLoader())
                .getOptionalValue("innocomplex.db.url", String.class);
        String problem = problem(url);
        if (problem != null) {
            LOG.severe(problem);
            throw new IllegalStateException(problem);
        }
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }

    /** why the configured address cannot be used, or null when there is one */
    static String problem(Optional<String> url) {
        return url.map(String::strip).filter(u -> !u.isEmpty()).isPresent() ? null : MISSING;
    }
}
