package org.innocomplex.submission.api;

import java.math.BigDecimal;

/** An entry of a cycle's indicator catalogue: what a report carries, in what unit, within which bounds. */
public record IndicatorData(
        String code,
        String nameZh,
        String nameEn,
        String unitZh,
        String unitEn,
        ValueType type,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        String groupCode,
        int sortOrder,
        String helpZh,
        String helpEn)
        implements java.io.Serializable {

    /** the catalogue's figures before help texts existed; tests and imports build indicators this way */
    public IndicatorData(
            String code,
            String nameZh,
            String nameEn,
            String unitZh,
            String unitEn,
            ValueType type,
            boolean required,
            BigDecimal min,
            BigDecimal max,
            String groupCode,
            int sortOrder) {
        this(code, nameZh, nameEn, unitZh, unitEn, type, required, min, max, groupCode, sortOrder, null, null);
    }

    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    public String unit(boolean chinese) {
        return chinese ? unitZh : unitEn;
    }

    public String help(boolean chinese) {
        return chinese ? helpZh : helpEn;
    }
}
