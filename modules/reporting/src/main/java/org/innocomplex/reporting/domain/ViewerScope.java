package org.innocomplex.reporting.domain;

import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.reporting.api.DashboardService;

/**
 * What part of the programme a viewer's dashboard covers, and which grades it shows.
 *
 * @param cityCode              null: every city (administrators)
 * @param countyCode            the one county a county official sees, else null
 * @param publishedGradesOnly   county officials see a grade once the city published it; the municipal bureau, which
 *                              decides, sees it from the decision on
 */
public record ViewerScope(String cityCode, String countyCode, boolean publishedGradesOnly) {

    /**
     * @throws NotAuthorizedException {@code reporting.dashboard.error.notAllowed} for those without a dashboard
     *                                ({@link DashboardService#mayView}), and for an official whose scope code the
     *                                registry does not know (who covers nothing, not everything)
     */
    public static ViewerScope of(ActorScope scope) {
        if (!DashboardService.mayView(scope.actor())) {
            throw new NotAuthorizedException("reporting.dashboard.error.notAllowed");
        }
        if (scope.coversAll()) {
            return new ViewerScope(null, null, false);
        }
        if (scope.cityCode() == null) {
            throw new NotAuthorizedException("reporting.dashboard.error.notAllowed");
        }
        boolean oneCounty = !scope.spansCounties();
        return new ViewerScope(scope.cityCode(), oneCounty ? scope.countyCode() : null, oneCounty);
    }

    /**
     * The county to filter on: a county official's own; asking for another is refused rather than silently
     * answered with their own figures.
     */
    public String county(String requested) {
        if (countyCode == null) {
            return requested == null || requested.isBlank() ? null : requested;
        }
        if (requested != null && !requested.isBlank() && !requested.equals(countyCode)) {
            throw new NotAuthorizedException("reporting.dashboard.error.otherCounty");
        }
        return countyCode;
    }
}
