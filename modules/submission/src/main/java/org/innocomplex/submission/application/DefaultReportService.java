package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.access.api.Violation;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CatalogueData;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportLifecycle;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportStatusChanged;
import org.innocomplex.submission.api.ReportVersionData;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.submission.domain.AnomalyDetector;
import org.innocomplex.submission.domain.Cycle;
import org.innocomplex.submission.domain.Report;
import org.innocomplex.submission.domain.ReportValidator;
import org.innocomplex.submission.domain.ReportVersion;
import org.innocomplex.submission.domain.VersionDiff;

/** Both faces of the reports: the checked one for everyone, the lifecycle for the appraisal module. */
@ApplicationScoped
@Transactional
public class DefaultReportService implements ReportService, ReportLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    DefaultCycleService cycles;

    @Inject
    Event<ReportStatusChanged> statusChanged;

    private Optional<Report> findReport(Long cycleId, Long complexId) {
        return em.createQuery("select r from Report r where r.cycleId = :c and r.complexId = :x", Report.class)
                .setParameter("c", cycleId)
                .setParameter("x", complexId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ReportData reportFor(Long cycleId, Long complexId, Actor actor) {
        cycles.requireCityOfficial(actor, cycles.cycleEntity(cycleId).cityCode());
        return createReports(cycleId, List.of(complexId)).get(0);
    }

    @Override
    public List<ReportData> createReports(Long cycleId, List<Long> complexIds) {
        Cycle cycle = cycles.cycleEntity(cycleId);
        if (cycle.status() == CycleStatus.DRAFT) {
            throw new DomainException("submission.error.cycleNotOpen", cycle.year());
        }
        if (complexIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Report> existing = em.createQuery(
                        "select r from Report r where r.cycleId = :c and r.complexId in :x", Report.class)
                .setParameter("c", cycleId)
                .setParameter("x", complexIds)
                .getResultStream()
                .collect(Collectors.toMap(Report::complexId, r -> r));
        Map<Long, ComplexData> complexes = registry.complexes(complexIds);
        List<Report> all = new ArrayList<>();
        for (Long complexId : complexIds) {
            Report r = existing.get(complexId);
            if (r == null) {
                ComplexData complex = complexes.get(complexId);
                if (complex == null) {
                    throw new DomainException("registry.error.unknownComplex", complexId);
                }
                r = new Report(cycle, complexId, complex.countyCode());
                em.persist(r);
            }
            all.add(r);
        }
        em.flush();
        return all.stream().map(Report::toView).toList();
    }

    @Override
    public Map<Long, Long> reportIds(Long cycleId) {
        return em.createQuery("select r.complexId, r.id from Report r where r.cycleId = :c", Object[].class)
                .setParameter("c", cycleId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public Optional<ReportData> report(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Report.class, id))
                .map(Report::toView);
    }

    @Override
    public List<ReportData> reports(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReportData> byId = em.createQuery("select r from Report r where r.id in :ids", Report.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(Report::toView)
                .collect(Collectors.toMap(ReportData::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<ReportData> reportsOfComplex(Long complexId) {
        return em.createQuery("select r from Report r where r.complexId = :x order by r.year desc", Report.class)
                .setParameter("x", complexId)
                .getResultStream()
                .map(Report::toView)
                .toList();
    }

    @Override
    public ReportData saveDraft(Long reportId, Actor actor, ReportInput input) {
        Report r = owned(reportId, actor);
        List<Violation> errors =
                new ReportValidator(cycles.catalogue(r.cycleId()).indicators()).checkInput(input);
        if (!errors.isEmpty()) {
            throw new ValidationException("submission.error.invalid", errors);
        }
        r.edit(input);
        return r.toView();
    }

    @Override
    public ReportComparison compare(Long reportId) {
        return compare(find(reportId));
    }

    private ReportComparison compare(Report r) {
        CatalogueData cat = cycles.catalogue(r.cycleId());
        Cycle cycle = cycles.cycleEntity(r.cycleId());
        Optional<Report> last = em.createQuery(
                        "select r from Report r where r.complexId = :x and r.year = :y", Report.class)
                .setParameter("x", r.complexId())
                .setParameter("y", r.year() - 1)
                .getResultStream()
                .findFirst();
        return AnomalyDetector.compare(
                cat.indicators(),
                cat.rules(),
                r.numbers(),
                last.map(Report::year).orElse(null),
                last.map(Report::numbers).orElse(Map.of()),
                cycle.anomalyThreshold());
    }

    @Override
    public ReportData submit(Long reportId, Actor actor) {
        Report r = owned(reportId, actor);
        CatalogueData cat = cycles.catalogue(r.cycleId());
        List<Violation> errors = new ReportValidator(cat.indicators())
                .checkSubmission(
                        r.numbers(), r.texts(), r.narrative(), compare(r).anomalies(), r.explanations());
        if (!errors.isEmpty()) {
            throw new ValidationException("submission.error.invalid", errors);
        }
        int versionNo = r.submit();
        em.persist(new ReportVersion(r, versionNo, actor.username()));
        changed(r);
        return r.toView();
    }

    @Override
    public void markReturned(Long reportId) {
        Report r = find(reportId);
        r.returned();
        changed(r);
    }

    @Override
    public void markAccepted(Long reportId) {
        Report r = find(reportId);
        r.accepted();
        changed(r);
    }

    private void changed(Report r) {
        statusChanged.fire(new ReportStatusChanged(r.id(), r.status()));
    }

    @Override
    public List<ReportVersionData> versions(Long reportId) {
        return em.createQuery(
                        "select v from ReportVersion v where v.reportId = :r order by v.versionNo", ReportVersion.class)
                .setParameter("r", reportId)
                .getResultStream()
                .map(ReportVersion::toView)
                .toList();
    }

    @Override
    public List<ValueChange> diff(Long reportId, int from, int to) {
        List<ReportVersionData> all = versions(reportId);
        if (from < 1 || to < 1 || from > all.size() || to > all.size()) {
            throw new DomainException("submission.error.unknownVersion");
        }
        Report r = find(reportId);
        return VersionDiff.between(
                all.get(from - 1),
                all.get(to - 1),
                cycles.catalogue(r.cycleId()).indicators());
    }

    @Override
    public ReportData recordPastReport(
            int year, String cityCode, Long complexId, Map<String, BigDecimal> values, String narrative, Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw new NotAuthorizedException("submission.import.error.adminOnly");
        }
        Cycle cycle = cycles.pastCycle(year, cityCode, actor.username());
        ReportInput input = ReportInput.of(values, narrative);
        List<Violation> errors =
                new ReportValidator(cycles.catalogue(cycle.id()).indicators()).checkInput(input);
        if (!errors.isEmpty()) {
            throw new ValidationException("submission.error.invalid", errors);
        }
        ComplexData complex = registry.complex(complexId)
                .orElseThrow(() -> new DomainException("registry.error.unknownComplex", complexId));
        if (findReport(cycle.id(), complexId).isPresent()) {
            throw new DomainException("submission.error.reportExists", year);
        }
        Report r = new Report(cycle, complexId, complex.countyCode());
        r.edit(input);
        em.persist(r);
        em.flush();
        int v = r.submit();
        em.persist(new ReportVersion(r, v, actor.username()));
        r.accepted();
        changed(r);
        return r.toView();
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
        if (!actor.operates(r.complexId())) {
            throw new NotAuthorizedException("submission.error.notYourReport");
        }
        return r;
    }
}
