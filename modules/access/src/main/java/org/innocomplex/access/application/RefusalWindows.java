package org.innocomplex.access.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innocomplex.access.api.AuditTrail;

/**
 * Refusals that anyone may repeat at will without any credential (a wrong API token, a call with none, a foreign
 * {@code Origin}), counted rather than written one by one: the first of each kind (same action, object and detail)
 * is written at once, its repetitions within the next {@link #WINDOW_MS} are counted in this node's memory and
 * written as one line ({@code repeated: N more times}) when the minute ends. So a flood of 450 wrong tokens a second
 * costs one audit line a minute, not 450 inserts (and commits) a second, and every refusal is still accounted for.
 * Only counts live here, and each node writes its own; a node that dies loses at most a minute's count. When more
 * than {@link #MAX_OPEN} kinds are open at once (a flood from very many addresses), refusals are written one by one
 * again.
 */
@ApplicationScoped
public class RefusalWindows {
    private static final Logger LOG = Logger.getLogger(RefusalWindows.class.getName());
    static final long WINDOW_MS = 60_000;
    static final int MAX_OPEN = 10_000;

    record Kind(String actor, String source, String action, String type, String id, String detail) {}

    static final class Window {
        final long start;
        final long end;
        final AtomicInteger more = new AtomicInteger();

        Window(long start) {
            this.start = start;
            this.end = start + WINDOW_MS;
        }
    }

    @Inject
    AuditTrail audit;

    @Resource
    ManagedScheduledExecutorService scheduler;

    LongSupplier clock = System::currentTimeMillis;
    private final Map<Kind, Window> open = new ConcurrentHashMap<>();
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        if (scheduler != null) {
            flushing = scheduler.scheduleWithFixedDelay(
                    this::flushSafely, WINDOW_MS / 2, WINDOW_MS / 2, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
    }

    /**
     * Counts a refusal.
     *
     * @return whether the caller writes it now (the first of its kind in a minute); if so, any count of the window
     * before it has just been written
     */
    boolean count(String actor, String action, String type, String id, String detail) {
        return count(actor, null, action, type, id, detail);
    }

    /** the same, per source address too: the trail says where the refusals came from */
    boolean count(String actor, String source, String action, String type, String id, String detail) {
        long now = clock.getAsLong();
        Kind kind = new Kind(actor, source, action, type, id, detail);
        Window current = open.get(kind);
        if (current != null && now < current.end) {
            current.more.incrementAndGet();
            return false;
        }
        if (current == null && open.size() >= MAX_OPEN) {
            flush(now);
            if (open.size() >= MAX_OPEN) {
                return true;
            }
        }
        Window[] closed = new Window[1];
        boolean[] opened = new boolean[1];
        open.compute(kind, (k, w) -> {
            if (w != null && now < w.end) {
                w.more.incrementAndGet();
                return w;
            }
            closed[0] = w;
            opened[0] = true;
            return new Window(now);
        });
        if (closed[0] != null) {
            summarise(kind, closed[0]);
        }
        return opened[0];
    }

    /** Writes the counts of the windows that have ended. */
    void flush(long now) {
        for (Map.Entry<Kind, Window> e : open.entrySet()) {
            if (now >= e.getValue().end && open.remove(e.getKey(), e.getValue())) {
                summarise(e.getKey(), e.getValue());
            }
        }
    }

    private void flushSafely() {
        try {
            flush(clock.getAsLong());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "writing the counts of repeated refusals failed", e);
        }
    }

    private void summarise(Kind k, Window w) {
        int more = w.more.get();
        if (more > 0) {
            audit.record(new AuditTrail.Event(
                    k.actor(),
                    k.source(),
                    k.action(),
                    k.type(),
                    k.id(),
                    AuditTrail.Result.REFUSED,
                    (k.detail() == null ? "" : k.detail() + "\n")
                            + "repeated: " + more + " more times from " + Instant.ofEpochMilli(w.start) + " to "
                            + Instant.ofEpochMilli(Math.min(w.end, clock.getAsLong()))));
        }
    }

    /** for a test: the windows open now */
    int openCount() {
        return open.size();
    }
}
