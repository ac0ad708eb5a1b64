package org.innocomplex.appraisal.domain;

import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ActorScope;

/**
 * Who may see an appraisal: the rule every read and every step handler applies to the object itself. What an
 * official covers is the {@link ActorScope}'s; what this adds is the experts, who see what they are assigned to.
 */
public final class AppraisalAccess {
    private AppraisalAccess() {}

    public static boolean canView(ActorScope scope, Appraisal a) {
        return scope.coversComplex(a.complexId(), a.countyCode()) || isAssignedExpert(scope.actor(), a);
    }

    private static boolean isAssignedExpert(Actor actor, Appraisal a) {
        return actor.is(Role.EXPERT) && a.experts().contains(actor.username());
    }

    /**
     * Who reads a report of a complex: once it is in an appraisal whoever {@link #canView sees} that; before (a draft
     * with no appraisal yet), only its operator and the administrator.
     */
    public static boolean canRead(ActorScope scope, Long complexId, Appraisal appraisalOrNull) {
        if (appraisalOrNull != null) {
            return canView(scope, appraisalOrNull);
        }
        return scope.coversAll() || scope.actor().operates(complexId);
    }

    /**
     * A decided grade reaches the complex (and the experts) only when the bureau publishes it; officials and the
     * administrator see it as soon as it is decided.
     */
    public static boolean seesUnpublishedGrade(Actor actor) {
        return actor.is(Role.ADMIN) || actor.role().isOfficial();
    }

    /**
     * Officials act on reviews only within their own county (county officials), city (municipal ones) or province
     * (provincial ones, in a review step an administrator added).
     */
    public static boolean canReview(ActorScope scope, Appraisal a) {
        return scope.actor().role().isOfficial() && scope.covers(a.countyCode());
    }

    /** The bureau of the appraisal's city: who assigns its experts, takes back a score sheet and decides its grade. */
    public static boolean isBureauOf(ActorScope scope, Appraisal a) {
        return scope.isBureauOf(a.cityCode());
    }
}
