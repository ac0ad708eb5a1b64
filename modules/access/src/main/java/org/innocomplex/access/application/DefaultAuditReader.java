package org.innocomplex.access.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditReader;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.domain.AuditChain;
import org.innocomplex.access.domain.AuditEntry;
import org.innocomplex.access.domain.AuditHead;

/**
 * The auditor's reading and verification. The verification reads the head first, then walks the entries up to the
 * head's last id in pages of {@link #BATCH}, so appends going on meanwhile neither disturb it nor are half seen (an
 * entry and the head move commit together), in constant memory.
 */
@ApplicationScoped
@Transactional
public class DefaultAuditReader implements AuditReader {
    static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DefaultAuditTrail trail;

    static void requireAuditor(Actor actor) {
        Actor.requireRole(actor, Role.AUDITOR);
    }

    @Inject
    AuditRetention retention;

    @Override
    public int retentionDays() {
        return retention.days();
    }

    @Override
    public long count(Actor auditor, Query query) {
        requireAuditor(auditor);
        return query("select count(a) from AuditEntry a", query, "", Long.class).getSingleResult();
    }

    @Override
    public List<AuditTrail.Line> find(Actor auditor, Query query, int first, int max) {
        requireAuditor(auditor);
        return query("select a from AuditEntry a", query, " order by a.id desc", AuditEntry.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(0, Math.min(max, MAX_EXPORT)))
                .getResultStream()
                .map(AuditEntry::toLine)
                .toList();
    }

    @Override
    public List<String> actions(Actor auditor) {
        requireAuditor(auditor);
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class)
                .setMaxResults(1000)
                .getResultList();
    }

    private <T> TypedQuery<T> query(String select, Query q, String order, Class<T> type) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        condition(where, params, "a.at >= :from", "from", utc(q.from()));
        condition(where, params, "a.at < :to", "to", utc(q.to()));
        condition(where, params, "a.actor = :actor", "actor", blankToNull(q.actor()));
        condition(where, params, "a.action = :action", "action", blankToNull(q.action()));
        condition(where, params, "a.objectType = :objectType", "objectType", blankToNull(q.objectType()));
        condition(where, params, "a.objectId = :objectId", "objectId", blankToNull(q.objectId()));
        condition(
                where,
                params,
                "a.result = :result",
                "result",
                q.result() == null ? null : q.result().name());
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        params.forEach(query::setParameter);
        return query;
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(clause);
            params.put(name, value);
        }
    }

    private static LocalDateTime utc(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Verification verify(Actor auditor) {
        requireAuditor(auditor);
        long t0 = System.nanoTime();
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head != null && !head.isSet()) {
            trail.chainNow();
            em.clear();
            head = em.find(AuditHead.class, AuditHead.ID);
        }
        Long lastId = head == null ? null : head.lastId();
        String lastHash = head == null ? null : head.lastHash();
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        long after = Long.MIN_VALUE;
        long upTo = lastId == null ? Long.MAX_VALUE : lastId;
        boolean done = false;
        while (!done) {
            List<AuditEntry> page = em.createNamedQuery("AuditEntry.from", AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .getResultList();
            for (AuditEntry e : page) {
                if (e.id() > upTo) {
                    done = true;
                    break;
                }
                verifier.accept(e.link());
                after = e.id();
            }
            em.clear();
            done |= page.size() < BATCH || after >= upTo;
        }
        AuditChain.Verdict v = verifier.verdict(lastId, lastHash);
        return new Verification(v.intact(), v.entries(), v.firstBroken(), (System.nanoTime() - t0) / 1_000_000);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void exported(Actor auditor, Query q, int rows, String format) {
        requireAuditor(auditor);
        trail.record(
                auditor.username(),
                "AUDIT_EXPORTED",
                "audit",
                format,
                AuditTrail.Result.OK,
                "rows: " + rows + "\nfilter: " + q);
    }
}
