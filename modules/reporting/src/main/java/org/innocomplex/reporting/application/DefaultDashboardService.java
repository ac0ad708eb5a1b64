package org.innocomplex.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.reporting.api.ComplexRow;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.domain.ViewerScope;
import org.innocomplex.reporting.infrastructure.DashboardQueries;

@ApplicationScoped
public class DefaultDashboardService implements DashboardService {

    @Inject
    DashboardQueries queries;

    public DefaultDashboardService() {}

    /** outside the container (tests) */
    public DefaultDashboardService(DashboardQueries queries) {
        this.queries = queries;
    }

    @Override
    public Dashboard dashboard(Actor actor, DashboardFilter filter) {
        return queries.dashboard(scope(actor), filter, now());
    }

    @Override
    public List<ComplexRow> complexes(Actor actor, DashboardFilter filter, Drill drill) {
        return queries.complexes(scope(actor), filter, drill, now());
    }

    @Override
    public List<Integer> years(Actor actor) {
        return queries.years(scope(actor));
    }

    private ViewerScope scope(Actor actor) {
        return queries.scopeOf(actor);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
