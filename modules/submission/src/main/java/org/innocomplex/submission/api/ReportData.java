package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An annual report. {@code version} counts submissions: 0 while never submitted.
 *
 * @param values       numeric indicator values by code, only those filled in
 * @param texts        text indicator values by code
 * @param explanations the operator's explanations of flagged anomalies, by indicator code
 */
public record ReportData(
        Long id,
        Long cycleId,
        int year,
        Long complexId,
        String countyCode,
        String cityCode,
        ReportStatus status,
        int version,
        Map<String, BigDecimal> values,
        Map<String, String> texts,
        String narrative,
        Map<String, String> explanations,
        Instant submittedAt,
        Instant updatedAt)
        implements java.io.Serializable {}
