package org.innocomplex.appraisal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.innocomplex.appraisal.api.Grade;

/**
 * Score to grade by a cycle's bands (each grade's lowest score); without bands, the defaults seen in Zhejiang
 * appraisals: 优秀 ≥ 90, 良好 ≥ 70, 合格 ≥ 60, else 不合格. Several experts' scores are aggregated by their mean,
 * kept to two decimals, half up.
 */
public final class GradeBands {
    private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    private static final BigDecimal GOOD = BigDecimal.valueOf(70);
    private static final BigDecimal PASS = BigDecimal.valueOf(60);

    private GradeBands() {}

    /**
     * @param bands lowest score by grade name, as a cycle keeps them; a grade missing from it is never proposed
     *              (FAIL is the floor whatever it says)
     */
    public static Grade propose(BigDecimal score, java.util.Map<String, BigDecimal> bands) {
        if (bands.isEmpty()) {
            return propose(score);
        }
        for (Grade g : new Grade[] {Grade.EXCELLENT, Grade.GOOD, Grade.PASS}) {
            BigDecimal min = bands.get(g.name());
            if (min != null && score.compareTo(min) >= 0) {
                return g;
            }
        }
        return Grade.FAIL;
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
