package org.innocomplex.appraisal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.appraisal.api.CycleOpeningService;
import org.innocomplex.appraisal.api.OpeningProgress;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;

/**
 * Opens a cycle in chunks, each chunk its own transaction ({@link OpeningChunk}): a failure stops the run but keeps
 * what earlier chunks created, and the next opening picks up from there. Progress is kept in the database
 * ({@link OpeningProgressStore}), so a user on another node than the opening's sees it; the data itself is the truth
 * (a complex with a report and an appraisal is done).
 */
@ApplicationScoped
public class DefaultCycleOpeningService implements CycleOpeningService {
    private static final Logger LOG = Logger.getLogger(DefaultCycleOpeningService.class.getName());
    static final int CHUNK = 100;

    @Inject
    CycleService cycles;

    @Inject
    RegistryService registry;

    @Inject
    AppraisalStarts starts;

    @Inject
    OpeningChunk chunks;

    @Resource
    ManagedExecutorService executor;

    @Inject
    OpeningProgressStore progress;

    @Override
    public OpeningProgress start(
            Long cycleId, Set<org.innocomplex.registry.api.Level> levels, Set<String> counties, Actor actor) {
        OpeningProgress initial = new OpeningProgress(cycleId, 0, 0, 0, false, null, 0);
        boolean mine;
        try {
            mine = progress.claim(initial);
        } catch (RuntimeException raced) {
            // another node claimed it in the same instant (the key refused the second row)
            mine = false;
        }
        if (!mine) {
            return progress.find(cycleId).orElse(initial);
        }
        executor.submit(() -> openNow(cycleId, levels, counties, actor));
        return initial;
    }

    @Override
    public OpeningProgress openNow(
            Long cycleId, Set<org.innocomplex.registry.api.Level> levels, Set<String> counties, Actor actor) {
        long t0 = System.nanoTime();
        int total = 0;
        int done = 0;
        int started = 0;
        try {
            CycleData cycle = cycles.markOpen(cycleId, join(levels), join(counties), actor);
            List<Long> complexes = registry.activeComplexIds(cycle.cityCode(), levels, counties);
            total = complexes.size();
            Set<Long> finished = starts.complexesWithAppraisal(cycleId);
            List<Long> todo = new ArrayList<>();
            for (Long id : complexes) {
                if (finished.contains(id)) {
                    done++;
                } else {
                    todo.add(id);
                }
            }
            progress.begin(new OpeningProgress(cycleId, total, done, started, false, null, 0));
            // two workers: the engine's inserts and the application's interleave well on two cores
            List<List<Long>> all = new ArrayList<>();
            for (int i = 0; i < todo.size(); i += CHUNK) {
                all.add(todo.subList(i, Math.min(todo.size(), i + CHUNK)));
            }
            java.util.concurrent.atomic.AtomicInteger doneCount = new java.util.concurrent.atomic.AtomicInteger(done);
            java.util.concurrent.atomic.AtomicInteger startedCount = new java.util.concurrent.atomic.AtomicInteger();
            final int totalFinal = total;
            java.util.concurrent.ConcurrentLinkedQueue<List<Long>> queue =
                    new java.util.concurrent.ConcurrentLinkedQueue<>(all);
            Runnable worker = () -> {
                for (List<Long> chunk; (chunk = queue.poll()) != null; ) {
                    startedCount.addAndGet(chunks.open(cycleId, chunk, actor.username()));
                    doneCount.addAndGet(chunk.size());
                    report(cycleId, totalFinal, doneCount.get(), startedCount.get(), false, null, t0);
                }
            };
            java.util.concurrent.Future<?> second = all.size() > 1 ? executor.submit(worker) : null;
            worker.run();
            if (second != null) {
                try {
                    second.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            done = doneCount.get();
            started = startedCount.get();
            return report(cycleId, total, done, started, true, null, t0);
        } catch (DomainException e) {
            return report(cycleId, total, done, started, true, e.key(), t0);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "opening cycle " + cycleId + " stopped", e);
            return report(cycleId, total, done, started, true, "appraisal.opening.failed", t0);
        }
    }

    private OpeningProgress report(
            Long cycleId, int total, int done, int started, boolean finished, String error, long t0) {
        OpeningProgress p = new OpeningProgress(
                cycleId, total, done, started, finished, error, (System.nanoTime() - t0) / 1_000_000);
        progress.update(p);
        return p;
    }

    private static String join(Set<?> values) {
        return values.isEmpty()
                ? null
                : String.join(
                        ",", new TreeSet<>(values.stream().map(String::valueOf).toList()));
    }

    @Override
    public Optional<OpeningProgress> progress(Long cycleId) {
        return progress.find(cycleId);
    }
}
