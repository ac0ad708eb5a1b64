package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.util.List;

/** What the user entered on a step's form; one record per step type. */
public sealed interface StepInput {

    /** the {@code report} step: hand in the report as it is saved */
    record SubmitReport() implements StepInput {
    }

    /** the {@code review} step; a return needs a comment */
    record Review(boolean approve, String comment) implements StepInput {
    }

    /** the {@code assign-experts} step: usernames from the roster */
    record AssignExperts(List<String> experts) implements StepInput {
    }

    /** the {@code expert-review} step: the total on the rubric, 0 to 100 */
    record ExpertScore(BigDecimal score, String comment) implements StepInput {
    }

    /** the {@code decision} step; a grade other than the proposed one needs a reason */
    record Decide(Grade grade, String reason) implements StepInput {
    }
}
