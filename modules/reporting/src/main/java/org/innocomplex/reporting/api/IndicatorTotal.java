package org.innocomplex.reporting.api;

import java.math.BigDecimal;

/**
 * One numeric indicator added up over the selected reports.
 *
 * @param value   the sum; for a PERCENT indicator the mean (a sum of shares means nothing)
 * @param reports how many of the selected reports carry a value for it
 */
public record IndicatorTotal(
        String code,
        String nameZh,
        String nameEn,
        String unitZh,
        String unitEn,
        String valueType,
        BigDecimal value,
        long reports)
        implements java.io.Serializable {

    public boolean average() {
        return "PERCENT".equals(valueType);
    }
}
