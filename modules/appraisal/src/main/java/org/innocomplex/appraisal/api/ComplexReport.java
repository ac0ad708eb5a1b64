package org.innocomplex.appraisal.api;

import java.time.Instant;

/**
 * One report as its own complex sees it: the grade shows only once published.
 *
 * @param publishedAt null until the grade is published
 */
public record ComplexReport(ReportSummary summary, Instant publishedAt) implements java.io.Serializable {

    public Grade publishedGrade() {
        return publishedAt == null ? null : summary.grade();
    }
}
