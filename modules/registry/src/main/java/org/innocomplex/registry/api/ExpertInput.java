package org.innocomplex.registry.api;

import java.util.List;

/** The editable part of an expert; component names are the field names of refusals. */
public record ExpertInput(String name, String title, String field, String organisation, List<String> affiliations)
        implements java.io.Serializable {

    /** Trimmed; blank and repeated affiliations dropped. */
    public ExpertInput normalised() {
        List<String> aff = affiliations == null
                ? List.of()
                : affiliations.stream()
                        .map(ComplexInput::clean)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList();
        return new ExpertInput(
                ComplexInput.clean(name),
                ComplexInput.clean(title),
                ComplexInput.clean(field),
                ComplexInput.clean(organisation),
                aff);
    }
}
