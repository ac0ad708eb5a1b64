package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.innocomplex.submission.api.Anomaly;
import org.innocomplex.submission.api.CrossRuleData;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ValueType;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {
    static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    static final List<IndicatorData> CATALOGUE = List.of(
            ind("cluster_enterprises", ValueType.INTEGER), ind("above_scale_enterprises", ValueType.INTEGER),
            ind("enterprise_services", ValueType.INTEGER), ind("highlights", ValueType.TEXT));
    static final List<CrossRuleData> RULES =
            List.of(new CrossRuleData("above_scale_enterprises", "cluster_enterprises"));

    static IndicatorData ind(String code, ValueType type) {
        return new IndicatorData(code, code, code, null, null, type, false, null, null, "g", 1);
    }

    static Map<String, BigDecimal> v(Object... kv) {
        java.util.Map<String, BigDecimal> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], new BigDecimal(String.valueOf(kv[i + 1])));
        }
        return m;
    }

    @Test
    void aChangeBeyondTheThresholdEitherWayIsFlaggedWithItsPercentage() {
        ReportComparison up = AnomalyDetector.compare(
                CATALOGUE, RULES, v("enterprise_services", 1510), 2024, v("enterprise_services", 1000), FIFTY);
        ReportComparison down = AnomalyDetector.compare(
                CATALOGUE, RULES, v("enterprise_services", 490), 2024, v("enterprise_services", 1000), FIFTY);

        assertThat(up.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Anomaly.Kind.CHANGE);
            assertThat(a.changePercent()).isEqualByComparingTo("51.0");
            assertThat(a.lastYear()).isEqualByComparingTo("1000");
        });
        assertThat(down.anomalies())
                .singleElement()
                .satisfies(a -> assertThat(a.changePercent()).isEqualByComparingTo("-51.0"));
        assertThat(up.lastYear()).isEqualTo(2024);
    }

    @Test
    void aChangeOfExactlyTheThresholdIsNotAnAnomaly() {
        ReportComparison c = AnomalyDetector.compare(
                CATALOGUE, RULES, v("enterprise_services", 1500), 2024, v("enterprise_services", 1000), FIFTY);

        assertThat(c.anomalies()).isEmpty();
        assertThat(c.changePercent()).containsEntry("enterprise_services", new BigDecimal("50.0"));
    }

    @Test
    void theThresholdIsTheCyclesOwn() {
        assertThat(AnomalyDetector.compare(
                                CATALOGUE,
                                RULES,
                                v("enterprise_services", 1200),
                                2024,
                                v("enterprise_services", 1000),
                                BigDecimal.valueOf(10))
                        .anomalies())
                .hasSize(1);
    }

    @Test
    void noLastYearOrALastYearOfZeroGivesNoPercentageAndNoFlag() {
        assertThat(AnomalyDetector.compare(CATALOGUE, RULES, v("enterprise_services", 1000), null, Map.of(), FIFTY)
                        .anomalies())
                .isEmpty();
        ReportComparison fromZero = AnomalyDetector.compare(
                CATALOGUE, RULES, v("enterprise_services", 1000), 2024, v("enterprise_services", 0), FIFTY);
        assertThat(fromZero.anomalies()).isEmpty();
        assertThat(fromZero.changePercent()).doesNotContainKey("enterprise_services");
    }

    @Test
    void aPartLargerThanItsWholeIsARuleAnomalyAndEqualIsNot() {
        ReportComparison broken = AnomalyDetector.compare(
                CATALOGUE, RULES, v("cluster_enterprises", 100, "above_scale_enterprises", 101), null, Map.of(), FIFTY);
        ReportComparison equal = AnomalyDetector.compare(
                CATALOGUE,
                RULES,
                v("cluster_enterprises", 100, "above_scale_enterprises", "100.00"),
                null,
                Map.of(),
                FIFTY);

        assertThat(broken.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(Anomaly.Kind.RULE);
            assertThat(a.code()).isEqualTo("above_scale_enterprises");
            assertThat(a.other()).isEqualTo("cluster_enterprises");
        });
        assertThat(broken.flagged("above_scale_enterprises")).isTrue();
        assertThat(equal.anomalies()).isEmpty();
    }

    @Test
    void aRuleIsNotCheckedWhileEitherSideIsMissing() {
        assertThat(AnomalyDetector.compare(CATALOGUE, RULES, v("above_scale_enterprises", 101), null, Map.of(), FIFTY)
                        .anomalies())
                .isEmpty();
    }
}
