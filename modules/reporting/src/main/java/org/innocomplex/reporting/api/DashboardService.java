package org.innocomplex.reporting.api;

import java.util.List;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;

/**
 * The city's dashboard, live from the reports: municipal officials see their city, county officials only their
 * county, administrators every city. Everyone else is refused ({@code reporting.dashboard.error.notAllowed}).
 */
public interface DashboardService {

    /** Who has a dashboard: the municipal bureau, county officials and administrators; the page asks it too. */
    static boolean mayView(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.MUNICIPAL_OFFICIAL) || actor.is(Role.COUNTY_OFFICIAL);
    }

    /**
     * @throws org.innocomplex.access.api.NotAuthorizedException for other roles, or a county official asking for
     *         another county
     */
    Dashboard dashboard(Actor actor, DashboardFilter filter);

    /** The complexes behind one number of {@link #dashboard}, by county then name. */
    List<ComplexRow> complexes(Actor actor, DashboardFilter filter, Drill drill);

    /** Years that have reports in the viewer's scope, newest first. */
    List<Integer> years(Actor actor);
}
