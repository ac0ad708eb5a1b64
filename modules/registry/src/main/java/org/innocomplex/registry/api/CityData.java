package org.innocomplex.registry.api;

/** A city (设区市) whose Science and Technology Bureau runs the appraisal. */
public record CityData(String code, String nameZh, String nameEn) implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }
}
