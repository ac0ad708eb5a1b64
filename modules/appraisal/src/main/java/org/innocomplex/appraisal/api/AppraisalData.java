package org.innocomplex.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The appraisal of one report: where it is and, once decided, its grade.
 *
 * @param aggregation the method actually applied to the experts' totals (MEAN or TRIMMED_MEAN)
 */
public record AppraisalData(
        Long id,
        Long reportId,
        Long complexId,
        String countyCode,
        String cityCode,
        int year,
        String processInstanceId,
        AppraisalStatus status,
        List<String> experts,
        BigDecimal score,
        Grade grade,
        String gradeReason,
        Instant publishedAt,
        Grade proposedGrade,
        String aggregation,
        String decidedBy,
        Instant decidedAt)
        implements java.io.Serializable {

    /** Decided by the bureau but not yet published: only officials see the grade. */
    public boolean decidedUnpublished() {
        return status == AppraisalStatus.DECIDED;
    }

    /**
     * The same appraisal as a complex or an expert sees it before publication: decided, awaiting publication, but no
     * score, grade, reason or who decided.
     */
    public AppraisalData withoutUnpublishedDecision() {
        if (status != AppraisalStatus.DECIDED) {
            return this;
        }
        return new AppraisalData(
                id,
                reportId,
                complexId,
                countyCode,
                cityCode,
                year,
                processInstanceId,
                status,
                experts,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
