package org.innocomplex.registry.api;

import java.util.List;
import java.util.Optional;

/** The registry. Reads need no particular role; writes are checked by the caller's page or resource. */
public interface RegistryService {

    List<CountyView> counties(String cityCode);

    Optional<CountyView> county(String code);

    Optional<CityView> city(String code);

    Optional<ComplexView> complex(Long id);

    List<ComplexView> complexes();

    /**
     * Ids of the active complexes of a city within a scope, for opening an appraisal cycle.
     *
     * @param levels   empty for every level
     * @param counties empty for every county of the city
     */
    List<Long> activeComplexIds(String cityCode, java.util.Set<Level> levels, java.util.Set<String> counties);

    /** Complexes by id, for lists; unknown ids are absent from the map. */
    java.util.Map<Long, ComplexView> complexes(java.util.Collection<Long> ids);

    /** @throws org.innocomplex.access.api.DomainException for an unknown county or a missing name */
    ComplexView createComplex(NewComplex complex);

    Optional<ExpertView> expertByUsername(String username);

    List<ExpertView> experts();

    ExpertView createExpert(String username, String name, String title, String field, String organisation,
                            List<String> affiliations);
}
