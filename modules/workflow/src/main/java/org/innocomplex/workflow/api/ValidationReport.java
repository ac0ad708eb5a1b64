package org.innocomplex.workflow.api;

import java.util.List;

/** The outcome of validating a BPMN file: deployable when there is no problem. */
public record ValidationReport(String processKey, List<ValidationProblem> problems) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
