package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.innocomplex.access.api.AuditTrail;

/**
 * An audit line of a refusal whose exception rolls the caller's transaction back: written in a transaction of its
 * own, so that the refusal stays in the trail.
 */
@ApplicationScoped
public class RefusalAudit {
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        audit.record(actor, action, objectType, objectId, detail);
    }
}
