package org.innocomplex.submission.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A report beside last year's: the previous year's values of the same complex, the change in percent of each
 * figure, and the anomalies to explain.
 */
public record ReportComparison(
        Integer lastYear,
        Map<String, BigDecimal> lastYearValues,
        Map<String, BigDecimal> changePercent,
        List<Anomaly> anomalies)
        implements java.io.Serializable {
    public boolean flagged(String code) {
        return anomalies.stream().anyMatch(a -> a.code().equals(code));
    }
}
