package org.innocomplex.appraisal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.innocomplex.appraisal.api.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeBandsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "100,    EXCELLENT",
        "90,     EXCELLENT",
        "90.00,  EXCELLENT",
        "89.99,  GOOD",
        "70,     GOOD",
        "69.99,  PASS",
        "60,     PASS",
        "59.99,  FAIL",
        "0,      FAIL"
    })
    void aScoreFallsInItsBand(BigDecimal score, Grade expected) {
        assertThat(GradeBands.propose(score)).isEqualTo(expected);
    }

    @Test
    void aCyclesOwnBandsDecide() {
        java.util.Map<String, BigDecimal> strict = java.util.Map.of(
                "EXCELLENT",
                BigDecimal.valueOf(95),
                "GOOD",
                BigDecimal.valueOf(80),
                "PASS",
                BigDecimal.valueOf(65),
                "FAIL",
                BigDecimal.ZERO);

        assertThat(GradeBands.propose(new BigDecimal("94.99"), strict)).isEqualTo(Grade.GOOD);
        assertThat(GradeBands.propose(new BigDecimal("95"), strict)).isEqualTo(Grade.EXCELLENT);
        assertThat(GradeBands.propose(new BigDecimal("79.5"), strict)).isEqualTo(Grade.PASS);
        assertThat(GradeBands.propose(new BigDecimal("64"), strict)).isEqualTo(Grade.FAIL);
        assertThat(GradeBands.propose(new BigDecimal("64"), java.util.Map.of())).isEqualTo(Grade.PASS);
    }

    @Test
    void aGradeMissingFromTheBandsIsNeverProposed() {
        java.util.Map<String, BigDecimal> noExcellent =
                java.util.Map.of("GOOD", BigDecimal.valueOf(70), "PASS", BigDecimal.valueOf(60));

        assertThat(GradeBands.propose(new BigDecimal("99"), noExcellent)).isEqualTo(Grade.GOOD);
    }

    @Test
    void theMeanIsKeptToTwoDecimals() {
        assertThat(GradeBands.mean(List.of(new BigDecimal("85"), new BigDecimal("90"), new BigDecimal("92"))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("89.00")));
        assertThat(GradeBands.mean(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("1.33")));
        assertThat(GradeBands.mean(List.of(BigDecimal.valueOf(2), BigDecimal.valueOf(2), BigDecimal.ONE)))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("1.67")));
    }

    @Test
    void theMeanRoundsHalfUpNotHalfEven() {
        // each mean sits exactly halfway; HALF_EVEN would give 0.00, 0.02 and 88.22, HALF_DOWN 0.00, 0.02, 88.22
        assertThat(GradeBands.mean(List.of(new BigDecimal("0.01"), new BigDecimal("0.00"))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("0.01")));
        assertThat(GradeBands.mean(List.of(new BigDecimal("0.03"), new BigDecimal("0.02"))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("0.03")));
        assertThat(GradeBands.mean(List.of(new BigDecimal("88.25"), new BigDecimal("88.20"))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("88.23")));
    }

    @Test
    void roundingCanLiftAMeanIntoTheNextBand() {
        BigDecimal mean = GradeBands.mean(List.of(new BigDecimal("89.99"), new BigDecimal("90.00")))
                .orElseThrow();

        assertThat(mean).isEqualTo(new BigDecimal("90.00"));
        assertThat(GradeBands.propose(mean)).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void theMeanOfOneScoreIsThatScore() {
        assertThat(GradeBands.mean(Set.of(new BigDecimal("76.5"))))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(new BigDecimal("76.50")));
    }

    @Test
    void noScoresHaveNoMean() {
        assertThat(GradeBands.mean(List.of())).isEmpty();
    }
}
