package org.innocomplex.submission.api;

import java.math.BigDecimal;

public record RubricGroupData(String code, String nameZh, String nameEn, BigDecimal points, int sortOrder)
        implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
