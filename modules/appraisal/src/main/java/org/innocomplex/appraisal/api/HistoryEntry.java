package org.innocomplex.appraisal.api;

import java.time.Instant;

/**
 * One thing that happened to a report's appraisal.
 *
 * @param action e.g. STARTED, SUBMITTED, APPROVED, RETURNED, EXPERTS_ASSIGNED, SCORED, DECIDED
 */
public record HistoryEntry(Instant at, String stepKey, String action, String actor, String actorName, String comment)
        implements java.io.Serializable {
    public HistoryEntry withoutComment() {
        return withComment(null);
    }

    public HistoryEntry withComment(String text) {
        return new HistoryEntry(at, stepKey, action, actor, actorName, text);
    }

    public HistoryEntry withActorName(String name) {
        return new HistoryEntry(at, stepKey, action, actor, name, comment);
    }
}
