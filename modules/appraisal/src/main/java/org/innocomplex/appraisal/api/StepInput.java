package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.util.List;

/** What the user entered on a step's form; one record per step type. */
public sealed interface StepInput {

    /** the {@code report} step: hand in the report as it is saved */
    record SubmitReport() implements StepInput {}

    /** the {@code review} step; a return needs a comment */
    record Review(boolean approve, String comment) implements StepInput {}

    /** the {@code assign-experts} step: usernames from the roster */
    record AssignExperts(List<String> experts) implements StepInput {}

    /**
     * the {@code expert-review} step: points by rubric item code (each 0 to the item's maximum; the total is their
     * sum), a comment by rubric group code and an overall comment
     */
    record ExpertScore(
            java.util.Map<String, BigDecimal> points, java.util.Map<String, String> groupComments, String comment)
            implements StepInput {
        public ExpertScore {
            points = points == null
                    ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(points));
            groupComments = groupComments == null
                    ? java.util.Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupComments));
        }
    }

    /** the {@code decision} step; a grade other than the proposed one needs a reason */
    record Decide(Grade grade, String reason) implements StepInput {}
}
