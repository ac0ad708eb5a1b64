package org.innocomplex.reporting.api;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one county (by-county chart) or one year (trend chart).
 *
 * @param key    county code, or the year as text
 * @param totals indicator code to sum
 */
public record AreaFigures(String key, String nameZh, String nameEn, long complexes, Map<String, BigDecimal> totals)
        implements java.io.Serializable {

    public BigDecimal total(String code) {
        return totals.getOrDefault(code, BigDecimal.ZERO);
    }
}
