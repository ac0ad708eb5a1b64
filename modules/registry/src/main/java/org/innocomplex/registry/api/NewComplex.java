package org.innocomplex.registry.api;

public record NewComplex(String nameZh, String nameEn, String countyCode, Level level, ListStatus listStatus,
                         String industryZh, String industryEn, String operatingUnit, Integer established,
                         boolean demo) implements java.io.Serializable {
}
