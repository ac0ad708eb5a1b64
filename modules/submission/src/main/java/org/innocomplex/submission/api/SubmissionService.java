package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;

/** Cycles and reports. Writes by operators are checked against the actor's complex here, not only on the page. */
public interface SubmissionService {

    /** Creates the cycle of a year for a city, or returns the existing one. */
    CycleView openCycle(int year, String cityCode);

    Optional<CycleView> cycle(Long id);

    List<CycleView> cycles(String cityCode);

    List<IndicatorView> indicators();

    /** The report of a complex in a cycle, created empty the first time. */
    ReportView reportFor(Long cycleId, Long complexId);

    Optional<ReportView> report(Long id);

    /** Reports by the ids given, in that order; unknown ids are skipped. */
    List<ReportView> reports(List<Long> ids);

    /** A complex's reports, newest year first. */
    List<ReportView> reportsOfComplex(Long complexId);

    /** Saves what the operator entered so far; no completeness check, bounds only. */
    ReportView saveDraft(Long reportId, Actor actor, Map<String, BigDecimal> values, String narrative);

    /**
     * Validates completely and marks the report submitted, as a new version. Called by the {@code report}
     * workflow step in its transaction.
     *
     * @throws ReportValidationException listing every field at fault; nothing is changed then
     */
    ReportView submit(Long reportId, Actor actor);

    void markReturned(Long reportId);

    void markAccepted(Long reportId);
}
