package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.innocomplex.submission.api.ScoreAggregation;
import org.junit.jupiter.api.Test;

class ScoreAggregatorTest {

    private static List<BigDecimal> totals(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    @Test
    void theMeanIsExactToTwoDecimalsHalfUp() {
        var a = ScoreAggregator.aggregate(totals("88", "88.25", "88.125"), ScoreAggregation.MEAN)
                .orElseThrow();
        // 264.375 / 3 = 88.125 → 88.13
        assertThat(a.score()).isEqualByComparingTo("88.13");
        assertThat(a.score().scale()).isEqualTo(2);
        assertThat(a.applied()).isEqualTo(ScoreAggregation.MEAN);
        assertThat(ScoreAggregator.aggregate(totals("70", "71"), ScoreAggregation.MEAN)
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("70.50");
        assertThat(ScoreAggregator.aggregate(totals("10", "10", "11"), ScoreAggregation.MEAN)
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("10.33");
    }

    @Test
    void theTrimmedMeanDropsOneHighestAndOneLowest() {
        var a = ScoreAggregator.aggregate(totals("60", "90", "91", "99"), ScoreAggregation.TRIMMED_MEAN)
                .orElseThrow();
        assertThat(a.score()).isEqualByComparingTo("90.50");
        assertThat(a.applied()).isEqualTo(ScoreAggregation.TRIMMED_MEAN);
        // with equal extremes only one of each is dropped
        assertThat(ScoreAggregator.aggregate(totals("80", "80", "80", "95", "95"), ScoreAggregation.TRIMMED_MEAN)
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("85.00");
        assertThat(ScoreAggregator.aggregate(totals("50", "92", "100"), ScoreAggregation.TRIMMED_MEAN)
                        .orElseThrow()
                        .score())
                .isEqualByComparingTo("92.00");
    }

    @Test
    void withFewerThanThreeTotalsTheTrimmedMeanFallsBackToTheMeanAndSaysSo() {
        var two = ScoreAggregator.aggregate(totals("80", "95"), ScoreAggregation.TRIMMED_MEAN)
                .orElseThrow();
        assertThat(two.score()).isEqualByComparingTo("87.50");
        assertThat(two.configured()).isEqualTo(ScoreAggregation.TRIMMED_MEAN);
        assertThat(two.applied()).isEqualTo(ScoreAggregation.MEAN);
        var one = ScoreAggregator.aggregate(totals("77.7"), ScoreAggregation.TRIMMED_MEAN)
                .orElseThrow();
        assertThat(one.score()).isEqualByComparingTo("77.70");
        assertThat(one.applied()).isEqualTo(ScoreAggregation.MEAN);
    }

    @Test
    void noTotalsNoScore() {
        assertThat(ScoreAggregator.aggregate(List.of(), ScoreAggregation.TRIMMED_MEAN))
                .isEmpty();
        assertThat(ScoreAggregator.aggregate(List.of(), ScoreAggregation.MEAN)).isEmpty();
    }
}
