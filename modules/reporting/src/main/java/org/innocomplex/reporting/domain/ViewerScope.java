package org.innocomplex.reporting.domain;

import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;

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
     * @param cityOfCounty the city of the county official's county (looked up by the caller)
     * @throws NotAuthorizedException {@code dashboard.error.notAllowed} for operators and experts
     */
    public static ViewerScope of(Actor actor, String cityOfCounty) {
        if (actor.is(Role.MUNICIPAL_OFFICIAL)) {
            return new ViewerScope(actor.scopeCode(), null, false);
        }
        if (actor.is(Role.COUNTY_OFFICIAL)) {
            return new ViewerScope(cityOfCounty, actor.scopeCode(), true);
        }
        if (actor.is(Role.ADMIN)) {
            return new ViewerScope(null, null, false);
        }
        throw new NotAuthorizedException("dashboard.error.notAllowed");
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
            throw new NotAuthorizedException("dashboard.error.otherCounty");
        }
        return countyCode;
    }
}
