package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the bureau sets on a cycle before it opens: deadlines per step, the anomaly threshold, how the experts'
 * totals are aggregated and the share of the cycle that may be rated 优秀.
 *
 * @param excellentCapPercent 0 to 100; the cap is floor(this % × the cycle's appraisals)
 */
public record CycleSettings(
        LocalDate reportDue,
        LocalDate countyDue,
        LocalDate municipalDue,
        LocalDate expertDue,
        LocalDate decisionDue,
        BigDecimal anomalyThreshold,
        ScoreAggregation aggregation,
        int excellentCapPercent)
        implements java.io.Serializable {}
