package org.innocomplex.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TallyKindTest {

    @Test
    void theCodesAreTheOnesTheTallyTableHolds() {
        // rows written by earlier versions carry these letters: a renamed code would leave them uncounted
        assertThat(Arrays.stream(TallyKind.values()).map(k -> k.code)).containsExactly("R", "V", "G", "P");
        assertThat(TallyKind.ONE_REPORT).isEqualTo("#");
        assertThat(TallyKind.PUBLISHED_GRADES.is("f")).isEqualTo("f.kind = 'P'");
    }

    @Test
    void sumsAddUpAndASharesMeanIsRounded() {
        TallySum a = new TallySum(new BigDecimal("20"), 1);
        TallySum b = new TallySum(new BigDecimal("30.5"), 2);

        assertThat(a.plus(b)).isEqualTo(new TallySum(new BigDecimal("50.5"), 3));
        assertThat(a.plus(b).mean(2)).isEqualByComparingTo("16.83");
        assertThat(a.plus(new TallySum(new BigDecimal("-20"), -1)).isZero()).isTrue();
        assertThat(TallySum.ZERO.isZero()).isTrue();
    }
}
