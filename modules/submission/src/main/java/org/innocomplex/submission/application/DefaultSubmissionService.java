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
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.registry.api.ComplexView;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CatalogueView;
import org.innocomplex.submission.api.CycleSettings;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.CycleView;
import org.innocomplex.access.api.Violation;
import org.innocomplex.submission.api.GradeBandView;
import org.innocomplex.submission.api.IndicatorView;
import org.innocomplex.submission.api.ReportComparison;
import org.innocomplex.submission.api.ReportInput;
import org.innocomplex.submission.api.ReportStatusChanged;
import org.innocomplex.access.api.ValidationException;
import org.innocomplex.submission.api.ReportVersionView;
import org.innocomplex.submission.api.ReportView;
import org.innocomplex.submission.api.RubricItemView;
import org.innocomplex.submission.api.SubmissionService;
import org.innocomplex.submission.api.ValueChange;
import org.innocomplex.submission.domain.AnomalyDetector;
import org.innocomplex.submission.domain.CatalogueKey;
import org.innocomplex.submission.domain.CrossRule;
import org.innocomplex.submission.domain.Cycle;
import org.innocomplex.submission.domain.CycleIndicator;
import org.innocomplex.submission.domain.GradeBand;
import org.innocomplex.submission.domain.IndicatorGroup;
import org.innocomplex.submission.domain.Report;
import org.innocomplex.submission.domain.ReportValidator;
import org.innocomplex.submission.domain.ReportVersion;
import org.innocomplex.submission.domain.RubricGroup;
import org.innocomplex.submission.domain.RubricCheck;
import org.innocomplex.submission.domain.RubricItem;
import org.innocomplex.submission.domain.VersionDiff;

@ApplicationScoped
@Transactional
public class DefaultSubmissionService implements SubmissionService {

    /** the catalogue tables a cycle copies, with their columns after cycle_id */
    private static final Map<String, String> CATALOGUE_TABLES = Map.of(
            "sub_indicator_group", "code, name_zh, name_en, sort_order",
            "sub_cycle_indicator", "code, name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, "
                    + "max_value, group_code, sort_order, help_zh, help_en",
            "sub_cross_rule", "part_code, whole_code",
            "sub_rubric_group", "code, name_zh, name_en, points, sort_order",
            "sub_rubric_item", "code, group_code, name_zh, name_en, max_points, sort_order",
            "sub_grade_band", "grade, min_score");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryService registry;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<ReportStatusChanged> statusChanged;

    // ---- cycles and catalogue

    @Override
    public CycleView createCycle(int year, String cityCode, Actor actor) {
        requireCityOfficial(actor, cityCode);
        return create(year, cityCode, CycleStatus.DRAFT, actor.username()).toView();
    }

