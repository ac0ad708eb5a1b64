package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.util.Map;

/** What the operator has entered on the form; blank values are simply not filled in. */
public record ReportInput(
        Map<String, BigDecimal> values, Map<String, String> texts, String narrative, Map<String, String> explanations)
        implements java.io.Serializable {
    public static ReportInput of(Map<String, BigDecimal> values, String narrative) {
        return new ReportInput(values, Map.of(), narrative, Map.of());
    }
}
