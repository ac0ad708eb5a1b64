package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;

/**
 * The annual reports of the complexes and their versions. Writes are checked against the actor here, not only on
 * the page: a report is filled by the complex's own operator. What the appraisal alone does to a report (create
 * many at once, return one, accept one) is {@link ReportLifecycle}.
 */
public interface ReportService {

    /**
     * The report of one complex in an open cycle, created empty the first time, for the city's municipal official or
     * an administrator; the cycle's opening creates those of every complex in scope at once.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException {@code submission.error.notYourCity} for anybody else
     */
    ReportData reportFor(Long cycleId, Long complexId, Actor actor);

    /** Report ids of a cycle by complex id, for bulk work. */
    Map<Long, Long> reportIds(Long cycleId);

    Optional<ReportData> report(Long id);

    /** Reports by the ids given, in that order; unknown ids are skipped. */
    List<ReportData> reports(List<Long> ids);

    /** A complex's reports, newest year first. */
    List<ReportData> reportsOfComplex(Long complexId);

    /** Saves what the operator entered so far; types and bounds are checked, completeness is not. */
    ReportData saveDraft(Long reportId, Actor actor, ReportInput input);

    /** The report beside last year's, with the anomalies the operator must explain. */
    ReportComparison compare(Long reportId);

    /**
     * Validates completely (bounds, required figures, narrative, every anomaly explained), marks the report
     * submitted and freezes the submission as a new version. Called by the {@code report} workflow step in its
     * transaction.
     *
     * @throws org.innocomplex.access.api.ValidationException listing every field at fault; nothing is changed then
     */
    ReportData submit(Long reportId, Actor actor);

    List<ReportVersionData> versions(Long reportId);

    /** What changed from version {@code from} to version {@code to} (1-based). */
    List<ValueChange> diff(Long reportId, int from, int to);

    /**
     * A report of a past year, as the bureau collected it before the system: stored ACCEPTED as version 1 in a
     * CLOSED cycle of that year (created if needed), after the same value checks as the form. Administrators only.
     *
     * @throws org.innocomplex.access.api.NotAuthorizedException {@code submission.import.error.adminOnly} for anybody else
     */
    ReportData recordPastReport(
            int year, String cityCode, Long complexId, Map<String, BigDecimal> values, String narrative, Actor actor);
}
