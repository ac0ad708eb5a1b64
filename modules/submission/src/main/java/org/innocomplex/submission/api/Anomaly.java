package org.innocomplex.submission.api;

import java.math.BigDecimal;

/**
 * Something about a figure the operator must explain before submitting: a change against last year beyond the
 * cycle's threshold, or a cross-field rule the figures break.
 *
 * @param changePercent for CHANGE, the change in percent (signed); {@code other} for RULE, the whole's code
 */
public record Anomaly(
        String code, Kind kind, BigDecimal lastYear, BigDecimal current, BigDecimal changePercent, String other)
        implements java.io.Serializable {
    public enum Kind {
        CHANGE,
        RULE
    }
}
