package org.innocomplex.appraisal.application.steps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innocomplex.appraisal.api.DecisionProposal;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.ExcellenceCap;
import org.innocomplex.appraisal.domain.GradeBands;
import org.innocomplex.appraisal.domain.ScoreAggregator;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ScoreAggregation;

/**
 * The grading of one report seen against its whole cycle: its aggregated score, the bands, and its rank for the
 * 优秀 cap (see {@link ExcellenceCap}). Every appraisal of the cycle with at least one expert total counts in the
 * ranking with its current aggregate, so a proposal made early can change as other reports get scored; the cap on
 * decided grades ({@link org.innocomplex.appraisal.domain.GradeDecision}) and the check at publication keep the cap from being exceeded.
 */
@ApplicationScoped
public class CycleGrading {
    @PersistenceContext
    EntityManager em;

    @Inject
    ReportService submissions;

    @Inject
    CycleService cycles;

    public Optional<DecisionProposal> proposal(Appraisal a) {
        Long cycleId = cycleOf(a);
        CycleData cycle = cycles.cycle(cycleId).orElseThrow();
        ScoreAggregation method = cycle.aggregation();
        Map<Long, List<BigDecimal>> totals = new HashMap<>();
        em.createQuery(
                        "select s.appraisalId, s.score from ExpertScore s, Appraisal p"
                                + " where p.id = s.appraisalId and p.cycleId = :c",
                        Object[].class)
                .setParameter("c", cycleId)
                .getResultStream()
                .forEach(r -> totals.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((BigDecimal) r[1]));
        // the appraisal's own totals even if it predates cycle_id (rows from before V2 of appraisal)
        if (!totals.containsKey(a.id())) {
            em.createQuery("select s.score from ExpertScore s where s.appraisalId = :a", BigDecimal.class)
                    .setParameter("a", a.id())
                    .getResultStream()
                    .forEach(s -> totals.computeIfAbsent(a.id(), k -> new ArrayList<>())
                            .add(s));
        }
        Optional<ScoreAggregator.Aggregate> own =
                ScoreAggregator.aggregate(totals.getOrDefault(a.id(), List.of()), method);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> cycleScores = totals.values().stream()
                .map(t -> ScoreAggregator.aggregate(t, method).orElseThrow().score())
                .toList();
        int appraisals = Math.max(
                1,
                em.createQuery("select count(p) from Appraisal p where p.cycleId = :c", Long.class)
                        .setParameter("c", cycleId)
                        .getSingleResult()
                        .intValue());
        int cap = ExcellenceCap.cap(appraisals, cycle.excellentCapPercent());
        Map<String, BigDecimal> bands = cycles.catalogue(cycleId).bandMinimums();
        BigDecimal score = own.get().score();
        Grade byBands = GradeBands.propose(score, bands);
        Grade proposed = ExcellenceCap.propose(score, bands, cycleScores, cap);
        return Optional.of(new DecisionProposal(
                score,
                own.get().configured().name(),
                own.get().applied().name(),
                byBands,
                proposed,
                cycle.excellentCapPercent(),
                appraisals,
                cap,
                excellentDecidedBesides(a)));
    }

    /**
     * Serialises whatever may add a 优秀 to a cycle (a decision for 优秀, a publication): two officials deciding 优秀
     * for two reports at the same moment would otherwise both see one place left. The cycle's first appraisal row
     * serves as the cycle's lock, taken before counting; it is held until the transaction ends.
     */
    public void lockCycle(Long cycleId) {
        Long first = em.createQuery("select min(p.id) from Appraisal p where p.cycleId = :c", Long.class)
                .setParameter("c", cycleId)
                .getSingleResult();
        if (first != null) {
            em.find(Appraisal.class, first, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
    }

    public Long cycleOf(Appraisal a) {
        return a.cycleId() != null
                ? a.cycleId()
                : submissions.report(a.reportId()).orElseThrow().cycleId();
    }

    private long excellentDecidedBesides(Appraisal a) {
        return em.createQuery(
                        "select count(p) from Appraisal p where p.cycleId = :c and p.grade = :g" + " and p.id <> :id",
                        Long.class)
                .setParameter("c", cycleOf(a))
                .setParameter("g", Grade.EXCELLENT)
                .setParameter("id", a.id())
                .getSingleResult();
    }
}
