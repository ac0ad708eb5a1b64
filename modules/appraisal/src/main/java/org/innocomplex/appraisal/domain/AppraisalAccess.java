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
            case PROVINCIAL_OFFICIAL -> Objects.equals(actor.scopeCode(), provinceOf(a.cityCode()));
            case EXPERT -> a.experts().contains(actor.username());
        };
    }

    /**
     * Who reads a report of a complex: once it is in an appraisal whoever {@link #canView sees} that; before (a draft
     * with no appraisal yet), only its operator and the administrator.
     */
    public static boolean canRead(Actor actor, Long complexId, Appraisal appraisalOrNull) {
        if (appraisalOrNull != null) {
            return canView(actor, appraisalOrNull);
        }
        return switch (actor.role()) {
            case ADMIN -> true;
            case OPERATOR -> Objects.equals(actor.complexId(), complexId);
            case COUNTY_OFFICIAL, MUNICIPAL_OFFICIAL, PROVINCIAL_OFFICIAL, EXPERT -> false;
        };
    }

    /**
     * A decided grade reaches the complex (and the experts) only when the bureau publishes it; officials and the
     * administrator see it as soon as it is decided.
     */
    public static boolean seesUnpublishedGrade(Actor actor) {
        return switch (actor.role()) {
            case ADMIN, COUNTY_OFFICIAL, MUNICIPAL_OFFICIAL, PROVINCIAL_OFFICIAL -> true;
            case OPERATOR, EXPERT -> false;
        };
    }

    /**
     * Officials act on reviews only within their own county (county officials), city (municipal ones) or province
     * (provincial ones, in a review step an administrator added).
     */
    public static boolean canReview(Actor actor, Appraisal a) {
        return switch (actor.role()) {
            case COUNTY_OFFICIAL -> Objects.equals(actor.scopeCode(), a.countyCode());
            case MUNICIPAL_OFFICIAL -> Objects.equals(actor.scopeCode(), a.cityCode());
            case PROVINCIAL_OFFICIAL -> Objects.equals(actor.scopeCode(), provinceOf(a.cityCode()));
            default -> false;
        };
    }

    /** The province of a city by the national division code: its first two digits, then 0000 (331100 → 330000). */
    public static String provinceOf(String cityCode) {
        return cityCode == null || cityCode.length() < 2 ? null : cityCode.substring(0, 2) + "0000";
    }
}
