package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** What was submitted as version {@code versionNo}, frozen. */
public record ReportVersionData(
        int versionNo,
        String submittedBy,
        Instant submittedAt,
        Map<String, BigDecimal> values,
        Map<String, String> texts,
        String narrative)
        implements java.io.Serializable {}
