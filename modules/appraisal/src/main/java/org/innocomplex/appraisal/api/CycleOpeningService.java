package org.innocomplex.appraisal.api;

import java.util.Optional;
import java.util.Set;
import org.innocomplex.access.api.Actor;
import org.innocomplex.registry.api.Level;

/**
 * Opens an appraisal cycle: one report and one running appraisal per complex in scope, in bulk. Opening again
 * (after a failure, or for complexes added since) creates only what is missing.
 */
public interface CycleOpeningService {

    /** Opens in the background; follow it with {@link #progress}. */
    OpeningProgress start(Long cycleId, Set<Level> levels, Set<String> counties, Actor actor);

    /** Opens and returns when done; what {@link #start} runs. */
    OpeningProgress openNow(Long cycleId, Set<Level> levels, Set<String> counties, Actor actor);

    Optional<OpeningProgress> progress(Long cycleId);
}
