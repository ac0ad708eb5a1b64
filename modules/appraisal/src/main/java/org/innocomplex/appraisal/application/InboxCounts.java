package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The inbox's running counts ({@code apr_inbox_count}): open tasks per audience and step, tasks completed per user.
 * A change inserts a delta row in the caller's transaction and locks nothing; a read sums the rows of its keys and,
 * when an audience has gathered many rows, folds them into one per key in a transaction of its own.
 */
@ApplicationScoped
public class InboxCounts {
    private static final Logger LOG = Logger.getLogger(InboxCounts.class.getName());
    static final String OPEN = "O";
    static final String HANDLED = "H";
    static final String NO_STEP = "-";
    /** rows of one audience beyond which a read folds them */
    static final int FOLD_AT = 64;

    @PersistenceContext
    EntityManager em;

    /** the caller's transaction: an open task moved from one (audience, step) to another, or appeared or went */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveOpen(String fromAudience, String fromStep, String toAudience, String toStep) {
        if (fromAudience != null && fromAudience.equals(toAudience) && fromStep.equals(toStep)) {
            return;
        }
        if (fromAudience != null) {
            insert(OPEN, fromAudience, fromStep, -1);
        }
        if (toAudience != null) {
            insert(OPEN, toAudience, toStep, 1);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handled(String username) {
        insert(HANDLED, username, NO_STEP, 1);
    }

    private void insert(String kind, String audience, String step, long n) {
        em.createNativeQuery("INSERT INTO apr_inbox_count (kind, audience, step_key, n) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, kind)
                .setParameter(2, audience)
                .setParameter(3, step)
                .setParameter(4, n)
                .executeUpdate();
    }

    /** open tasks per step over the audiences, steps with none left out, in step order */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> openByStep(Collection<String> audiences) {
        Map<String, Long> byStep = new TreeMap<>();
        perAudience(OPEN, audiences).values().forEach(m -> m.forEach((step, n) -> byStep.merge(step, n, Long::sum)));
        byStep.values().removeIf(n -> n == 0);
        return byStep;
    }

    /** the audiences among these that have an open task */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> live(Collection<String> audiences) {
        Map<String, Map<String, Long>> rows = perAudience(OPEN, audiences);
        return audiences.stream()
                .filter(a -> rows.getOrDefault(a, Map.of()).values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        > 0)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long handledBy(String username) {
        return perAudience(HANDLED, List.of(username))
                .getOrDefault(username, Map.of())
                .getOrDefault(NO_STEP, 0L);
    }

    private Map<String, Map<String, Long>> perAudience(String kind, Collection<String> audiences) {
        Map<String, Map<String, Long>> sums = new HashMap<>();
        if (audiences.isEmpty()) {
            return sums;
        }
        Map<String, Integer> rows = new HashMap<>();
        var q = em.createNativeQuery("SELECT audience, step_key, SUM(n), COUNT(*) FROM apr_inbox_count "
                        + "WHERE kind = ?1 AND audience IN (" + placeholders(audiences.size(), 2) + ") "
                        + "GROUP BY audience, step_key")
                .setParameter(1, kind);
        int i = 2;
        for (String a : audiences) {
            q.setParameter(i++, a);
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            String audience = (String) r[0];
            sums.computeIfAbsent(audience, k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue());
            rows.merge(audience, ((Number) r[3]).intValue(), Integer::sum);
        }
        rows.forEach((audience, n) -> {
            if (n > FOLD_AT) {
                fold(kind, audience);
            }
        });
        return sums;
    }

    static String placeholders(int n, int from) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add("?" + (from + i));
        }
        return String.join(", ", p);
    }

    @jakarta.inject.Inject
    InboxCountFolder folder;

    private void fold(String kind, String audience) {
        try {
            folder.fold(kind, audience);
        } catch (RuntimeException e) {
            // another node or request folded the same rows first: theirs stands, and nothing was lost
            LOG.log(Level.FINE, "inbox counts of " + audience + " not folded", e);
        }
    }

    /** Counts everything again from the work items; for rows written around the application. */
    @Transactional
    public void recount() {
        em.createNativeQuery("DELETE FROM apr_inbox_count").executeUpdate();
        em.createNativeQuery("INSERT INTO apr_inbox_count (kind, audience, step_key, n) SELECT 'O', audience, "
                        + "step_key, COUNT(*) FROM apr_work_item WHERE status = 'OPEN' GROUP BY audience, step_key")
                .executeUpdate();
        em.createNativeQuery("INSERT INTO apr_inbox_count (kind, audience, step_key, n) SELECT 'H', completed_by, "
                        + "'-', COUNT(*) FROM apr_work_item WHERE completed_by IS NOT NULL GROUP BY completed_by")
                .executeUpdate();
    }
}
