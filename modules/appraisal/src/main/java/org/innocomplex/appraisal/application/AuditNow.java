package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.innocomplex.access.api.AuditTrail;

/**
 * An audit line that commits on its own: for attempts that are refused or fail, whose own transaction may roll
 * back (a refused deploy still leaves its line).
 */
@ApplicationScoped
public class AuditNow {
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        audit.record(actor, action, objectType, objectId, detail);
    }
}
