package org.innocomplex.submission.api;

import java.math.BigDecimal;

public record RubricItemData(
        String code, String groupCode, String nameZh, String nameEn, BigDecimal maxPoints, int sortOrder)
        implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
