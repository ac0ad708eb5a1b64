package org.innocomplex.submission.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportVersionData;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.submission.api.ValueType;
import org.junit.jupiter.api.Test;

class VersionDiffTest {
    static final List<IndicatorData> ORDER = List.of(
            new IndicatorData("b_second", "b", "b", null, null, ValueType.INTEGER, false, null, null, "g", 2),
            new IndicatorData("a_first", "a", "a", null, null, ValueType.INTEGER, false, null, null, "g", 1));

    static ReportVersionData version(Map<String, BigDecimal> values, String narrative) {
        return new ReportVersionData(1, "op", Instant.EPOCH, values, Map.of(), narrative);
    }

    @Test
    void changedAddedAndRemovedFiguresAreListedInCatalogueOrder() {
        ReportVersionData v1 = version(Map.of("a_first", new BigDecimal("10"), "b_second", new BigDecimal("5")), "n");
        ReportVersionData v2 = version(Map.of("a_first", new BigDecimal("12"), "c_new", BigDecimal.ONE), "n");

        assertThat(VersionDiff.between(v1, v2, ORDER))
                .extracting(ValueChange::code, ValueChange::before, ValueChange::after)
                .containsExactly(tuple("b_second", "5", null), tuple("a_first", "10", "12"), tuple("c_new", null, "1"));
    }

    @Test
    void numbersEqualInValueAreNotChangesButANewNarrativeIs() {
        ReportVersionData v1 = version(Map.of("a_first", new BigDecimal("1.50")), "old");
        ReportVersionData v2 = version(Map.of("a_first", new BigDecimal("1.5")), "new");

        assertThat(VersionDiff.between(v1, v2, ORDER))
                .extracting(ValueChange::code)
                .containsExactly("narrative");
    }
}
