package org.innocomplex.appraisal.api;

/**
 * How far the opening of a cycle has come: {@code total} complexes in scope, {@code done} of them handled,
 * {@code started} of those newly given a report and a running appraisal (the rest had one already).
 */
public record OpeningProgress(
        Long cycleId, int total, int done, int started, boolean finished, String errorKey, long millis)
        implements java.io.Serializable {
    public int percent() {
        return total == 0 ? (finished ? 100 : 0) : done * 100 / total;
    }
}
