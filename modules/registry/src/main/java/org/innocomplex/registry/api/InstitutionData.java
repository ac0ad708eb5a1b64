package org.innocomplex.registry.api;

/**
 * A service institution attached to a complex.
 *
 * @param partner the university or research institute it is built with (大院名校), if any
 */
public record InstitutionData(
        Long id, Long complexId, InstitutionKind kind, String name, String partner, boolean active, long version)
        implements java.io.Serializable {

    public InstitutionInput toInput() {
        return new InstitutionInput(kind, name, partner, active);
    }
}
