package org.innocomplex.web.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * {@code /health/ready}: UP only when start-up finished and the database and the engine answer now. Payara prints
 * "ready" even when the application failed to deploy, so this is what a load balancer or a script waits for.
 *
 * <p>The endpoint answers anyone, so it says UP or DOWN and, when the start-up failed for good, the kind of failure
 * only: no database product, no workflow versions, no exception text. Why it is DOWN goes to the server log, once each time the reason changes (a load
 * balancer asking every second must not flood the log).
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());
    private static final String STARTING = "start-up in progress";

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    WorkflowService workflow;

    @Inject
    StartupState state;

    private volatile String lastReason;

    @Override
    public HealthCheckResponse call() {
        String reason = downReason();
        report(reason);
        var r = HealthCheckResponse.named("innocomplex");
        if (reason == null) {
            return r.up().build();
        }
        // a start-up that failed for good says in which form, as anyone may read it (StartupRetry#publicReason)
        String failed = state.publicFailure();
        return failed == null
                ? r.down().build()
                : r.down().withData("reason", failed).build();
    }

    /** Why the application cannot serve now, or null when it can. */
    private String downReason() {
        if (!state.started()) {
            return state.failure() == null ? STARTING : "start-up failed: " + state.failure();
        }
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(5)) {
                return "database: connection not valid";
            }
        } catch (Exception e) {
            return "database: " + e;
        }
        try {
            if (workflow.versions("annual-appraisal").isEmpty()) {
                return "workflow: annual-appraisal not deployed";
            }
        } catch (Exception e) {
            return "workflow: " + e;
        }
        return null;
    }

    private void report(String reason) {
        if (Objects.equals(reason, lastReason)) {
            return;
        }
        lastReason = reason;
        if (reason == null) {
            LOG.info("ready");
        } else {
            // one line: an exception's text may hold line breaks
            LOG.log(
                    STARTING.equals(reason) ? Level.INFO : Level.WARNING,
                    "not ready: {0}",
                    reason.replaceAll("[\\r\\n\\t]+", " "));
        }
    }
}