    private Cycle create(int year, String cityCode, CycleStatus status, String by) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("submission.error.yearRange");
        }
        if (findCycle(year, cityCode).isPresent()) {
            throw new DomainException("submission.error.cycleExists", year);
        }
        Long source = em.createQuery("select c.id from Cycle c where c.cityCode = :city order by c.year desc",
                Long.class).setParameter("city", cityCode).setMaxResults(1).getResultStream().findFirst()
                .orElse(Cycle.TEMPLATE_ID);
        Cycle c = new Cycle(year, cityCode, status);
        if (source != Cycle.TEMPLATE_ID) {
            c.gradeLike(em.find(Cycle.class, source));
        }
        em.persist(c);
        em.flush();
        // the catalogue is copied row for row in the database; the entities are read from it afterwards
        CATALOGUE_TABLES.forEach((table, columns) -> em.createNativeQuery(
                        "INSERT INTO " + table + " (cycle_id, " + columns + ") SELECT ?1, " + columns + " FROM "
                                + table + " WHERE cycle_id = ?2")
                .setParameter(1, c.id()).setParameter(2, source).executeUpdate());
        audit.record(by, "CYCLE_CREATED", "cycle", String.valueOf(c.id()),
                year + " " + cityCode + " from cycle " + source);
        return c;
    }

    private Optional<Cycle> findCycle(int year, String cityCode) {
        return em.createQuery("select c from Cycle c where c.year = :y and c.cityCode = :city", Cycle.class)
                .setParameter("y", year).setParameter("city", cityCode).getResultStream().findFirst();
    }

    @Override
    public CycleView openCycle(int year, String cityCode) {
        Cycle c = findCycle(year, cityCode).orElseGet(() -> create(year, cityCode, CycleStatus.DRAFT, "system"));
        if (c.status() == CycleStatus.DRAFT) {
            c.open(null, null);
        }
        return c.toView();
    }

    @Override
    public CycleView markOpen(Long cycleId, String scopeLevels, String scopeCounties, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        boolean wasOpen = c.status() == CycleStatus.OPEN;
        if (!wasOpen) {
            CatalogueView cat = catalogue(cycleId);
            RubricCheck.requireSound(cat.rubricGroups(), cat.rubricItems(), cat.bands());
        }
        c.open(scopeLevels, scopeCounties);
        if (!wasOpen) {
            audit.record(actor.username(), "CYCLE_OPENED", "cycle", String.valueOf(cycleId),
                    "levels " + scopeLevels + "; counties " + scopeCounties);
        }
        return c.toView();
    }

    @Override
    public CycleView updateSettings(Long cycleId, CycleSettings settings, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        c.settings(settings);
        audit.record(actor.username(), "CYCLE_SETTINGS", "cycle", String.valueOf(cycleId), settings.toString());
        return c.toView();
    }

    @Override
    public Optional<CycleView> cycle(Long id) {
        return Optional.ofNullable(id == null || id == Cycle.TEMPLATE_ID ? null : em.find(Cycle.class, id))
                .map(Cycle::toView);
    }

    @Override
    public List<CycleView> cycles(String cityCode) {
        return em.createQuery("select c from Cycle c where c.cityCode = :city order by c.year desc", Cycle.class)
                .setParameter("city", cityCode).getResultStream().map(Cycle::toView).toList();
    }

    @Override
    public CatalogueView catalogue(Long cycleId) {
        return new CatalogueView(cycleId,
                rows(IndicatorGroup.class, cycleId, "sortOrder").stream().map(IndicatorGroup::toView).toList(),
                rows(CycleIndicator.class, cycleId, "sortOrder").stream().map(CycleIndicator::toView).toList(),
                rows(CrossRule.class, cycleId, "part").stream().map(CrossRule::toView).toList(),
                rows(RubricGroup.class, cycleId, "sortOrder").stream().map(RubricGroup::toView).toList(),
                rows(RubricItem.class, cycleId, "sortOrder").stream().map(RubricItem::toView).toList(),
                em.createQuery("select b from GradeBand b where b.cycleId = :c order by b.minScore desc",
                        GradeBand.class).setParameter("c", cycleId).getResultStream().map(GradeBand::toView)
                        .toList());
    }

    private <T> List<T> rows(Class<T> type, Long cycleId, String orderBy) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.cycleId = :c order by x."
                + orderBy, type).setParameter("c", cycleId).getResultList();
    }

    @Override
    public void saveIndicator(Long cycleId, IndicatorView v, Actor actor) {
        Cycle c = editableCycle(cycleId, actor);
        if (v.code() == null || !v.code().matches("[a-z][a-z0-9_]{1,63}")) {
            throw new DomainException("submission.error.codeInvalid", String.valueOf(v.code()));
        }
        if (v.nameZh() == null || v.nameZh().isBlank() || v.nameEn() == null || v.nameEn().isBlank()) {
            throw new DomainException("submission.error.nameRequired");
        }
        if (v.min() != null && v.max() != null && v.min().compareTo(v.max()) > 0) {
            throw new DomainException("submission.error.boundsOrder");
        }
        if (em.find(IndicatorGroup.class, new CatalogueKey(cycleId, v.groupCode())) == null) {
            throw new DomainException("submission.error.unknownGroup", String.valueOf(v.groupCode()));
        }
        CycleIndicator existing = em.find(CycleIndicator.class, new CatalogueKey(cycleId, v.code()));
        if (existing == null) {
            em.persist(new CycleIndicator(c.id(), v));
        } else {
            existing.update(v);
        }
        audit.record(actor.username(), existing == null ? "INDICATOR_ADDED" : "INDICATOR_CHANGED", "cycle",
                String.valueOf(cycleId), v.toString());
    }

    @Override
    public void removeIndicator(Long cycleId, String code, Actor actor) {
        editableCycle(cycleId, actor);
        CycleIndicator existing = em.find(CycleIndicator.class, new CatalogueKey(cycleId, code));
        if (existing != null) {
            em.remove(existing);
            em.createQuery("delete from CrossRule r where r.cycleId = :c and (r.part = :x or r.whole = :x)")
                    .setParameter("c", cycleId).setParameter("x", code).executeUpdate();
            audit.record(actor.username(), "INDICATOR_REMOVED", "cycle", String.valueOf(cycleId), code);
        }
    }

    @Override
    public void saveRubricItem(Long cycleId, RubricItemView v, Actor actor) {
        editableCycle(cycleId, actor);
        if (v.maxPoints() == null || v.maxPoints().signum() < 0 || v.maxPoints().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("submission.error.pointsRange");
        }
        RubricItem existing = em.find(RubricItem.class, new CatalogueKey(cycleId, v.code()));
        if (existing == null) {
            em.persist(new RubricItem(cycleId, v));
        } else {
            existing.update(v);
        }
        audit.record(actor.username(), "RUBRIC_CHANGED", "cycle", String.valueOf(cycleId), v.toString());
    }

    @Override
    public void saveGradeBand(Long cycleId, GradeBandView v, Actor actor) {
        editableCycle(cycleId, actor);
        GradeBand band = em.find(GradeBand.class, new CatalogueKey(cycleId, v.grade()));
        if (band == null) {
            throw new DomainException("submission.error.unknownGrade", v.grade());
        }
        if (v.minScore() == null || v.minScore().signum() < 0 || v.minScore().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new DomainException("submission.error.pointsRange");
        }
        band.minScore(v.minScore());
        audit.record(actor.username(), "GRADE_BAND_CHANGED", "cycle", String.valueOf(cycleId), v.toString());
    }

    private Cycle cycleEntity(Long id) {
        Cycle c = id == null || id == Cycle.TEMPLATE_ID ? null : em.find(Cycle.class, id);
        if (c == null) {
            throw new DomainException("submission.error.unknownCycle", id);
        }
        return c;
    }

    private Cycle editableCycle(Long cycleId, Actor actor) {
        Cycle c = cycleEntity(cycleId);
        requireCityOfficial(actor, c.cityCode());
        c.requireDraft();
        return c;
    }

    private void requireCityOfficial(Actor actor, String cityCode) {
        if (!registry.scopeOf(actor).runsCycles(cityCode)) {
            throw new NotAuthorizedException("submission.error.notYourCity");
        }
    }

    // ---- reports

    @Override
    public ReportView reportFor(Long cycleId, Long complexId) {
        return createReports(cycleId, List.of(complexId)).get(0);
    }

    private Optional<Report> findReport(Long cycleId, Long complexId) {
        return em.createQuery("select r from Report r where r.cycleId = :c and r.complexId = :x", Report.class)
                .setParameter("c", cycleId).setParameter("x", complexId).getResultStream().findFirst();
    }

    @Override
    public List<ReportView> createReports(Long cycleId, List<Long> complexIds) {
        Cycle cycle = cycleEntity(cycleId);
        if (cycle.status() == CycleStatus.DRAFT) {
            throw new DomainException("submission.error.cycleNotOpen", cycle.year());
        }
        if (complexIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Report> existing = em.createQuery(
                        "select r from Report r where r.cycleId = :c and r.complexId in :x", Report.class)
                .setParameter("c", cycleId).setParameter("x", complexIds).getResultStream()
                .collect(Collectors.toMap(Report::complexId, r -> r));
        Map<Long, ComplexView> complexes = registry.complexes(complexIds);
        List<Report> all = new java.util.ArrayList<>();
        for (Long complexId : complexIds) {
            Report r = existing.get(complexId);
            if (r == null) {
                ComplexView complex = complexes.get(complexId);
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
                .setParameter("c", cycleId).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
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
                .collect(Collectors.toMap(ReportView::id, r -> r));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<ReportView> reportsOfComplex(Long complexId) {
        return em.createQuery("select r from Report r where r.complexId = :x order by r.year desc", Report.class)
                .setParameter("x", complexId).getResultStream().map(Report::toView).toList();
    }

    @Override
    public ReportView saveDraft(Long reportId, Actor actor, ReportInput input) {
        Report r = owned(reportId, actor);
        List<Violation> errors = new ReportValidator(catalogue(r.cycleId()).indicators()).checkInput(input);
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
        CatalogueView cat = catalogue(r.cycleId());
        Cycle cycle = cycleEntity(r.cycleId());
        Optional<Report> last = em.createQuery(
                        "select r from Report r where r.complexId = :x and r.year = :y", Report.class)
                .setParameter("x", r.complexId()).setParameter("y", r.year() - 1).getResultStream().findFirst();
        return AnomalyDetector.compare(cat.indicators(), cat.rules(), r.numbers(),
                last.map(Report::year).orElse(null), last.map(Report::numbers).orElse(Map.of()),
                cycle.anomalyThreshold());
    }

    @Override
    public ReportView submit(Long reportId, Actor actor) {
        Report r = owned(reportId, actor);
        CatalogueView cat = catalogue(r.cycleId());
        List<Violation> errors = new ReportValidator(cat.indicators()).checkSubmission(r.numbers(), r.texts(),
                r.narrative(), compare(r).anomalies(), r.explanations());
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
    public List<ReportVersionView> versions(Long reportId) {
        return em.createQuery("select v from ReportVersion v where v.reportId = :r order by v.versionNo",
                ReportVersion.class).setParameter("r", reportId).getResultStream().map(ReportVersion::toView)
                .toList();
    }

    @Override
    public List<ValueChange> diff(Long reportId, int from, int to) {
        List<ReportVersionView> all = versions(reportId);
        if (from < 1 || to < 1 || from > all.size() || to > all.size()) {
            throw new DomainException("submission.error.unknownVersion");
        }
        Report r = find(reportId);
        return VersionDiff.between(all.get(from - 1), all.get(to - 1), catalogue(r.cycleId()).indicators());
    }

    @Override
    public ReportView recordPastReport(int year, String cityCode, Long complexId, Map<String, BigDecimal> values,
                                       String narrative, String recordedBy) {
        Cycle cycle = findCycle(year, cityCode).orElseGet(() -> create(year, cityCode, CycleStatus.DRAFT, recordedBy));
        if (cycle.status() == CycleStatus.DRAFT) {
            // a past year is history: its reports were collected outside the system and nothing more is filed
            cycle.close();
        }
        ReportInput input = ReportInput.of(values, narrative);
        List<Violation> errors = new ReportValidator(catalogue(cycle.id()).indicators()).checkInput(input);
        if (!errors.isEmpty()) {
            throw new ValidationException("submission.error.invalid", errors);
        }
        ComplexView complex = registry.complex(complexId)
                .orElseThrow(() -> new DomainException("registry.error.unknownComplex", complexId));
        if (findReport(cycle.id(), complexId).isPresent()) {
            throw new DomainException("submission.error.reportExists", year);
        }
        Report r = new Report(cycle, complexId, complex.countyCode());
        r.edit(input);
        em.persist(r);
        em.flush();
        int v = r.submit();
        em.persist(new ReportVersion(r, v, recordedBy));
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
