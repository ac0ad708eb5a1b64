package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.ScoreSheet;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.ReportService;

/** Reads and creates experts' sheets, confirmations and declarations, in the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExpertSheets {
    public static final String CONFIRMED = "NO_CONFLICT_CONFIRMED";
    public static final String DECLARED = "CONFLICT_DECLARED";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportService submissions;

    @Inject
    CycleService cycles;

    public boolean confirmed(Long appraisalId, String expert) {
        return em.createQuery(
                                "select count(e) from AppraisalEvent e where e.appraisalId = :a and e.actor = :x "
                                        + "and e.action = :c",
                                Long.class)
                        .setParameter("a", appraisalId)
                        .setParameter("x", expert)
                        .setParameter("c", CONFIRMED)
                        .getSingleResult()
                > 0;
    }

    public java.util.Optional<ScoreSheet> find(Long appraisalId, String expert) {
        return em.createQuery("select s from ScoreSheet s where s.appraisalId = :a and s.expert = :x", ScoreSheet.class)
                .setParameter("a", appraisalId)
                .setParameter("x", expert)
                .getResultStream()
                .findFirst();
    }

    /** The expert's sheet, created empty on first use. */
    public ScoreSheet sheetOf(Long appraisalId, String expert) {
        return find(appraisalId, expert).orElseGet(() -> {
            ScoreSheet s = new ScoreSheet(appraisalId, expert);
            em.persist(s);
            return s;
        });
    }

    public List<String> declared(Long appraisalId) {
        return em.createQuery("select d.expert from ConflictDeclaration d where d.appraisalId = :a", String.class)
                .setParameter("a", appraisalId)
                .getResultList();
    }

    public CatalogueData catalogue(Appraisal a) {
        Long cycleId = a.cycleId() != null
                ? a.cycleId()
                : submissions.report(a.reportId()).orElseThrow().cycleId();
        return cycles.catalogue(cycleId);
    }
}
