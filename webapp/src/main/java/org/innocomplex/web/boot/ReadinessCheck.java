package org.innocomplex.web.boot;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.innocomplex.workflow.api.WorkflowService;

/**
 * {@code /health/ready}: UP only when start-up finished and the database and the engine answer now. Payara prints
 * "ready" even when the application failed to deploy, so this is what a load balancer or a script waits for.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    WorkflowService workflow;

    @Inject
    StartupState state;

    @Override
    public HealthCheckResponse call() {
        var r = HealthCheckResponse.named("innocomplex");
        if (!state.started()) {
            return r.down().withData("startup", state.failure() == null ? "in progress" : state.failure()).build();
        }
        try (Connection c = dataSource.getConnection()) {
            r.withData("database", c.getMetaData().getDatabaseProductName());
        } catch (Exception e) {
            return r.down().withData("database", String.valueOf(e)).build();
        }
        try {
            int versions = workflow.versions("annual-appraisal").size();
            if (versions == 0) {
                return r.down().withData("workflow", "annual-appraisal not deployed").build();
            }
            r.withData("workflow", "annual-appraisal, " + versions + " version(s)");
        } catch (Exception e) {
            return r.down().withData("workflow", String.valueOf(e)).build();
        }
        return r.up().build();
    }
}
