package org.innocomplex.appraisal.api;

import java.util.List;
import org.innocomplex.submission.api.ReportStatus;

/**
 * A line of the report list.
 *
 * @param grade null unless published, or decided and the viewer is an official
 */
public record ReportSummary(
        Long reportId,
        int year,
        Long complexId,
        String complexNameZh,
        String complexNameEn,
        String countyCode,
        ReportStatus reportStatus,
        AppraisalStatus appraisalStatus,
        Grade grade,
        List<String> openSteps)
        implements java.io.Serializable {}
