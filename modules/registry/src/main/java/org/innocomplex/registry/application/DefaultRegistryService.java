package org.innocomplex.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.ConcurrentChangeException;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.UserService;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.CityData;
import org.innocomplex.registry.api.ComplexChanged;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.ComplexFilter;
import org.innocomplex.registry.api.ComplexInput;
import org.innocomplex.registry.api.ComplexSort;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.ExpertData;
import org.innocomplex.registry.api.ExpertInput;
import org.innocomplex.registry.api.ExpertSort;
import org.innocomplex.registry.api.InstitutionData;
import org.innocomplex.registry.api.InstitutionInput;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.registry.domain.Changes;
import org.innocomplex.registry.domain.City;
import org.innocomplex.registry.domain.Complex;
import org.innocomplex.registry.domain.County;
import org.innocomplex.registry.domain.Expert;
import org.innocomplex.registry.domain.Institution;
import org.innocomplex.registry.domain.RegistryRules;

@ApplicationScoped
@Transactional
public class DefaultRegistryService implements RegistryService {
    static final int MAX_PAGE = 500;
    static final String COMPLEX = "complex";
    static final String INSTITUTION = "institution";
    static final String EXPERT = "expert";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<ComplexChanged> complexChanged;

    @Inject
    UserService users;

    /** the bureau's calendar decides what "this year" is for the founding-year rule */
    @Inject
    ZoneId zone;

    /** the installation's own city, where the pages of one city start for those who have none */
    @Inject
    @ConfigProperty(name = "innocomplex.city")
    Optional<String> configuredCity;

    // --- counties and cities

    @Override
    public ActorScope scopeOf(Actor actor) {
        return ActorScope.of(actor, this, configuredCity);
    }

    @Override
    public List<CityData> cities() {
        return em.createQuery("select c from City c order by c.code", City.class)
                .getResultStream()
                .map(City::toView)
                .toList();
    }

    @Override
    public List<CountyData> counties(String cityCode) {
        return em.createQuery("select c from County c where c.cityCode = :city order by c.sortOrder", County.class)
                .setParameter("city", cityCode)
                .getResultStream()
                .map(County::toView)
                .toList();
    }

    @Override
    public Optional<CountyData> county(String code) {
        return Optional.ofNullable(code == null ? null : em.find(County.class, code))
                .map(County::toView);
    }

    @Override
    public Optional<CityData> city(String code) {
        return Optional.ofNullable(code == null ? null : em.find(City.class, code))
                .map(City::toView);
    }

