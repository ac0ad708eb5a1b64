package org.innocomplex.registry.api;

/**
 * A complex as the rest of the product sees it.
 *
 * @param version the optimistic-locking version an update must name (see {@link RegistryService#updateComplex})
 */
public record ComplexData(
        Long id,
        String nameZh,
        String nameEn,
        String countyCode,
        String cityCode,
        Level level,
        ListStatus listStatus,
        String industryZh,
        String industryEn,
        String operatingUnit,
        Integer established,
        String contactPerson,
        String contactPhone,
        boolean demo,
        boolean active,
        long version)
        implements java.io.Serializable {
    public String name(boolean chinese) {
        return chinese ? nameZh : nameEn;
    }

    /** The editable fields as they are now, the starting point of an edit form. */
    public ComplexInput toInput() {
        return new ComplexInput(
                nameZh,
                nameEn,
                countyCode,
                level,
                listStatus,
                industryZh,
                industryEn,
                operatingUnit,
                established,
                contactPerson,
                contactPhone,
                demo);
    }
}
