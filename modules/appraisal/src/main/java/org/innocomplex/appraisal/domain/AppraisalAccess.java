package org.innocomplex.appraisal.domain;

import java.util.Objects;
import org.innocomplex.access.api.Actor;

/** Who may see an appraisal: the rule every read and every step handler applies to the object itself. */
public final class AppraisalAccess {
    private AppraisalAccess() {
    }

    public static boolean canView(Actor actor, Appraisal a) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case OPERATOR -> Objects.equals(actor.complexId(), a.complexId());
            case COUNTY_OFFICIAL -> Objects.equals(actor.scopeCode(), a.countyCode());
            case MUNICIPAL_OFFICIAL -> Objects.equals(actor.scopeCode(), a.cityCode());
            case EXPERT -> a.experts().contains(actor.username());
        };
    }

    /**
     * A decided grade reaches the complex (and the experts) only when the bureau publishes it; officials and the
     * administrator see it as soon as it is decided.
     */
    public static boolean seesUnpublishedGrade(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, COUNTY_OFFICIAL, MUNICIPAL_OFFICIAL -> true;
            case OPERATOR, EXPERT -> false;
        };
    }

    /** Officials act on reviews only within their own county (county officials) or city (municipal ones). */
    public static boolean canReview(Actor actor, Appraisal a) {
        return switch (actor.role()) {
            case COUNTY_OFFICIAL -> Objects.equals(actor.scopeCode(), a.countyCode());
            case MUNICIPAL_OFFICIAL -> Objects.equals(actor.scopeCode(), a.cityCode());
            default -> false;
        };
    }
}
