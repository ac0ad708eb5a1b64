package org.innocomplex.access.api;

import java.util.Optional;

/**
 * What user administration needs to know about the places users are scoped to. Access may not depend on the
 * registry (the registry depends on access), so the registry implements this and access asks through it.
 */
public interface Scopes {

    boolean isCounty(String code);

    boolean isCity(String code);

    /** A province is known by its cities: code {@code NN0000} with a city {@code NNxxxx} in the registry. */
    boolean isProvince(String code);

    /** @return the county of a complex, empty when there is no such complex */
    Optional<String> countyOfComplex(Long complexId);
}
