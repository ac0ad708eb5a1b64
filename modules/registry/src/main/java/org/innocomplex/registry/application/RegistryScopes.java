package org.innocomplex.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.innocomplex.access.api.Scopes;
import org.innocomplex.registry.domain.City;
import org.innocomplex.registry.domain.Complex;
import org.innocomplex.registry.domain.County;

/** The registry answering user administration's questions about counties, cities and complexes. */
@ApplicationScoped
@Transactional
public class RegistryScopes implements Scopes {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean isCounty(String code) {
        return code != null && em.find(County.class, code) != null;
    }

    @Override
    public boolean isCity(String code) {
        return code != null && em.find(City.class, code) != null;
    }

    @Override
    public boolean isProvince(String code) {
        if (code == null || !code.matches("\\d{2}0000")) {
            return false;
        }
        return em.createQuery("select count(c) from City c where c.code like :prefix", Long.class)
                        .setParameter("prefix", code.substring(0, 2) + "%")
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<String> countyOfComplex(Long complexId) {
        return Optional.ofNullable(complexId == null ? null : em.find(Complex.class, complexId))
                .map(c -> c.toView().countyCode());
    }
}
