package org.innocomplex.appraisal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.ComplexReport;
import org.innocomplex.appraisal.api.MyComplexService;
import org.innocomplex.appraisal.api.ReportSummary;

@ApplicationScoped
@Transactional
public class DefaultMyComplexService implements MyComplexService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AppraisalService appraisals;

    @Override
    public List<ComplexReport> reports(Actor operator) {
        if (!operator.is(Role.OPERATOR) || operator.complexId() == null) {
            throw new NotAuthorizedException("appraisal.guidance.error.notYourComplex");
        }
        List<ReportSummary> list = appraisals.reports(operator);
        Map<Long, LocalDateTime> published = new HashMap<>();
        em.createQuery(
                        "select a.reportId, a.publishedAt from Appraisal a where a.complexId = :c "
                                + "and a.publishedAt is not null",
                        Object[].class)
                .setParameter("c", operator.complexId())
                .getResultStream()
                .forEach(r -> published.put((Long) r[0], (LocalDateTime) r[1]));
        return list.stream()
                .map(s -> new ComplexReport(
                        s,
                        published.containsKey(s.reportId())
                                ? published.get(s.reportId()).toInstant(ZoneOffset.UTC)
                                : null))
                .toList();
    }
}
