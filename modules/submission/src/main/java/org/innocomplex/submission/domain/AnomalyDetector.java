package org.innocomplex.submission.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.submission.api.Anomaly;
import org.innocomplex.submission.api.CrossRuleData;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportComparison;

/**
 * Flags what an operator must explain: a figure that changed against last year by more than the cycle's threshold
 * (either way), and a cross-field rule the figures break. A figure that was zero or missing last year has no
 * percentage change and is not flagged for it. Pure, so every case is a plain unit test.
 */
public final class AnomalyDetector {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnomalyDetector() {}

    public static ReportComparison compare(
            List<IndicatorData> indicators,
            List<CrossRuleData> rules,
            Map<String, BigDecimal> current,
            Integer lastYear,
            Map<String, BigDecimal> last,
            BigDecimal thresholdPercent) {
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        List<Anomaly> anomalies = new ArrayList<>();
        for (IndicatorData i : indicators) {
            if (!i.type().numeric()) {
                continue;
            }
            BigDecimal now = current.get(i.code());
            BigDecimal before = last.get(i.code());
            if (now == null || before == null || before.signum() == 0) {
                continue;
            }
            BigDecimal pct = now.subtract(before).multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
            change.put(i.code(), pct);
            if (pct.abs().compareTo(thresholdPercent) > 0) {
                anomalies.add(new Anomaly(i.code(), Anomaly.Kind.CHANGE, before, now, pct, null));
            }
        }
        for (CrossRuleData r : rules) {
            BigDecimal part = current.get(r.part());
            BigDecimal whole = current.get(r.whole());
            if (part != null && whole != null && part.compareTo(whole) > 0) {
                anomalies.add(new Anomaly(r.part(), Anomaly.Kind.RULE, null, part, null, r.whole()));
            }
        }
        return new ReportComparison(lastYear, Map.copyOf(last), change, List.copyOf(anomalies));
    }
}
