package org.innocomplex.registry.api;

/** A county-level unit of a city; {@code code} is the national division code (or an internal one, see V1). */
public record CountyData(String code, String nameZh, String nameEn, String cityCode) implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
