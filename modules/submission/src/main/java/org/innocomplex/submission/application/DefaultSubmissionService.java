package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.submission.api.FieldError;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ReportValidationException;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.submission.domain.Cycle;
import org.innocomplex.submission.domain.Indicator;
import org.innocomplex.submission.domain.Report;
import org.innocomplex.submission.domain.ReportValidator;

@ApplicationScoped
@Transactional
public class DefaultSubmissionService implements SubmissionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Override
    public CycleView openCycle(int year, String cityCode) {
        return findCycle(year, cityCode).orElseGet(() -> {
            Cycle c = new Cycle(year, cityCode);
            em.persist(c);
            em.flush();
            return c;
        }).toView();
    }

    private Optional<Cycle> findCycle(int year, String cityCode) {
        return em.createQuery("select c from Cycle c where c.year = :y and c.cityCode = :city", Cycle.class)
                .setParameter("y", year).setParameter("city", cityCode).getResultStream().findFirst();
    }

    @Override
    public Optional<CycleView> cycle(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Cycle.class, id)).map(Cycle::toView);
    }

    @Override
    public List<CycleView> cycles(String cityCode) {
        return em.createQuery("select c from Cycle c where c.cityCode = :city order by c.year desc", Cycle.class)
                .setParameter("city", cityCode).getResultStream().map(Cycle::toView).toList();
    }

    @Override
    public List<IndicatorView> indicators() {
        return em.createQuery("select i from Indicator i order by i.sortOrder", Indicator.class)
                .getResultStream().map(Indicator::toView).toList();
    }

    @Override
    public ReportView reportFor(Long cycleId, Long complexId) {
        Cycle cycle = em.find(Cycle.class, cycleId);
        if (cycle == null) {
            throw new DomainException("submission.error.unknownCycle", cycleId);
        }
        ComplexView complex = registry.complex(complexId)
                .orElseThrow(() -> new DomainException("registry.error.unknownComplex", complexId));
        return em.createQuery("select r from Report r where r.cycleId = :c and r.complexId = :x", Report.class)
                .setParameter("c", cycleId).setParameter("x", complexId)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Report r = new Report(cycle, complexId, complex.countyCode());
                    em.persist(r);
                    em.flush();
                    return r;
                }).toView();
    }

    @Override
    public Optional<ReportView> report(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Report.class, id)).map(Report::toView);
    }

    @Override
    public List<ReportView> reports(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportView> byId = em.createQuery("select r from Report r where r.id in :ids", Report.class)
                .setParameter("ids", ids).getResultStream().map(Report::toView)
                .collect(java.util.stream.Collectors.toMap(ReportView::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<ReportView> reportsOfComplex(Long complexId) {
        return em.createQuery("select r from Report r where r.complexId = :x order by r.year desc", Report.class)
                .setParameter("x", complexId).getResultStream().map(Report::toView).toList();
    }

    @Override
    public ReportView saveDraft(Long reportId, Actor actor, Map<String, BigDecimal> values, String narrative) {
        Report r = owned(reportId, actor);
        List<FieldError> errors = new ReportValidator(indicators()).checkValues(values);
        if (!errors.isEmpty()) {
            throw new ReportValidationException(errors);
        }
        r.edit(values, narrative);
        return r.toView();
    }

    @Override
    public ReportView submit(Long reportId, Actor actor) {
        Report r = owned(reportId, actor);
        List<FieldError> errors = new ReportValidator(indicators()).checkSubmission(r.values(), r.narrative());
        if (!errors.isEmpty()) {
            throw new ReportValidationException(errors);
        }
        r.submit();
        return r.toView();
    }

    @Override
    public void markReturned(Long reportId) {
        find(reportId).returned();
    }

    @Override
    public void markAccepted(Long reportId) {
        find(reportId).accepted();
    }

    private Report find(Long id) {
        Report r = em.find(Report.class, id, LockModeType.OPTIMISTIC);
        if (r == null) {
            throw new DomainException("submission.error.unknownReport", id);
        }
        return r;
    }

    private Report owned(Long reportId, Actor actor) {
        Report r = find(reportId);
        if (!actor.is(Role.OPERATOR) || !Objects.equals(actor.complexId(), r.complexId())) {
            throw new NotAuthorizedException("submission.error.notYourReport");
        }
        return r;
    }
}
