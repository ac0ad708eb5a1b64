package org.innocomplex.reporting.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.innocomplex.appraisal.api.ProcessAdministrationService;
import org.innocomplex.reporting.infrastructure.DashboardQueries;

/**
 * The dashboard's SQL over the application's data source, for the dashboard, summary and export services alike
 * (outside the container their tests hand them one over an in-memory H2).
 */
@ApplicationScoped
public class ReportingQueries {

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    ProcessAdministrationService process;

    @Produces
    DashboardQueries queries() {
        return new DashboardQueries(dataSource, process::stepOrder);
    }
}
