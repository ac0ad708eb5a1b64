package org.innocomplex.appraisal.api;

import java.util.List;

/**
 * Fired (synchronously, inside the publishing transaction) when a cycle's decided grades are published to the
 * complexes, so that notifications can follow.
 */
public record GradesPublished(Long cycleId, List<Long> appraisalIds, String by) implements java.io.Serializable {}
