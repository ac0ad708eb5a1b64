package org.innocomplex.reporting.api;

import java.math.BigDecimal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.registry.api.Level;

/**
 * A complex behind a dashboard number, with its report of the year; also a line of the results list.
 *
 * @param value the drilled indicator's value (null for other drills)
 * @param grade null unless the viewer may see it (decided for municipal officials, published for county officials)
 */
public record ComplexRow(
        Long complexId,
        String nameZh,
        String nameEn,
        String countyCode,
        String countyZh,
        String countyEn,
        Level level,
        int year,
        Long reportId,
        String reportStatus,
        BigDecimal score,
        Grade grade,
        BigDecimal value)
        implements java.io.Serializable {}
