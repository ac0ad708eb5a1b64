package org.innocomplex.reporting.api;

/**
 * Which complexes are behind a dashboard number.
 *
 * @param value the indicator code, level, grade, step key or county code; the year for {@link Kind#YEAR}
 */
public record Drill(Kind kind, String value) implements java.io.Serializable {

    public enum Kind {
        /** every selected report */
        ALL,
        /** reports carrying a value for the indicator */
        INDICATOR,
        LEVEL,
        GRADE,
        /** appraisals waiting at the step */
        STEP,
        /** appraisals waiting at the step past its due date */
        OVERDUE,
        COUNTY,
        YEAR
    }
}
