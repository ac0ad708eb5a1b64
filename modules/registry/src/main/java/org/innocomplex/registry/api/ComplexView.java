package org.innocomplex.registry.api;

/** A complex as the rest of the product sees it. */
public record ComplexView(Long id, String nameZh, String nameEn, String countyCode, String cityCode, Level level,
                          ListStatus listStatus, String industryZh, String industryEn, String operatingUnit,
                          Integer established, boolean demo, boolean active) implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
