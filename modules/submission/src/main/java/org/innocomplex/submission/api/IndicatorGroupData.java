package org.innocomplex.submission.api;

/** A section of the report form. */
public record IndicatorGroupData(String code, String nameZh, String nameEn, int sortOrder)
        implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
