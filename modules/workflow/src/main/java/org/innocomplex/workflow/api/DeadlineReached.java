package org.innocomplex.workflow.api;

import java.time.Instant;
import java.util.List;

/**
 * A step's deadline timer fired. Fired synchronously inside the timer job's transaction: an observer that throws
 * makes the job fail and retry, so observers write their effects (history, notifications) in that transaction.
 *
 * @param taskDefinitionKey the step, e.g. {@code countyReview}
 * @param taskIds           the step's tasks still open (several for the parallel expert review)
 * @param due               the tasks' due date, null when the step has none
 */
public record DeadlineReached(
        Kind kind, String processInstanceId, String taskDefinitionKey, List<String> taskIds, Instant due)
        implements java.io.Serializable {

    public enum Kind {
        /** a few days before the due date: the step's own people */
        REMIND,
        /** at the due date: the next level up */
        ESCALATE
    }
}
