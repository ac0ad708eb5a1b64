package org.innocomplex.appraisal.api;

import java.math.BigDecimal;

/**
 * What the decision step proposes for one report, and why.
 *
 * @param configured         the cycle's aggregation method (MEAN or TRIMMED_MEAN)
 * @param applied            the method actually applied (MEAN when a trimmed mean had fewer than 3 totals)
 * @param byBands            the grade the bands alone give
 * @param proposed           {@code byBands}, with 优秀 dropped to 良好 when the report is outside the cap
 * @param cap                how many 优秀 the cycle allows: floor(capPercent × appraisalsInCycle / 100)
 * @param excellentDecided   优秀 already decided in the cycle for other reports
 */
public record DecisionProposal(
        BigDecimal score,
        String configured,
        String applied,
        Grade byBands,
        Grade proposed,
        int capPercent,
        int appraisalsInCycle,
        int cap,
        long excellentDecided)
        implements java.io.Serializable {

    public boolean cappedDown() {
        return byBands != proposed;
    }
}
