package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.innocomplex.appraisal.api.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcellenceCapTest {
    private static final Map<String, BigDecimal> DEFAULT_BANDS = Map.of();

    private static List<BigDecimal> scores(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} appraisals at {1}% -> {2}")
    @CsvSource({
        "10, 15, 1",
        "13, 15, 1",
        "14, 15, 2",
        "20, 15, 3",
        "6, 15, 0",
        "1, 15, 0",
        "0, 15, 0",
        "100, 15, 15",
        "7, 100, 7",
        "10, 0, 0",
        "19, 10, 1"
    })
    void theCapIsTheFloorOfThePercentage(int appraisals, int percent, int cap) {
        assertThat(ExcellenceCap.cap(appraisals, percent)).isEqualTo(cap);
    }

    @Test
    void aPercentageOutsideZeroToHundredIsAProgrammingError() {
        assertThatThrownBy(() -> ExcellenceCap.cap(10, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExcellenceCap.cap(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTopScoresWithinTheCapAreExcellentTheRestDropToGood() {
        List<BigDecimal> cycle = scores(
                "95", "93", "91", "90", "85", "80", "75", "70", "65", "50", "97", "96", "60", "61", "62", "63", "64",
                "66", "67", "68"); // 20 → cap 3
        int cap = ExcellenceCap.cap(cycle.size(), 15);
        assertThat(cap).isEqualTo(3);
        assertThat(ExcellenceCap.propose(new BigDecimal("97"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(ExcellenceCap.propose(new BigDecimal("95"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(ExcellenceCap.propose(new BigDecimal("93"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.GOOD);
        assertThat(ExcellenceCap.propose(new BigDecimal("90"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.GOOD);
        // 96 is 2nd: within
        assertThat(ExcellenceCap.propose(new BigDecimal("96"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.EXCELLENT);
        // the cap never promotes: a score under the band stays in its band whatever its rank
        assertThat(ExcellenceCap.propose(new BigDecimal("85"), DEFAULT_BANDS, scores("85", "60"), 2))
                .isEqualTo(Grade.GOOD);
        assertThat(ExcellenceCap.propose(new BigDecimal("59.99"), DEFAULT_BANDS, scores("59.99"), 5))
                .isEqualTo(Grade.FAIL);
    }

    @Test
    void tiesAtTheBoundaryThatWouldExceedTheCapAllDropToGood() {
        // cap 2: one above, then two tied at 92 → 1 + 2 = 3 > 2: both tied ones are GOOD, the cap is left unused
        List<BigDecimal> cycle =
                scores("98", "92", "92", "80", "70", "70", "60", "60", "55", "50", "40", "40", "40", "40");
        int cap = ExcellenceCap.cap(cycle.size(), 15);
        assertThat(cap).isEqualTo(2);
        assertThat(ExcellenceCap.propose(new BigDecimal("98"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(ExcellenceCap.propose(new BigDecimal("92"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.GOOD);
        assertThat(ExcellenceCap.withinCap(new BigDecimal("92"), cycle, cap)).isFalse();
    }

    @Test
    void tiesThatFitTheCapAreAllExcellent() {
        List<BigDecimal> cycle =
                scores("92", "92", "91", "80", "70", "70", "60", "60", "55", "50", "40", "40", "40", "40"); // cap 2
        assertThat(ExcellenceCap.propose(new BigDecimal("92"), DEFAULT_BANDS, cycle, 2))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(ExcellenceCap.propose(new BigDecimal("91"), DEFAULT_BANDS, cycle, 2))
                .isEqualTo(Grade.GOOD);
    }

    @Test
    void aSmallCycleHasCapZeroSoNoExcellentAtAll() {
        List<BigDecimal> cycle = scores("99", "95", "80", "70", "60", "50"); // 6 → cap 0
        int cap = ExcellenceCap.cap(cycle.size(), 15);
        assertThat(cap).isZero();
        assertThat(ExcellenceCap.propose(new BigDecimal("99"), DEFAULT_BANDS, cycle, cap))
                .isEqualTo(Grade.GOOD);
        assertThat(ExcellenceCap.roomForOneMore(0, cap)).isFalse();
    }

    @Test
    void bandEdgesAreExact() {
        List<BigDecimal> cycle = scores(
                "90.00", "89.99", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10", "10"); // cap 2
        assertThat(ExcellenceCap.propose(new BigDecimal("90.00"), DEFAULT_BANDS, cycle, 2))
                .isEqualTo(Grade.EXCELLENT);
        // 89.99 is 2nd, within the cap, but under the band
        assertThat(ExcellenceCap.propose(new BigDecimal("89.99"), DEFAULT_BANDS, cycle, 2))
                .isEqualTo(Grade.GOOD);
        // a cycle's own band
        Map<String, BigDecimal> bands =
                Map.of("EXCELLENT", new BigDecimal("85"), "GOOD", new BigDecimal("75"), "PASS", new BigDecimal("60"));
        assertThat(ExcellenceCap.propose(
                        new BigDecimal("85.00"), bands, scores("85.00", "1", "1", "1", "1", "1", "1"), 1))
                .isEqualTo(Grade.EXCELLENT);
        assertThat(ExcellenceCap.propose(new BigDecimal("84.99"), bands, scores("84.99"), 1))
                .isEqualTo(Grade.GOOD);
    }

    @Test
    void theReportsOwnScoreMustBeAmongTheCycles() {
        assertThatThrownBy(() -> ExcellenceCap.withinCap(new BigDecimal("95"), scores("90"), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roomForOneMoreCountsTheOtherDecidedExcellentGrades() {
        assertThat(ExcellenceCap.roomForOneMore(0, 1)).isTrue();
        assertThat(ExcellenceCap.roomForOneMore(1, 1)).isFalse();
        assertThat(ExcellenceCap.roomForOneMore(2, 3)).isTrue();
    }
}
