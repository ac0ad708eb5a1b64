package org.innocomplex.workflow.api;

import java.util.List;
import org.innocomplex.access.api.Violation;

/**
 * The outcome of validating a BPMN file: deployable when there is no problem. Each problem names its element
 * ({@link Violation.Location#element}), or has no location when the file as a whole is refused (size, not XML,
 * DOCTYPE); its key (e.g. {@code workflow.validation.scriptTask}) takes the element's name among its arguments.
 */
public record ValidationReport(String processKey, List<Violation> problems) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
