package org.innocomplex.registry.api;

/** What an administrator enters for a service institution; component names are the field names of refusals. */
public record InstitutionInput(InstitutionKind kind, String name, String partner, boolean active)
        implements java.io.Serializable {

    public InstitutionInput normalised() {
        return new InstitutionInput(kind, ComplexInput.clean(name), ComplexInput.clean(partner), active);
    }
}
