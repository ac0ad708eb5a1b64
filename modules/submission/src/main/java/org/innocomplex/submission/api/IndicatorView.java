package org.innocomplex.submission.api;

import java.math.BigDecimal;

/** An entry of the indicator catalogue: what a report carries, in what unit, within which bounds. */
public record IndicatorView(String code, String nameZh, String nameEn, String unitZh, String unitEn,
                            ValueType type, boolean required, BigDecimal min, BigDecimal max, String groupCode,
                            int sortOrder) implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String unit(boolean chinese) {
        return chinese ? unitZh : unitEn;
    }
}
