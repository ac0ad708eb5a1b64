package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.domain.AuditEntry;

/**
 * Joins the caller's transaction: an audited change and its audit line commit or roll back together. Refusals that
 * can be repeated at will are counted by {@link RefusalWindows}.
 */
@ApplicationScoped
@Transactional
public class DefaultAuditTrail implements AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RefusalWindows windows;

    @Override
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        em.persist(new AuditEntry(actor, action, objectType, objectId, detail));
    }

    @Override
    public void refusal(String actor, String action, String objectType, String objectId, String detail) {
        if (windows.count(actor, action, objectType, objectId, detail)) {
            record(actor, action, objectType, objectId, detail);
        }
    }

    @Override
    public List<Entry> of(String objectType, String objectId) {
        return em.createNamedQuery("AuditEntry.of", AuditEntry.class)
                .setParameter("type", objectType)
                .setParameter("id", objectId)
                .getResultStream()
                .map(AuditEntry::toEntry)
                .toList();
    }
}
