package org.innocomplex.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.CityView;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.CountyView;
import org.innocomplex.registry.api.ExpertView;
import org.innocomplex.registry.api.NewComplex;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.registry.domain.City;
import org.innocomplex.registry.domain.Complex;
import org.innocomplex.registry.domain.County;
import org.innocomplex.registry.domain.Expert;

@ApplicationScoped
@Transactional
public class DefaultRegistryService implements RegistryService {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CountyView> counties(String cityCode) {
        return em.createQuery("select c from County c where c.cityCode = :city order by c.sortOrder", County.class)
                .setParameter("city", cityCode).getResultStream().map(County::toView).toList();
    }

    @Override
    public Optional<CountyView> county(String code) {
        return Optional.ofNullable(code == null ? null : em.find(County.class, code)).map(County::toView);
    }

    @Override
    public Optional<CityView> city(String code) {
        return Optional.ofNullable(code == null ? null : em.find(City.class, code)).map(City::toView);
    }

    @Override
    public Optional<ComplexView> complex(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Complex.class, id)).map(Complex::toView);
    }

    @Override
    public List<ComplexView> complexes() {
        return em.createQuery("select c from Complex c order by c.countyCode, c.id", Complex.class)
                .getResultStream().map(Complex::toView).toList();
    }

    @Override
    public List<Long> activeComplexIds(String cityCode, java.util.Set<org.innocomplex.registry.api.Level> levels,
                                       java.util.Set<String> counties) {
        StringBuilder jpql = new StringBuilder(
                "select c.id from Complex c where c.cityCode = :city and c.active = true");
        if (!levels.isEmpty()) {
            jpql.append(" and c.level in :levels");
        }
        if (!counties.isEmpty()) {
            jpql.append(" and c.countyCode in :counties");
        }
        var q = em.createQuery(jpql.append(" order by c.id").toString(), Long.class).setParameter("city", cityCode);
        if (!levels.isEmpty()) {
            q.setParameter("levels", levels);
        }
        if (!counties.isEmpty()) {
            q.setParameter("counties", counties);
        }
        return q.getResultList();
    }

    @Override
    public java.util.Map<Long, ComplexView> complexes(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select c from Complex c where c.id in :ids", Complex.class)
                .setParameter("ids", new java.util.HashSet<>(ids)).getResultStream().map(Complex::toView)
                .collect(java.util.stream.Collectors.toMap(ComplexView::id, c -> c));
    }

    @Override
    public ComplexView createComplex(NewComplex c) {
        if (c.nameZh() == null || c.nameZh().isBlank() || c.nameEn() == null || c.nameEn().isBlank()) {
            throw new DomainException("registry.error.nameRequired");
        }
        County county = c.countyCode() == null ? null : em.find(County.class, c.countyCode());
        if (county == null) {
            throw new DomainException("registry.error.unknownCounty", String.valueOf(c.countyCode()));
        }
        Complex complex = new Complex(c, county.cityCode());
        em.persist(complex);
        em.flush();
        return complex.toView();
    }

    @Override
    public Optional<ExpertView> expertByUsername(String username) {
        return em.createQuery("select e from Expert e where e.username = :u", Expert.class)
                .setParameter("u", username).getResultStream().findFirst().map(Expert::toView);
    }

    @Override
    public List<ExpertView> experts() {
        return em.createQuery("select e from Expert e order by e.name", Expert.class)
                .getResultStream().map(Expert::toView).toList();
    }

    @Override
    public ExpertView createExpert(String username, String name, String title, String field, String organisation,
                                   List<String> affiliations) {
        if (expertByUsername(username).isPresent()) {
            throw new DomainException("registry.error.expertExists", username);
        }
        Expert e = new Expert(username, name, title, field, organisation, affiliations);
        em.persist(e);
        em.flush();
        return e.toView();
    }
}
