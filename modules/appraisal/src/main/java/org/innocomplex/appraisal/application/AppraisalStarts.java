package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/** Which complexes of a cycle already have a running or finished appraisal: one query, for bulk opening. */
@ApplicationScoped
@Transactional
public class AppraisalStarts {
    @PersistenceContext
    EntityManager em;

    public Set<Long> complexesWithAppraisal(Long cycleId) {
        return new HashSet<>(em.createQuery("select a.complexId from Appraisal a where a.cycleId = :c", Long.class)
                .setParameter("c", cycleId)
                .getResultList());
    }
}
