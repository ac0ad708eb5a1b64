package org.innocomplex.registry.api;

/**
 * What an administrator enters for a complex, on creation and on every edit. Component names double as the field
 * names of {@link org.innocomplex.access.api.Violation}s, so a page can put each refusal next to its input.
 *
 * @param established year the complex was established (1990 … this year), or null when not known
 * @param demo        marks demo data, which pages flag as such
 */
public record ComplexInput(
        String nameZh,
        String nameEn,
        String countyCode,
        Level level,
        ListStatus listStatus,
        String industryZh,
        String industryEn,
        String operatingUnit,
        Integer established,
        String contactPerson,
        String contactPhone,
        boolean demo)
        implements java.io.Serializable {

    /** Trimmed, with blank texts as null: what is validated and stored. */
    public ComplexInput normalised() {
        return new ComplexInput(
                clean(nameZh),
                clean(nameEn),
                clean(countyCode),
                level,
                listStatus,
                clean(industryZh),
                clean(industryEn),
                clean(operatingUnit),
                established,
                clean(contactPerson),
                clean(contactPhone),
                demo);
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
