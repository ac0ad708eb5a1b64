package org.innocomplex.reporting.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What tally rows add up to: {@code total}, the sum of the values (zero for counts), and {@code n}, how many reports
 * gave one.
 */
record TallySum(BigDecimal total, long n) {
    static final TallySum ZERO = new TallySum(BigDecimal.ZERO, 0);

    TallySum plus(TallySum other) {
        return new TallySum(total.add(other.total), n + other.n);
    }

    boolean isZero() {
        return total.signum() == 0 && n == 0;
    }

    /** the mean of the values, for a share or rate that is averaged rather than summed */
    BigDecimal mean(int scale) {
        return total.divide(BigDecimal.valueOf(n), scale, RoundingMode.HALF_UP);
    }
}
