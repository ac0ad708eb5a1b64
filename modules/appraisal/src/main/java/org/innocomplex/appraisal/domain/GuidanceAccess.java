package org.innocomplex.appraisal.domain;

import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Area;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ActorScope;

/**
 * Who may read and write a complex's guidance notes, decided on the complex itself.
 *
 * @see #canRead
 */
public final class GuidanceAccess {
    private GuidanceAccess() {}

    /**
     * @param assignedExpert whether the actor is an expert assigned (now or before) to one of the complex's appraisals
     */
    public static boolean canRead(ActorScope scope, Long complexId, String countyCode, boolean assignedExpert) {
        return scope.coversAll() || scope.actor().operates(complexId) || canWrite(scope, countyCode, assignedExpert);
    }

    /**
     * Notes are written by the experts of the complex and by the officials of its county or city; the province, which
     * steps in only where an administrator routed it, reads them no more than it writes.
     */
    public static boolean canWrite(ActorScope scope, String countyCode, boolean assignedExpert) {
        boolean local = scope.area() == Area.COUNTY || scope.area() == Area.CITY;
        return local && scope.covers(countyCode) || scope.actor().is(Role.EXPERT) && assignedExpert;
    }

    /** Only the complex's own operators answer its recommendations. */
    public static boolean canFollowUp(Actor actor, Long complexId) {
        return actor.operates(complexId);
    }
}