    @Override
    public Map<String, Long> activeComplexesByCounty(String cityCode) {
        return em.createQuery(
                        "select c.countyCode, count(c) from Complex c where c.cityCode = :city"
                                + " and c.active = true group by c.countyCode",
                        Object[].class)
                .setParameter("city", cityCode)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    // --- complexes: reads

    @Override
    public Optional<ComplexData> complex(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Complex.class, id))
                .map(Complex::toView);
    }

    @Override
    public List<ComplexData> complexes() {
        return em.createQuery("select c from Complex c order by c.countyCode, c.id", Complex.class)
                .getResultStream()
                .map(Complex::toView)
                .toList();
    }

    @Override
    public List<Long> activeComplexIds(String cityCode, java.util.Set<Level> levels, java.util.Set<String> counties) {
        StringBuilder jpql =
                new StringBuilder("select c.id from Complex c where c.cityCode = :city and c.active = true");
        if (!levels.isEmpty()) {
            jpql.append(" and c.level in :levels");
        }
        if (!counties.isEmpty()) {
            jpql.append(" and c.countyCode in :counties");
        }
        var q = em.createQuery(jpql.append(" order by c.id").toString(), Long.class)
                .setParameter("city", cityCode);
        if (!levels.isEmpty()) {
            q.setParameter("levels", levels);
        }
        if (!counties.isEmpty()) {
            q.setParameter("counties", counties);
        }
        return q.getResultList();
    }

    @Override
    public Map<Long, ComplexData> complexes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Complex c where c.id in :ids", Complex.class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultStream()
                .map(Complex::toView)
                .collect(Collectors.toMap(ComplexData::id, c -> c));
    }

    @Override
    public List<ComplexData> findComplexes(
            ComplexFilter filter, ComplexSort sort, boolean ascending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Complex> q = cb.createQuery(Complex.class);
        Root<Complex> c = q.from(Complex.class);
        q.where(where(cb, c, filter));
        Expression<?> key = c.get(
                switch (sort == null ? ComplexSort.NAME_ZH : sort) {
                    case NAME_ZH -> "nameZh";
                    case NAME_EN -> "nameEn";
                    case COUNTY -> "countyCode";
                    case LEVEL -> "level";
                    case LIST_STATUS -> "listStatus";
                    case ESTABLISHED -> "established";
                });
        q.orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.asc(c.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(page(max))
                .getResultStream()
                .map(Complex::toView)
                .toList();
    }

    @Override
    public long countComplexes(ComplexFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Complex> c = q.from(Complex.class);
        q.select(cb.count(c)).where(where(cb, c, filter));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, Root<Complex> c, ComplexFilter filter) {
        ComplexFilter f = filter == null ? ComplexFilter.ALL : filter;
        List<Predicate> p = new ArrayList<>();
        like(f.text())
                .ifPresent(t ->
                        p.add(cb.or(cb.like(cb.lower(c.get("nameZh")), t), cb.like(cb.lower(c.get("nameEn")), t))));
        if (f.countyCode() != null && !f.countyCode().isBlank()) {
            p.add(cb.equal(c.get("countyCode"), f.countyCode()));
        }
        if (f.level() != null) {
            p.add(cb.equal(c.get("level"), f.level()));
        }
        if (f.listStatus() != null) {
            p.add(cb.equal(c.get("listStatus"), f.listStatus()));
        }
        if (f.active() != null) {
            p.add(cb.equal(c.get("active"), f.active()));
        }
        return p.toArray(Predicate[]::new);
    }

    /**
     * A contains-pattern in which the user's own % and _ are characters to find, not wildcards. Escaped with a
     * backslash, the default escape character of LIKE in both H2 and PostgreSQL: an explicit ESCAPE clause makes
     * EclipseLink's H2 platform send the whole statement unbound, with booleans as 0/1, which H2 2 refuses.
     */
    static Optional<String> like(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return Optional.of("%" + t + "%");
    }

    private static int page(int max) {
        return Math.min(Math.max(1, max), MAX_PAGE);
    }

    // --- complexes: writes

    @Override
    public ComplexData createComplex(Actor actor, ComplexInput input) {
        requireAdmin(actor);
        ComplexInput c = input.normalised();
        County county = validate(c, null);
        Changes changes = Changes.ofCreation();
        Complex complex = new Complex(c, county.cityCode(), changes);
        em.persist(complex);
        em.flush();
        audit.record(actor.username(), "COMPLEX_CREATED", COMPLEX, complex.id().toString(), changes.text());
        return complex.toView();
    }

    @Override
    public ComplexData updateComplex(Actor actor, long id, long version, ComplexInput input) {
        requireAdmin(actor);
        Complex complex = complexAt(id, version);
        ComplexInput c = input.normalised();
        County county = validate(c, id);
        Changes changes = Changes.ofEdit();
        complex.apply(c, county.cityCode(), changes);
        if (!changes.isEmpty()) {
            flush();
            audit.record(actor.username(), "COMPLEX_UPDATED", COMPLEX, String.valueOf(id), changes.text());
            complexChanged.fire(new ComplexChanged(id));
        }
        return complex.toView();
    }

    @Override
    public ComplexData setComplexActive(Actor actor, long id, long version, boolean active) {
        requireAdmin(actor);
        Complex complex = complexAt(id, version);
        Changes changes = Changes.ofEdit();
        complex.setActive(active, changes);
        if (!changes.isEmpty()) {
            flush();
            audit.record(
                    actor.username(),
                    active ? "COMPLEX_REACTIVATED" : "COMPLEX_RETIRED",
                    COMPLEX,
                    String.valueOf(id),
                    changes.text());
        }
        return complex.toView();
    }

    /** @return the county the complex is in, once every rule passed */
    private County validate(ComplexInput c, Long id) {
        County county = c.countyCode() == null ? null : em.find(County.class, c.countyCode());
        boolean nameTaken = c.nameZh() != null
                && !em.createQuery("select c.id from Complex c where c.nameZh = :name", Long.class)
                        .setParameter("name", c.nameZh())
                        .getResultStream()
                        .filter(other -> !other.equals(id))
                        .toList()
                        .isEmpty();
        ValidationException.throwIfAny(RegistryRules.complex(
                c, code -> county != null, nameTaken, Year.now(zone).getValue()));
        return county;
    }

    private Complex complexAt(long id, long version) {
        Complex complex = em.find(Complex.class, id);
        if (complex == null) {
            throw new DomainException("registry.error.unknownComplex", String.valueOf(id));
        }
        stale(complex.version(), version);
        return complex;
    }

    // --- institutions

    @Override
    public List<InstitutionData> institutions(long complexId) {
        return em.createQuery("select i from Institution i where i.complexId = :c", Institution.class)
                .setParameter("c", complexId)
                .getResultStream()
                .map(Institution::toView)
                .sorted(Comparator.comparing((InstitutionData i) -> !i.active())
                        .thenComparing(InstitutionData::kind)
                        .thenComparing(InstitutionData::name))
                .toList();
    }

    @Override
    public InstitutionData createInstitution(Actor actor, long complexId, InstitutionInput input) {
        requireAdmin(actor);
        if (em.find(Complex.class, complexId) == null) {
            throw new DomainException("registry.error.unknownComplex", String.valueOf(complexId));
        }
        InstitutionInput i = input.normalised();
        ValidationException.throwIfAny(RegistryRules.institution(i));
        Changes changes = Changes.ofCreation();
        Institution institution = new Institution(complexId, i, changes);
        em.persist(institution);
        em.flush();
        audit.record(
                actor.username(),
                "INSTITUTION_ADDED",
                INSTITUTION,
                institution.id().toString(),
                "complexId: " + complexId + "\n" + changes.text());
        return institution.toView();
    }

    @Override
    public InstitutionData updateInstitution(Actor actor, long id, long version, InstitutionInput input) {
        requireAdmin(actor);
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new DomainException("registry.error.unknownInstitution", String.valueOf(id));
        }
        stale(institution.version(), version);
        InstitutionInput i = input.normalised();
        ValidationException.throwIfAny(RegistryRules.institution(i));
        Changes changes = Changes.ofEdit();
        institution.apply(i, changes);
        if (!changes.isEmpty()) {
            flush();
            audit.record(actor.username(), "INSTITUTION_UPDATED", INSTITUTION, String.valueOf(id), changes.text());
        }
        return institution.toView();
    }

    @Override
    public List<AuditTrail.Entry> complexHistory(long complexId) {
        List<AuditTrail.Entry> all = new ArrayList<>(audit.of(COMPLEX, String.valueOf(complexId)));
        for (InstitutionData i : institutions(complexId)) {
            all.addAll(audit.of(INSTITUTION, String.valueOf(i.id())));
        }
        all.sort(Comparator.comparing(AuditTrail.Entry::at));
        return all;
    }

    // --- experts

    @Override
    public Optional<ExpertData> expert(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Expert.class, id))
                .map(Expert::toView);
    }

    @Override
    public Optional<ExpertData> expertByUsername(String username) {
        return em.createQuery("select e from Expert e where e.username = :u", Expert.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(Expert::toView);
    }

    @Override
    public List<ExpertData> experts() {
        return em.createQuery("select e from Expert e order by e.name", Expert.class)
                .getResultStream()
                .map(Expert::toView)
                .toList();
    }

    @Override
    public List<ExpertData> findExperts(
            Actor actor, String text, ExpertSort sort, boolean ascending, int first, int max) {
        requireRosterReader(actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Expert> q = cb.createQuery(Expert.class);
        Root<Expert> e = q.from(Expert.class);
        q.where(expertWhere(cb, e, text));
        Expression<?> key = e.get(
                switch (sort == null ? ExpertSort.NAME : sort) {
                    case NAME -> "name";
                    case FIELD -> "field";
                    case ORGANISATION -> "organisation";
                });
        q.orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.asc(e.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(page(max))
                .getResultStream()
                .map(Expert::toView)
                .toList();
    }

    @Override
    public long countExperts(Actor actor, String text) {
        requireRosterReader(actor);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Expert> e = q.from(Expert.class);
        q.select(cb.count(e)).where(expertWhere(cb, e, text));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] expertWhere(CriteriaBuilder cb, Root<Expert> e, String text) {
        return like(text)
                .map(t -> new Predicate[] {
                    cb.or(
                            cb.like(cb.lower(e.get("name")), t),
                            cb.like(cb.lower(e.get("field")), t),
                            cb.like(cb.lower(e.get("organisation")), t))
                })
                .orElse(new Predicate[0]);
    }

    @Override
    public ExpertData createExpert(Actor actor, String username, ExpertInput input) {
        requireAdmin(actor);
        ExpertInput e = input.normalised();
        List<Violation> v = new ArrayList<>();
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (login.isEmpty()) {
            v.add(new Violation("username", "registry.error.required"));
        } else if (users.find(login).filter(u -> u.is(Role.EXPERT)).isEmpty()) {
            // the roster entry is what review tasks are assigned by: it must name an expert's login
            v.add(new Violation("username", "registry.error.expertUserUnknown", login));
        } else if (expertByUsername(login).isPresent()) {
            v.add(new Violation("username", "registry.error.expertExists", login));
        }
        v.addAll(RegistryRules.expert(e));
        ValidationException.throwIfAny(v);
        Changes changes = Changes.ofCreation();
        Expert expert = new Expert(login, e, changes);
        em.persist(expert);
        em.flush();
        ExpertData view = expert.toView();
        audit.record(
                actor.username(),
                "EXPERT_CREATED",
                EXPERT,
                view.id().toString(),
                "username: " + login + "\n" + changes.text());
        return view;
    }

    @Override
    public ExpertData updateExpert(Actor actor, long id, long version, ExpertInput input) {
        requireAdmin(actor);
        Expert expert = em.find(Expert.class, id);
        if (expert == null) {
            throw new DomainException("registry.error.unknownExpert", String.valueOf(id));
        }
        stale(expert.version(), version);
        ExpertInput e = input.normalised();
        ValidationException.throwIfAny(RegistryRules.expert(e));
        Changes changes = Changes.ofEdit();
        expert.apply(e, changes);
        if (!changes.isEmpty()) {
            flush();
            audit.record(actor.username(), "EXPERT_UPDATED", EXPERT, String.valueOf(id), changes.text());
        }
        return expert.toView();
    }

    // --- shared

    /** the roster names the people who appraise the complexes: not for the complexes' own operators, nor experts */
    private static void requireRosterReader(Actor actor) {
        if (actor == null || !RegistryService.mayReadRoster(actor)) {
            throw new NotAuthorizedException("registry.error.rosterOfficialsOnly");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new NotAuthorizedException("registry.error.adminOnly");
        }
    }

    /** The version the user loaded must still be the stored one: otherwise they would overwrite a change unseen. */
    private static void stale(long stored, long loaded) {
        if (stored != loaded) {
            throw new ConcurrentChangeException("registry.error.changedByOthers");
        }
    }

    /**
     * Writes now rather than at commit, so that a concurrent commit between our check and our write surfaces here,
     * as the same refusal, instead of as a rollback exception outside the service.
     */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("registry.error.changedByOthers");
        }
    }
}
