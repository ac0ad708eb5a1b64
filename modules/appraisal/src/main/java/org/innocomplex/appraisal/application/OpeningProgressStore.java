package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.innocomplex.appraisal.api.OpeningProgress;

/**
 * The openings' progress in {@code apr_opening_progress}, each write committed at once (the chunks commit on their
 * own, so the progress must too), so that every node reads the same. Two workers of one opening report out of
 * order; the counts only grow within a run.
 */
@ApplicationScoped
public class OpeningProgressStore {
    /**
     * An unfinished opening not updated for this long was left by a node that died or stopped: a chunk of
     * {@link DefaultCycleOpeningService#CHUNK} complexes takes seconds, so this is many chunks' time.
     */
    static final Duration STALE = Duration.ofMinutes(3);

    static final String INTERRUPTED = "appraisal.opening.failed";

    @PersistenceContext
    EntityManager em;

    /**
     * Claims the opening for a new run unless one is running (on any node): two users pressing "open" on two nodes
     * at once start one run; the loser's insert fails on the key and the caller reads the winner's progress.
     *
     * @return whether this caller may run it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(OpeningProgress p) {
        em.createNativeQuery("DELETE FROM apr_opening_progress WHERE cycle_id = ?1 AND (finished = TRUE OR"
                        + " updated_at < ?2)")
                .setParameter(1, p.cycleId())
                .setParameter(2, Timestamp.from(Instant.now().minus(STALE)))
                .executeUpdate();
        if (exists(p.cycleId())) {
            return false;
        }
        insert(p);
        return true;
    }

    /** a run's first report replaces what an earlier run left */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(OpeningProgress p) {
        em.createNativeQuery("DELETE FROM apr_opening_progress WHERE cycle_id = ?1")
                .setParameter(1, p.cycleId())
                .executeUpdate();
        insert(p);
    }

    private void insert(OpeningProgress p) {
        bound(
                        em.createNativeQuery(
                                "INSERT INTO apr_opening_progress (cycle_id, total, done, started, finished,"
                                        + " error_key, millis, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                        p)
                .executeUpdate();
    }

    /** a later report of the same run; a worker that reports late never takes a count back */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(OpeningProgress p) {
        int n = bound(
                        em.createNativeQuery("UPDATE apr_opening_progress SET total = ?2, done = GREATEST(done, ?3),"
                                + " started = GREATEST(started, ?4), finished = ?5, error_key = ?6, millis = ?7,"
                                + " updated_at = ?8 WHERE cycle_id = ?1"),
                        p)
                .executeUpdate();
        if (n == 0 && !exists(p.cycleId())) {
            insert(p);
        }
    }

    /** the row's eight columns in the order both statements number them, the time of the report last */
    private static jakarta.persistence.Query bound(jakarta.persistence.Query q, OpeningProgress p) {
        return q.setParameter(1, p.cycleId())
                .setParameter(2, p.total())
                .setParameter(3, p.done())
                .setParameter(4, p.started())
                .setParameter(5, p.finished())
                .setParameter(6, p.errorKey())
                .setParameter(7, p.millis())
                .setParameter(8, Timestamp.from(Instant.now()));
    }

    private boolean exists(Long cycleId) {
        return !em.createNativeQuery("SELECT 1 FROM apr_opening_progress WHERE cycle_id = ?1")
                .setParameter(1, cycleId)
                .getResultList()
                .isEmpty();
    }

    /**
     * The opening's progress as last reported by whichever node runs it; an unfinished one that stopped reporting
     * {@link #STALE} ago reads as stopped (so it can be opened again).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OpeningProgress> find(Long cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT total, done, started, finished, error_key, millis,"
                        + " updated_at FROM apr_opening_progress WHERE cycle_id = ?1")
                .setParameter(1, cycleId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        boolean finished = Boolean.TRUE.equals(r[3]) || Integer.valueOf(1).equals(r[3]);
        String error = (String) r[4];
        Instant updated = r[6] instanceof java.time.LocalDateTime t
                ? Timestamp.valueOf(t).toInstant()
                : ((java.util.Date) r[6]).toInstant();
        if (!finished && updated.isBefore(Instant.now().minus(STALE))) {
            finished = true;
            error = INTERRUPTED;
        }
        return Optional.of(new OpeningProgress(
                cycleId,
                ((Number) r[0]).intValue(),
                ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue(),
                finished,
                error,
                ((Number) r[5]).longValue()));
    }
}
