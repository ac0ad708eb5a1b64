package org.innocomplex.appraisal.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.innocomplex.appraisal.api.Grade;

/**
 * 优秀 is capped by rank to about the top 15 % of a cycle (DOMAIN.md). The rule, exactly:
 * <ul>
 *   <li>cap = floor(percent × number of appraisals in the cycle / 100): a cycle of 10 at 15 % allows 1, a cycle of
 *       6 allows 0 (small cycles get no 优秀 at all; the bureau may raise the percentage before opening);</li>
 *   <li>reports are ranked by aggregated score among the cycle's appraisals that have one;</li>
 *   <li>a report qualifies for 优秀 only if its score reaches the 优秀 band <em>and</em> (reports with a strictly
 *       higher score) + (reports with exactly its score, itself included) ≤ cap.</li>
 * </ul>
 * So reports tied at the boundary either all fit or all drop to 良好: the cap is never exceeded and equal scores
 * never get different grades. The cap can therefore be left partly unused.
 */
public final class ExcellenceCap {
    public static final int DEFAULT_PERCENT = 15;

    private ExcellenceCap() {}

    public static int cap(int appraisalsInCycle, int percent) {
        if (appraisalsInCycle < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("appraisals " + appraisalsInCycle + ", percent " + percent);
        }
        return Math.floorDiv(appraisalsInCycle * percent, 100);
    }

    /** @param cycleScores the aggregated scores of the cycle's appraisals that have one, this report's included */
    public static boolean withinCap(BigDecimal score, Collection<BigDecimal> cycleScores, int cap) {
        if (cycleScores.stream().noneMatch(s -> s.compareTo(score) == 0)) {
            throw new IllegalArgumentException("the cycle's scores must include the report's own " + score);
        }
        long higherOrTied =
                cycleScores.stream().filter(s -> s.compareTo(score) >= 0).count();
        return higherOrTied <= cap;
    }

    /**
     * The grade the bands propose, with 优秀 dropped to 良好 when the report is outside the cap.
     *
     * @param bands lowest score by grade name (see {@link GradeBands#propose(BigDecimal, Map)})
     */
    public static Grade propose(
            BigDecimal score, Map<String, BigDecimal> bands, Collection<BigDecimal> cycleScores, int cap) {
        Grade byBands = GradeBands.propose(score, bands);
        if (byBands == Grade.EXCELLENT && !withinCap(score, cycleScores, cap)) {
            return Grade.GOOD;
        }
        return byBands;
    }

    /** Whether one more 优秀 fits: the decided ones of the cycle (not counting this report) + 1 ≤ cap. */
    public static boolean roomForOneMore(long otherExcellentDecided, int cap) {
        return otherExcellentDecided + 1 <= cap;
    }
}
