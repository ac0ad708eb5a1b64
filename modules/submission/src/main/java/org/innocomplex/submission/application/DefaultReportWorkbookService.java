package org.innocomplex.submission.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.ComplexData;
import org.innocomplex.registry.api.CountyData;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.submission.api.CycleData;
import org.innocomplex.submission.api.CycleReportRow;
import org.innocomplex.submission.api.CycleService;
import org.innocomplex.submission.api.CycleStatus;
import org.innocomplex.submission.api.IndicatorData;
import org.innocomplex.submission.api.ReportData;
import org.innocomplex.submission.api.ReportWorkbookService;
import org.innocomplex.submission.api.UploadResult;
import org.innocomplex.submission.domain.Report;
import org.innocomplex.submission.domain.ReportUpload;
import org.innocomplex.submission.infrastructure.excel.TemplateRow;
import org.innocomplex.submission.infrastructure.excel.WorkbookReader;
import org.innocomplex.submission.infrastructure.excel.WorkbookTexts;
import org.innocomplex.submission.infrastructure.excel.WorkbookWriter;

@ApplicationScoped
@Transactional
public class DefaultReportWorkbookService implements ReportWorkbookService {

    /** complexes asked of the registry at once: keeps the IN list well under every database's parameter limit */
    private static final int NAME_CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CycleService cycles;

    @Inject
    RegistryService registry;

    @Inject
    AuditTrail audit;

    @Inject
    ZoneId zone;

    @Override
    public List<CycleReportRow> reports(Long cycleId, Actor actor) {
        CycleData cycle = bureauCycle(cycleId, actor);
        return named(cycle, reportsOf(cycleId).stream().map(Report::toView).toList(), true).stream()
                .map(n -> new CycleReportRow(
                        n.report().id(),
                        n.report().complexId(),
                        n.complex().nameZh(),
                        n.complex().nameEn(),
                        n.report().countyCode(),
                        n.county().nameZh(),
                        n.county().nameEn(),
                        n.report().status(),
                        n.report().version(),
                        n.report().submittedAt(),
                        n.report().updatedAt()))
                .toList();
    }

    @Override
    public byte[] template(Long cycleId, Locale locale, ResourceBundle texts, Actor actor) {
        CycleData cycle = bureauCycle(cycleId, actor);
        WorkbookTexts t = new WorkbookTexts(texts, locale);
        List<TemplateRow> rows = rows(cycle, t.chinese());
        byte[] bytes = WorkbookWriter.template(cycleId, indicators(cycleId), rows, t);
        // the workbook carries every complex's figures out of the system
        audit.record(
                actor.username(),
                "REPORT_TEMPLATE_DOWNLOADED",
                "cycle",
                String.valueOf(cycleId),
                rows.size() + " reports");
        return bytes;
    }

    @Override
    public byte[] export(Long cycleId, Locale locale, ResourceBundle texts, Actor actor) {
        CycleData cycle = bureauCycle(cycleId, actor);
        WorkbookTexts t = new WorkbookTexts(texts, locale);
        List<TemplateRow> rows = rows(cycle, t.chinese());
        byte[] bytes = WorkbookWriter.list(indicators(cycleId), rows, zone, t);
        audit.record(
                actor.username(), "REPORT_LIST_EXPORTED", "cycle", String.valueOf(cycleId), rows.size() + " reports");
        return bytes;
    }

