package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year's appraisal for one city.
 *
 * @param anomalyThreshold a change against last year beyond this many percent must be explained
 */
public record CycleData(
        Long id,
        int year,
        String cityCode,
        CycleStatus status,
        LocalDate reportDue,
        LocalDate countyDue,
        LocalDate municipalDue,
        LocalDate expertDue,
        LocalDate decisionDue,
        BigDecimal anomalyThreshold,
        String scopeLevels,
        String scopeCounties,
        ScoreAggregation aggregation,
        int excellentCapPercent)
        implements java.io.Serializable {
    public boolean editable() {
        return status == CycleStatus.DRAFT;
    }
}
