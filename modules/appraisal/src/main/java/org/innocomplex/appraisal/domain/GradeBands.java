package org.innocomplex.appraisal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.innocomplex.appraisal.api.Grade;

/**
 * Score to grade: 优秀 ≥ 90, 良好 ≥ 70, 合格 ≥ 60, else 不合格 (the bands seen in Zhejiang appraisals). Several
 * experts' scores are aggregated by their mean, kept to two decimals, half up.
 */
public final class GradeBands {
    private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD = BigDecimal.valueOf(70);
    private static final BigDecimal PASS = BigDecimal.valueOf(60);

    private GradeBands() {
    }

    public static Grade propose(BigDecimal score) {
        if (score.compareTo(EXCELLENT) >= 0) {
            return Grade.EXCELLENT;
        }
        if (score.compareTo(GOOD) >= 0) {
            return Grade.GOOD;
        }
        if (score.compareTo(PASS) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    public static Optional<BigDecimal> mean(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP));
    }
}
