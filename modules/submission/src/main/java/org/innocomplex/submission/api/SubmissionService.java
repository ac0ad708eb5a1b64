package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;

/**
 * Cycles with their catalogues, and reports. Writes are checked against the actor here, not only on the page:
 * catalogue changes need a municipal official of the city or an administrator, report changes the complex's own
 * operator.
 */
public interface SubmissionService {

    /**
     * A new DRAFT cycle whose catalogue, rubric and bands are a copy of the city's latest cycle (the template for
     * a city's first).
     *
     * @throws org.innocomplex.access.api.DomainException {@code submission.error.cycleExists} for a taken year
     */
    CycleView createCycle(int year, String cityCode, Actor actor);

    /** The OPEN cycle of a year, created from the latest one and opened if there is none yet. */
    CycleView openCycle(int year, String cityCode);

    /** Marks a DRAFT cycle OPEN, recording its scope; the catalogue is frozen from then on. Idempotent. */
    CycleView markOpen(Long cycleId, String scopeLevels, String scopeCounties, Actor actor);

    CycleView updateSettings(Long cycleId, CycleSettings settings, Actor actor);

    Optional<CycleView> cycle(Long id);

    /** The city's cycles, newest year first. */
    List<CycleView> cycles(String cityCode);

    CatalogueView catalogue(Long cycleId);

    /** Adds or replaces an indicator of a DRAFT cycle. */
    void saveIndicator(Long cycleId, IndicatorView indicator, Actor actor);

    void removeIndicator(Long cycleId, String code, Actor actor);

    void saveRubricItem(Long cycleId, RubricItemView item, Actor actor);

    void saveGradeBand(Long cycleId, GradeBandView band, Actor actor);

    /** The report of a complex in an open cycle, created empty the first time. */
    ReportView reportFor(Long cycleId, Long complexId);

    /**
     * The reports of many complexes in an open cycle, created empty where missing, in one go: for opening a cycle
     * in bulk without a query per complex.
     */
    List<ReportView> createReports(Long cycleId, List<Long> complexIds);

    /** Report ids of a cycle by complex id, for bulk work. */
    Map<Long, Long> reportIds(Long cycleId);

    Optional<ReportView> report(Long id);

    /** Reports by the ids given, in that order; unknown ids are skipped. */
    List<ReportView> reports(List<Long> ids);

    /** A complex's reports, newest year first. */
    List<ReportView> reportsOfComplex(Long complexId);

    /** Saves what the operator entered so far; types and bounds are checked, completeness is not. */
    ReportView saveDraft(Long reportId, Actor actor, ReportInput input);

    /** The report beside last year's, with the anomalies the operator must explain. */
    ReportComparison compare(Long reportId);

    /**
     * Validates completely (bounds, required figures, narrative, every anomaly explained), marks the report
     * submitted and freezes the submission as a new version. Called by the {@code report} workflow step in its
     * transaction.
     *
     * @throws ValidationException listing every field at fault; nothing is changed then
     */
    ReportView submit(Long reportId, Actor actor);

    void markReturned(Long reportId);

    void markAccepted(Long reportId);

    List<ReportVersionView> versions(Long reportId);

    /** What changed from version {@code from} to version {@code to} (1-based). */
    List<ValueChange> diff(Long reportId, int from, int to);

    /**
     * A report of a past year, as the bureau collected it before the system: stored ACCEPTED as version 1 in a
     * CLOSED cycle of that year (created if needed), after the same value checks as the form.
     */
    ReportView recordPastReport(int year, String cityCode, Long complexId, Map<String, BigDecimal> values,
                                String narrative, String recordedBy);
}
