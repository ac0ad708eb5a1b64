package org.innocomplex.appraisal.api;

import java.util.Map;

/**
 * What publishing a cycle's results would do.
 *
 * @param toPublish        decided and not yet published
 * @param distribution     of those, how many per grade name (all four grades present)
 * @param excellentInCycle 优秀 decided or published in the whole cycle
 */
public record PublicationPreview(
        Long cycleId,
        int toPublish,
        Map<String, Long> distribution,
        long alreadyPublished,
        long excellentInCycle,
        int cap)
        implements java.io.Serializable {
    public boolean capExceeded() {
        return excellentInCycle > cap;
    }
}
