package org.innocomplex.appraisal.api;

import org.innocomplex.access.api.Actor;

/** The municipal bureau publishes a cycle's decided grades to the complexes, all at once. */
public interface PublicationService {

    /** @throws org.innocomplex.access.api.NotAuthorizedException unless a municipal official of the cycle's city */
    PublicationPreview preview(Long cycleId, Actor actor);

    /**
     * Publishes every decided, unpublished grade of the cycle and fires {@link GradesPublished}.
     *
     * @return how many were published
     * @throws org.innocomplex.access.api.DomainException {@code appraisal.publish.error.capExceeded} when the cycle's 优秀
     *         grades exceed its cap, {@code appraisal.publish.error.nothingToPublish} when nothing is decided
     */
    int publish(Long cycleId, Actor actor);
}
