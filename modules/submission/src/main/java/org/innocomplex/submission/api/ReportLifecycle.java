package org.innocomplex.submission.api;

import java.util.List;

/**
 * What the appraisal does to reports, for the appraisal module only: these methods take no actor and check none,
 * since the appraisal has checked its task and the actor on it before it calls them, in its own transaction. No
 * page or resource may call them (the webapp's ArchitectureTest refuses a dependency on this type outside the
 * appraisal module); screens go through {@link ReportService} and the appraisal's services.
 */
public interface ReportLifecycle {

    /**
     * The reports of many complexes in an open cycle, created empty where missing, in one go: for opening a cycle
     * in bulk without a query per complex.
     *
     * @throws org.innocomplex.access.api.DomainException {@code submission.error.cycleNotOpen} for a DRAFT cycle
     */
    List<ReportData> createReports(Long cycleId, List<Long> complexIds);

    /**
     * A reviewer returned the submitted report for revision: the operator may edit it again.
     *
     * @throws org.innocomplex.access.api.DomainException {@code submission.error.notSubmitted} unless SUBMITTED
     */
    void markReturned(Long reportId);

    /**
     * The appraisal's decision accepted the submitted report.
     *
     * @throws org.innocomplex.access.api.DomainException {@code submission.error.notSubmitted} unless SUBMITTED
     */
    void markAccepted(Long reportId);
}
