package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds an audience's delta rows into one per key, in a transaction of its own: exactly the rows it read are
 * deleted (a second folder of the same rows deletes fewer and rolls back), rows written meanwhile stay as they are.
 */
@ApplicationScoped
public class InboxCountFolder {
    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fold(String kind, String audience) {
        List<Long> ids = new ArrayList<>();
        Map<String, Long> sums = new TreeMap<>();
        for (Object row : em.createNativeQuery(
                        "SELECT id, step_key, n FROM apr_inbox_count WHERE kind = ?1 " + "AND audience = ?2")
                .setParameter(1, kind)
                .setParameter(2, audience)
                .getResultList()) {
            Object[] r = (Object[]) row;
            ids.add(((Number) r[0]).longValue());
            sums.merge((String) r[1], ((Number) r[2]).longValue(), Long::sum);
        }
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            deleted += delete(chunk);
        }
        if (deleted != ids.size()) {
            throw new IllegalStateException("folded by someone else meanwhile");
        }
        sums.forEach((step, n) -> {
            if (n != 0) {
                em.createNativeQuery("INSERT INTO apr_inbox_count (kind, audience, step_key, n) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, kind)
                        .setParameter(2, audience)
                        .setParameter(3, step)
                        .setParameter(4, n)
                        .executeUpdate();
            }
        });
    }

    private int delete(List<Long> chunk) {
        var q = em.createNativeQuery(
                "DELETE FROM apr_inbox_count WHERE id IN (" + InboxCounts.placeholders(chunk.size(), 1) + ")");
        for (int i = 0; i < chunk.size(); i++) {
            q.setParameter(i + 1, chunk.get(i));
        }
        return q.executeUpdate();
    }
}
