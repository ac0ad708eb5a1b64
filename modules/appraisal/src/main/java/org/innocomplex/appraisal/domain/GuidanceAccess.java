package org.innocomplex.appraisal.domain;

import java.util.Objects;
import org.innocomplex.access.api.Actor;

/**
 * Who may read and write a complex's guidance notes, decided on the complex itself.
 *
 * @see #canRead
 */
public final class GuidanceAccess {
    private GuidanceAccess() {
    }

    /**
     * @param assignedExpert whether the actor is an expert assigned (now or before) to one of the complex's appraisals
     */
    public static boolean canRead(Actor actor, Long complexId, String countyCode, String cityCode,
                                  boolean assignedExpert) {
        return switch (actor.role()) {
            case ADMIN -> true;
            case OPERATOR -> Objects.equals(actor.complexId(), complexId);
            default -> canWrite(actor, countyCode, cityCode, assignedExpert);
        };
    }

    /** Notes are written by the experts of the complex and by the officials of its county or city. */
    public static boolean canWrite(Actor actor, String countyCode, String cityCode, boolean assignedExpert) {
        return switch (actor.role()) {
            case COUNTY_OFFICIAL -> Objects.equals(actor.scopeCode(), countyCode);
            case MUNICIPAL_OFFICIAL -> Objects.equals(actor.scopeCode(), cityCode);
            case EXPERT -> assignedExpert;
            default -> false;
        };
    }

    /** Only the complex's own operators answer its recommendations. */
    public static boolean canFollowUp(Actor actor, Long complexId) {
        return actor.role() == org.innocomplex.access.api.Role.OPERATOR
                && Objects.equals(actor.complexId(), complexId);
    }
}
