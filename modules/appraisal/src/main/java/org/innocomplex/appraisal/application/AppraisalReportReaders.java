package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.appraisal.domain.Appraisal;
import org.innocomplex.appraisal.domain.AppraisalAccess;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportReaders;

/**
 * The one rule of who reads a report, for the appraisal's own reads (the record, the PDF, the comparison) and for the
 * submission module's files: once the report is in an appraisal, whoever may see the appraisal; before, its operator
 * and the administrator.
 */
@ApplicationScoped
public class AppraisalReportReaders implements ReportReaders {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Override
    public void requireReadable(ReportData report, Actor actor) {
        Appraisal a = em.createQuery("select a from Appraisal a where a.reportId = :r", Appraisal.class)
                .setParameter("r", report.id())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (!AppraisalAccess.canRead(registry.scopeOf(actor), report.complexId(), a)) {
            throw new NotAuthorizedException("appraisal.error.notYourReport");
        }
    }
}
