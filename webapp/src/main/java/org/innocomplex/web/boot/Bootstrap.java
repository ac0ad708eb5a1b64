package org.innocomplex.web.boot;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.innocomplex.access.api.UserService;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.reporting.api.FigureTallyService;
import org.innocomplex.web.demo.DemoData;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * Brings the database and the engine up before the first request: each module's Flyway migrations (each module has
 * its own history table, so their version numbers are independent), the bundled BPMN, then the demo data when
 * enabled. Runs outside a transaction because Flyway and Flowable's schema update commit on their own.
 *
 * <p>The datasource is declared here with MicroProfile Config placeholders, so H2 or PostgreSQL is a matter of
 * configuration ({@code innocomplex.db.*} or {@code INNOCOMPLEX_DB_*}); the WAR's defaults name no database
 * ({@link DatabaseConfigured} stops the start without one). The pool's sizes are constants: Payara Micro 6.2025.10
 * resolves placeholders in the datasource's strings but not in its pool sizes (neither in this annotation nor in a
 * {@code glassfish-resources.xml} pool, tried), so there is no configuration key for them.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/innocomplex",
        className = "${MPCONFIG=innocomplex.db.class}",
        url = "${MPCONFIG=innocomplex.db.url}",
        user = "${MPCONFIG=innocomplex.db.user}",
        password = "${MPCONFIG=innocomplex.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a connection that cannot be made in 2 s is a database outage: PostgreSQL's driver waits 10 s by default
        // (connectTimeout) where the server's address does not answer at all
        loginTimeout = 2,
        transactional = true,
        properties = {
            // every connection is checked (Connection.isValid, one round trip) before the pool hands it out, and
            // when one is found dead all are closed: after an outage no request gets a connection of before it
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // a request waits at most 5 s for a free connection (Payara's default is 60 s), then gets a 503
            "fish.payara.max-wait-time-in-millis=5000"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {
    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    /** module name and its table prefix, in dependency order */
    static final List<String[]> MODULES = List.of(
            new String[] {"access", "acc_"},
            new String[] {"registry", "reg_"},
            new String[] {"submission", "sub_"},
            new String[] {"workflow", "wfl_"},
            new String[] {"appraisal", "apr_"},
            new String[] {"reporting", "rpt_"});

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    WorkflowService workflow;

    @Inject
    InboxService inbox;

    @Inject
    FigureTallyService tallies;

    @Inject
    DemoData demo;

    @Inject
    @ConfigProperty(name = "innocomplex.demo", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "innocomplex.public-url")
    String publicUrl;

    @Inject
    StartupState readiness;

    @Inject
    UserService users;

    /**
     * a production installation's first account, its security administrator (who creates everyone else): created only
     * while there is no user at all
     */
    @Inject
    @ConfigProperty(name = "innocomplex.security-admin.initial-password")
    java.util.Optional<String> initialAdminPassword;

    @Inject
    @ConfigProperty(name = "innocomplex.security-admin.initial-username", defaultValue = "security")
    String initialAdminName;

    /**
     * how many times the start-up work is tried before the node stays DOWN: a node started together with another on
     * an empty database meets the other's tables, bundled deployment or demo data half-way and fails; its next
     * attempt finds them done. About a minute in all (2, 4, 8, 16, 32 s between attempts).
     */
    static final int ATTEMPTS = 6;

    @PostConstruct
    void start() {
        for (int attempt = 1; ; attempt++) {
            long t0 = System.nanoTime();
            try {
                try (StartupLock lock = StartupLock.take(dataSource)) {
                    work();
                }
                readiness.markStarted();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                int n = attempt;
                LOG.info(() -> "\n==== InnoComplex is ready at " + publicUrl + " (start-up work " + ms + " ms"
                        + (n > 1 ? ", attempt " + n : "") + ") ===="
                        + (demoEnabled ? "\n" + DemoData.loginsText() : ""));
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    readiness.markFailed(e);
                    LOG.log(Level.SEVERE, "InnoComplex failed to start; /health/ready stays DOWN", e);
                    return;
                }
                java.time.Duration wait = StartupRetry.delayAfter(attempt);
                LOG.log(
                        Level.WARNING,
                        "InnoComplex start-up attempt " + attempt + " failed ("
                                + StartupRetry.publicReason("start-up", e) + "); trying again in " + wait.toSeconds()
                                + " s",
                        e);
                try {
                    // the back-off between attempts, not a synchronisation
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    readiness.markFailed(e);
                    return;
                }
            }
        }
    }

    /**
     * Each step finds what an earlier attempt, or another node, did already: migrations applied, the engine's tables
     * there, the bundled file deployed unchanged, the demo data's users present.
     */
    private void work() {
        migrate();
        workflow.deployBundled();
        inbox.rebuildIfEmpty();
        if (tallies.rebuildIfNeeded()) {
            LOG.info("the dashboard's tallies were counted from the existing reports");
        }
        if (demoEnabled) {
            demo.seedIfEmpty();
        }
        initialAdminPassword
                .filter(p -> !p.isBlank())
                .flatMap(p -> users.createFirstAdministrator(initialAdminName, p.toCharArray()))
                .ifPresent(a -> LOG.warning(() -> "created the first account, the security "
                        + "administrator '" + a.username()
                        + "', from innocomplex.security-admin.initial-password; remove that "
                        + "setting and change the password after the first login"));
    }

    private void migrate() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        for (String[] m : MODULES) {
            var result = Flyway.configure(cl)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + m[0])
                    .table(m[1] + "schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "schema " + m[0] + ": " + result.migrationsExecuted + " migration(s) applied");
        }
    }
}