    @Override
    public UploadResult upload(Long cycleId, InputStream xlsx, Actor actor) {
        CycleData cycle = bureauCycle(cycleId, actor);
        if (cycle.status() != CycleStatus.OPEN) {
            throw new DomainException("submission.excel.error.cycleNotOpen", String.valueOf(cycle.year()));
        }
        WorkbookReader.Content content = new WorkbookReader(MAX_ROWS).read(xlsx, MAX_BYTES);
        if (content.cycleId().isPresent() && !content.cycleId().get().equals(cycleId)) {
            throw new DomainException("submission.excel.error.otherCycle", String.valueOf(cycle.year()));
        }

        Map<Long, Report> reports =
                reportsOf(cycleId).stream().collect(Collectors.toMap(Report::complexId, Function.identity()));
        Map<Long, ReportData> views = new HashMap<>();
        reports.forEach((complexId, r) -> views.put(complexId, r.toView()));
        ReportUpload.Plan plan = new ReportUpload(indicators(cycleId)).check(content.sheets(), views);
        if (!plan.errors().isEmpty()) {
            // nothing has been written: the whole upload is refused with every bad cell named
            return new UploadResult(plan.rows(), 0, plan.errors());
        }

        for (ReportUpload.Change change : plan.changes()) {
            reports.get(change.report().complexId()).edit(change.input());
            audit.record(
                    actor.username(),
                    "REPORT_DRAFT_UPLOADED",
                    "report",
                    String.valueOf(change.report().id()),
                    "cycle " + cycleId + ", draft saved from an uploaded workbook on the operator's behalf");
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException("submission.excel.error.concurrent");
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new DomainException("submission.excel.error.concurrent");
            }
            throw e;
        }
        audit.record(
                actor.username(),
                "REPORTS_UPLOADED",
                "cycle",
                String.valueOf(cycleId),
                plan.changes().size() + " drafts updated from " + plan.rows() + " rows");
        return new UploadResult(plan.rows(), plan.changes().size(), List.of());
    }

    private CycleData bureauCycle(Long cycleId, Actor actor) {
        CycleData cycle =
                cycles.cycle(cycleId).orElseThrow(() -> new DomainException("submission.error.unknownCycle", cycleId));
        ActorScope scope = registry.scopeOf(actor);
        if (!scope.runsCycles()) {
            throw new NotAuthorizedException("submission.excel.error.notAllowed");
        }
        if (!scope.runsCycles(cycle.cityCode())) {
            throw new NotAuthorizedException("submission.error.notYourCity");
        }
        return cycle;
    }

    private List<IndicatorData> indicators(Long cycleId) {
        return cycles.catalogue(cycleId).indicators();
    }

    private List<Report> reportsOf(Long cycleId) {
        return em.createQuery("select r from Report r where r.cycleId = :c", Report.class)
                .setParameter("c", cycleId)
                // the values and explanations of the whole cycle in one query each, not two per report
                .setHint("eclipselink.batch", "r.values")
                .setHint("eclipselink.batch", "r.explanations")
                .getResultList();
    }

    private List<TemplateRow> rows(CycleData cycle, boolean chinese) {
        return named(cycle, reportsOf(cycle.id()).stream().map(Report::toView).toList(), chinese).stream()
                .map(n -> new TemplateRow(
                        n.report(), n.complex().name(chinese), n.county().name(chinese)))
                .toList();
    }

    private record Named(ReportData report, ComplexData complex, CountyData county, int countyOrder) {}

    /** reports with their complex and county, ordered as the bureau lists counties, then by complex name */
    private List<Named> named(CycleData cycle, List<ReportData> reports, boolean chinese) {
        List<Long> ids = reports.stream().map(ReportData::complexId).distinct().toList();
        Map<Long, ComplexData> complexes = new HashMap<>();
        for (int i = 0; i < ids.size(); i += NAME_CHUNK) {
            complexes.putAll(registry.complexes(ids.subList(i, Math.min(ids.size(), i + NAME_CHUNK))));
        }
        List<CountyData> counties = registry.counties(cycle.cityCode());
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < counties.size(); i++) {
            order.put(counties.get(i).code(), i);
        }
        Map<String, CountyData> byCode =
                counties.stream().collect(Collectors.toMap(CountyData::code, Function.identity()));
        List<Named> named = new ArrayList<>();
        for (ReportData r : reports) {
            ComplexData complex = complexes.get(r.complexId());
            if (complex == null) {
                // a report outlives nothing in the registry; a missing complex is named by its id
                String id = String.valueOf(r.complexId());
                complex = new ComplexData(
                        r.complexId(),
                        id,
                        id,
                        r.countyCode(),
                        cycle.cityCode(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        0L);
            }
            CountyData county = byCode.getOrDefault(
                    r.countyCode(), new CountyData(r.countyCode(), r.countyCode(), r.countyCode(), cycle.cityCode()));
            named.add(new Named(r, complex, county, order.getOrDefault(r.countyCode(), Integer.MAX_VALUE)));
        }
        Collator collator = Collator.getInstance(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        named.sort(Comparator.comparingInt(Named::countyOrder)
                .thenComparing(n -> n.complex().name(chinese), collator)
                .thenComparing(n -> n.report().complexId()));
        return named;
    }
}
