package org.innocomplex.registry.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.Role;

/**
 * The registry: counties, complexes, their service institutions, and the expert roster.
 *
 * <p>Reads need no particular role, except the expert roster's ({@link #mayReadRoster}). Every write takes the acting user and is the administrator's: others are
 * refused with {@link org.innocomplex.access.api.NotAuthorizedException} ({@code registry.error.adminOnly}) whatever
 * the page showed. Writes are validated field by field ({@link org.innocomplex.access.api.ValidationException}),
 * name the version they were made on ({@link org.innocomplex.access.api.ConcurrentChangeException},
 * {@code registry.error.changedByOthers}, when someone saved in between), and record who changed what in the
 * {@link AuditTrail} in the same transaction.
 */
public interface RegistryService extends ActorScope.Places {

    @Override
    List<CityData> cities();

    @Override
    List<CountyData> counties(String cityCode);

    @Override
    Optional<CountyData> county(String code);

    /** What the actor covers, with the configured {@code innocomplex.city} as the default city of those with none. */
    ActorScope scopeOf(Actor actor);

    Optional<CityData> city(String code);

    /** Active complexes per county code of a city; counties without any are absent. */
    Map<String, Long> activeComplexesByCounty(String cityCode);

    Optional<ComplexData> complex(Long id);

    List<ComplexData> complexes();

    /**
     * Ids of the active complexes of a city within a scope, for opening an appraisal cycle.
     *
     * @param levels   empty for every level
     * @param counties empty for every county of the city
     */
    List<Long> activeComplexIds(String cityCode, java.util.Set<Level> levels, java.util.Set<String> counties);

    /** Complexes by id, for lists; unknown ids are absent from the map. */
    Map<Long, ComplexData> complexes(Collection<Long> ids);

    /**
     * One page of the complexes matching {@code filter}, in the order asked; ties are broken by id so pages neither
     * repeat nor skip a complex.
     *
     * @param max at most 500
     */
    List<ComplexData> findComplexes(ComplexFilter filter, ComplexSort sort, boolean ascending, int first, int max);

    long countComplexes(ComplexFilter filter);

    ComplexData createComplex(Actor actor, ComplexInput complex);

    ComplexData updateComplex(Actor actor, long id, long version, ComplexInput complex);

    /** Retires ({@code active = false}) or re-activates a complex; its history and reports stay. */
    ComplexData setComplexActive(Actor actor, long id, long version, boolean active);

    /** The complex's institutions, active ones first, then by kind and name. */
    List<InstitutionData> institutions(long complexId);

    InstitutionData createInstitution(Actor actor, long complexId, InstitutionInput institution);

    InstitutionData updateInstitution(Actor actor, long id, long version, InstitutionInput institution);

    /** Who changed what and when: the complex's own audit trail and its institutions', oldest first. */
    List<AuditTrail.Entry> complexHistory(long complexId);

    /**
     * Who may read the expert roster (names, logins, organisations, declared affiliations): the officials of every
     * level and the administrators. The operators are appraised by these experts, so the roster is not theirs to
     * read; an expert has no use for the others'.
     */
    static boolean mayReadRoster(Actor actor) {
        return actor.is(Role.ADMIN) || actor.role().isOfficial();
    }

    /**
     * One roster entry, for the modules' own checks (assignment, conflict of interest) and for pages that have
     * already asked {@link #mayReadRoster}; what a user browses goes through {@link #findExperts}.
     */
    Optional<ExpertData> expert(Long id);

    /** as {@link #expert(Long)}, by login */
    Optional<ExpertData> expertByUsername(String username);

    /** the whole roster, for the appraisal's assignment and conflict-of-interest checks; not for showing */
    List<ExpertData> experts();

    /**
     * One page of the roster for a user to read.
     *
     * @param text part of the name, field or organisation, case-insensitive; null for all
     * @throws org.innocomplex.access.api.NotAuthorizedException {@code registry.error.rosterOfficialsOnly} unless
     *                                                           {@link #mayReadRoster}
     */
    List<ExpertData> findExperts(Actor actor, String text, ExpertSort sort, boolean ascending, int first, int max);

    /** @throws org.innocomplex.access.api.NotAuthorizedException as {@link #findExperts} */
    long countExperts(Actor actor, String text);

    /** @param username the login of an existing user with the role EXPERT, not yet on the roster */
    ExpertData createExpert(Actor actor, String username, ExpertInput expert);

    ExpertData updateExpert(Actor actor, long id, long version, ExpertInput expert);
}
