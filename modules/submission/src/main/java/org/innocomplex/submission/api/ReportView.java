package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An annual report. {@code version} counts submissions: 0 while never submitted.
 *
 * @param values indicator code to value, only the ones filled in
 */
public record ReportView(Long id, Long cycleId, int year, Long complexId, String countyCode, String cityCode,
                         ReportStatus status, int version, Map<String, BigDecimal> values, String narrative,
                         Instant submittedAt, Instant updatedAt) implements java.io.Serializable {
}
