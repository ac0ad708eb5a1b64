package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.domain.AuditChain;
import org.innocomplex.access.domain.AuditEntry;
import org.innocomplex.access.domain.AuditHead;

/**
 * Joins the caller's transaction: an audited change and its audit line commit or roll back together. Each append
 * locks the head row ({@code acc_audit_head}, {@code SELECT ... FOR UPDATE}) until the caller's transaction ends, takes
 * the next id and the previous hash from it, inserts the entry chained to that hash and moves the head on; so appends
 * of all nodes and threads are serialised into one chain, in id order. Refusals that can be repeated at will are
 * counted by {@link RefusalWindows}.
 *
 * <p>Lock order: the head is locked when the entry is appended and held until the transaction ends, so a transaction
 * should audit after it has taken its row locks (as {@link LoginFailureStore} does); one that audits first and then
 * waits for a row another transaction holds while that one waits to audit deadlocks with it, and the database aborts
 * one of them.
 *
 * <p>The entries written before the chain existed (before migration V5) are chained, in id order, by the first
 * append or verification that finds the head unset, under the same lock: once, whichever node comes first.
 */
@ApplicationScoped
@Transactional
public class DefaultAuditTrail implements AuditTrail {
    private static final Logger LOG = Logger.getLogger(DefaultAuditTrail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RefusalWindows windows;

    @Inject
    RequestAuditSource requestSource;

    @Override
    public void record(String actor, String action, String objectType, String objectId, String detail) {
        record(new Event(actor, null, action, objectType, objectId, null, detail));
    }

    @Override
    public void record(String actor, String action, String objectType, String objectId, Result result, String detail) {
        record(new Event(actor, null, action, objectType, objectId, result, detail));
    }

    @Override
    public void record(Event e) {
        AuditHead head = lockedHead();
        Result result = e.result() != null ? e.result() : Result.of(e.action());
        String source = e.source() != null ? e.source() : currentSource();
        AuditEntry entry = new AuditEntry(
                head.nextId(),
                e.actor(),
                source,
                e.action(),
                e.objectType(),
                e.objectId(),
                result.name(),
                e.detail(),
                head.lastHash());
        em.persist(entry);
        head.moveTo(entry.id(), entry.entryHash());
    }

    @Override
    public void refusal(String actor, String action, String objectType, String objectId, String detail) {
        String source = currentSource();
        if (windows.count(actor, source, action, objectType, objectId, detail)) {
            record(new Event(actor, source, action, objectType, objectId, Result.REFUSED, detail));
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

    /** Chains the entries written before the chain existed, if that is still to do, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void chainNow() {
        lockedHead();
    }

    /** the head, locked until the transaction ends; set (earlier entries chained) */
    AuditHead lockedHead() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("acc_audit_head has no row: migration V5 of the access module missing?");
        }
        if (!head.isSet()) {
            chainEarlier(head);
        }
        return head;
    }

    /** Chains the entries written before the chain existed, in id order (once: the head is set afterwards). */
    private void chainEarlier(AuditHead head) {
        String prev = AuditChain.GENESIS;
        long last = 0;
        int n = 0;
        for (AuditEntry a :
                em.createNamedQuery("AuditEntry.unchained", AuditEntry.class).getResultList()) {
            a.chainAfter(prev, Result.of(a.link().action()).name());
            prev = a.entryHash();
            last = a.id();
            n++;
        }
        head.moveTo(last, prev);
        int count = n;
        LOG.info(() -> "audit trail: " + count + " earlier entries chained");
    }

    private String currentSource() {
        try {
            return requestSource.address();
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
