package org.innocomplex.submission.api;

import java.time.Instant;

/** One report of a cycle as the bureau's list shows it: the complex, its county, where the report stands. */
public record CycleReportRow(
        Long reportId,
        Long complexId,
        String complexNameZh,
        String complexNameEn,
        String countyCode,
        String countyNameZh,
        String countyNameEn,
        ReportStatus status,
        int version,
        Instant submittedAt,
        Instant updatedAt)
        implements java.io.Serializable {
    public String complexName(boolean chinese) {
        return chinese ? complexNameZh : complexNameEn;
    }

    public String countyName(boolean chinese) {
        return chinese ? countyNameZh : countyNameEn;
    }
}
