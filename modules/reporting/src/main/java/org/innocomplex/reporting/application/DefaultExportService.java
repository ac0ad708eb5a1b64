package org.innocomplex.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.appraisal.api.AppraisalService;
import org.innocomplex.appraisal.api.GuidanceNoteData;
import org.innocomplex.appraisal.api.GuidanceService;
import org.innocomplex.appraisal.api.ReportRecord;
import org.innocomplex.appraisal.api.ScoreData;
import org.innocomplex.reporting.api.AreaFigures;
import org.innocomplex.reporting.api.ComplexRow;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.ExportService;
import org.innocomplex.reporting.api.GradeCount;
import org.innocomplex.reporting.api.IndicatorTotal;
import org.innocomplex.reporting.api.Labels;
import org.innocomplex.reporting.api.LevelCount;
import org.innocomplex.reporting.api.StepProgress;
import org.innocomplex.reporting.domain.Figures;
import org.innocomplex.reporting.domain.ViewerScope;
import org.innocomplex.reporting.infrastructure.DashboardQueries;
import org.innocomplex.reporting.infrastructure.Pdf;
import org.innocomplex.reporting.infrastructure.Workbooks;
import org.innocomplex.submission.api.IndicatorData;

@ApplicationScoped
public class DefaultExportService implements ExportService {

    /** times in the record as the bureau reads them */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    AppraisalService appraisals;

    @Inject
    GuidanceService guidance;

    @Inject
    DashboardQueries queries;

    @Inject
    ZoneId bureau;

    /** every export of the bureau's data leaves an EXPORTED entry (none outside the container) */
    @Inject
    AuditTrail audit;

    public DefaultExportService() {}

    /** outside the container (tests): workbooks only */
    public DefaultExportService(DashboardQueries queries, ZoneId bureau) {
        this.queries = queries;
        this.bureau = bureau;
    }

    private void exported(Actor actor, String action, String type, String id, String detail) {
        if (audit != null) {
            audit.record(actor.username(), action, type, id, AuditTrail.Result.OK, detail);
        }
    }

    @Override
    public byte[] dashboardWorkbook(Actor actor, DashboardFilter filter, Locale locale, Labels l) {
        ViewerScope scope = queries.scopeOf(actor);
        Dashboard d = queries.dashboard(scope, filter, LocalDateTime.now(ZoneOffset.UTC));
        boolean zh = Figures.chinese(locale);
        try (Workbooks wb = new Workbooks()) {
            List<List<Object>> totals = new ArrayList<>();
            for (IndicatorTotal t : d.totals()) {
                totals.add(List.of(
                        t.code(),
                        zh ? t.nameZh() : t.nameEn(),
                        nz(zh ? t.unitZh() : t.unitEn()),
                        t.value(),
                        t.reports()));
            }
            wb.sheet(
                    l.text("reporting.export.sheet.totals"),
                    List.of(
                            l.text("reporting.export.col.code"),
                            l.text("reporting.export.col.indicator"),
                            l.text("reporting.export.col.unit"),
                            l.text("reporting.export.col.total"),
                            l.text("reporting.export.col.reports")),
                    totals);
            List<List<Object>> levels = new ArrayList<>();
            for (LevelCount c : d.byLevel()) {
                levels.add(List.of(l.text("reporting.export.level." + c.level().name()), c.complexes()));
            }
            wb.sheet(
                    l.text("reporting.export.sheet.levels"),
                    List.of(l.text("reporting.export.col.level"), l.text("reporting.export.col.complexes")),
                    levels);
            List<List<Object>> steps = new ArrayList<>();
            for (StepProgress p : d.progress()) {
                steps.add(List.of(nz(p.stepName()), p.appraisals(), p.overdue()));
            }
            wb.sheet(
                    l.text("reporting.export.sheet.progress"),
                    List.of(
                            l.text("reporting.export.col.step"),
                            l.text("reporting.export.col.appraisals"),
                            l.text("reporting.export.col.overdue")),
                    steps);
            List<List<Object>> grades = new ArrayList<>();
            for (GradeCount g : d.grades()) {
                grades.add(List.of(l.text("reporting.export.grade." + g.grade().name()), g.complexes()));
            }
            wb.sheet(
                    l.text("reporting.export.sheet.grades"),
                    List.of(l.text("reporting.export.col.grade"), l.text("reporting.export.col.complexes")),
                    grades);
            wb.sheet(
                    l.text("reporting.export.sheet.counties"),
                    areaHeader(l, l.text("reporting.export.col.county"), zh),
                    areaRows(d.byCounty(), zh));
            wb.sheet(
                    l.text("reporting.export.sheet.years"),
                    areaHeader(l, l.text("reporting.export.col.year"), zh),
                    areaRows(d.trend(), zh));
            byte[] bytes = wb.bytes();
            exported(actor, "DASHBOARD_EXPORTED", "dashboard", "xlsx", "filter: " + filter);
            return bytes;
        }
    }

    private List<String> areaHeader(Labels l, String first, boolean zh) {
        List<String> h = new ArrayList<>(List.of(first, l.text("reporting.export.col.complexes")));
        for (String code : DashboardQueries.CHART_INDICATORS) {
            h.add(l.text("reporting.export.indicator." + code));
        }
        return h;
    }

    private static List<List<Object>> areaRows(List<AreaFigures> areas, boolean zh) {
        List<List<Object>> rows = new ArrayList<>();
        for (AreaFigures a : areas) {
            List<Object> row = new ArrayList<>(List.of(zh ? a.nameZh() : a.nameEn(), a.complexes()));
            for (String code : DashboardQueries.CHART_INDICATORS) {
                row.add(a.total(code));
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public byte[] complexesWorkbook(Actor actor, DashboardFilter filter, Drill drill, Locale locale, Labels l) {
        List<ComplexRow> rows =
                queries.complexes(queries.scopeOf(actor), filter, drill, LocalDateTime.now(ZoneOffset.UTC));
        boolean zh = Figures.chinese(locale);
        boolean withValue = drill.kind() == Drill.Kind.INDICATOR;
        List<String> header = new ArrayList<>(List.of(
                l.text("reporting.export.col.complex"),
                l.text("reporting.export.col.county"),
                l.text("reporting.export.col.level"),
                l.text("reporting.export.col.year"),
                l.text("reporting.export.col.reportStatus"),
                l.text("reporting.export.col.score"),
                l.text("reporting.export.col.grade")));
        if (withValue) {
            header.add(l.text("reporting.export.col.value"));
        }
        List<List<Object>> out = new ArrayList<>();
        for (ComplexRow r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(zh ? r.nameZh() : r.nameEn());
            row.add(zh ? r.countyZh() : r.countyEn());
            row.add(l.text("reporting.export.level." + r.level().name()));
            row.add(r.year());
            row.add(l.text("reporting.export.status." + r.reportStatus()));
            row.add(r.score());
            row.add(
                    r.grade() == null
                            ? null
                            : l.text("reporting.export.grade." + r.grade().name()));
            if (withValue) {
                row.add(r.value());
            }
            out.add(row);
        }
        exported(
                actor,
                "COMPLEXES_EXPORTED",
                "complexes",
                "xlsx",
                "rows: " + out.size() + "\nfilter: " + filter + "\ndrill: " + drill);
        try (Workbooks wb = new Workbooks()) {
            return wb.sheet(
                            l.text(
                                    drill.kind() == Drill.Kind.ALL
                                            ? "reporting.export.sheet.results"
                                            : "reporting.export.sheet.complexes"),
                            header,
                            out)
                    .bytes();
        }
    }

    @Override
    public byte[] recordPdf(Actor actor, Long reportId, Locale locale, Labels l) {
        ReportRecord rec = appraisals.record(reportId, actor);
        boolean zh = Figures.chinese(locale);
        String name = rec.complex().name(zh);
        Pdf pdf = new Pdf(java.text.MessageFormat.format(
                l.text("reporting.export.record.title"),
                name,
                String.valueOf(rec.report().year())));

        pdf.heading(l.text("reporting.export.record.report"));
        pdf.paragraph(l.text("reporting.export.col.reportStatus") + ": "
                + l.text("reporting.export.status." + rec.report().status().name())
                + (rec.report().submittedAt() == null
                        ? ""
                        : "    " + l.text("reporting.export.record.submittedAt") + ": "
                                + WHEN.format(rec.report().submittedAt().atZone(bureau))));
        List<List<String>> values = new ArrayList<>();
        for (IndicatorData i : rec.catalogue().indicators()) {
            BigDecimal v = rec.report().values().get(i.code());
            String text =
                    rec.report().texts() == null ? null : rec.report().texts().get(i.code());
            if (v == null && text == null) {
                continue;
            }
            String unit = i.unit(zh);
            values.add(List.of(
                    rec.catalogue().groupName(i.groupCode(), zh),
                    i.name(zh),
                    v != null ? Figures.number(v, locale) + (unit == null ? "" : " " + unit) : text));
        }
        pdf.table(
                List.of(
                        l.text("reporting.export.record.group"),
                        l.text("reporting.export.col.indicator"),
                        l.text("reporting.export.col.value")),
                values,
                new float[] {2, 4, 2},
                true);
        if (rec.report().narrative() != null && !rec.report().narrative().isBlank()) {
            pdf.heading(l.text("reporting.export.record.narrative"))
                    .paragraph(rec.report().narrative());
        }

        pdf.heading(l.text("reporting.export.record.scores"));
        if (rec.scores() == null || rec.scores().isEmpty()) {
            pdf.paragraph(l.text("reporting.export.record.none"));
        } else {
            List<List<String>> scores = new ArrayList<>();
            for (ScoreData s : rec.scores()) {
                scores.add(List.of(
                        nz(s.expertName() != null ? s.expertName() : s.expert()),
                        nz(s.comment()),
                        s.score() == null ? "" : Figures.number(s.score(), locale)));
            }
            pdf.table(
                    List.of(
                            l.text("reporting.export.record.expert"),
                            l.text("reporting.export.record.comment"),
                            l.text("reporting.export.col.score")),
                    scores,
                    new float[] {2, 5, 1},
                    true);
        }

        pdf.heading(l.text("reporting.export.record.guidance"));
        List<GuidanceNoteData> notes = rec.appraisal() == null
                ? List.of()
                : guidance.notes(rec.complex().id(), actor).stream()
                        .filter(n -> rec.appraisal().id().equals(n.appraisalId()))
                        .toList();
        if (notes.isEmpty()) {
            pdf.paragraph(l.text("reporting.export.record.none"));
        }
        for (GuidanceNoteData n : notes) {
            pdf.paragraph(n.visitDate() + "  " + nz(n.place()) + "  ("
                    + nz(n.authorName() != null ? n.authorName() : n.author()) + ")");
            pdf.paragraph(l.text("reporting.export.record.problems") + ": " + nz(n.problems()));
            for (GuidanceNoteData.Recommendation r : n.recommendations()) {
                pdf.paragraph(r.order() + ". " + r.text());
            }
        }

        pdf.heading(l.text("reporting.export.record.decision"));
        var a = rec.appraisal();
        if (a == null || a.grade() == null) {
            pdf.paragraph(l.text("reporting.export.record.undecided"));
        } else {
            pdf.paragraph(l.text("reporting.export.col.grade") + ": "
                    + l.text("reporting.export.grade." + a.grade().name())
                    + "    " + l.text("reporting.export.col.score") + ": "
                    + (a.score() == null ? "" : Figures.number(a.score(), locale))
                    + (a.decidedAt() == null
                            ? ""
                            : "    " + l.text("reporting.export.record.decidedAt") + ": "
                                    + WHEN.format(a.decidedAt().atZone(bureau))));
            if (a.gradeReason() != null && !a.gradeReason().isBlank()) {
                pdf.paragraph(a.gradeReason());
            }
            pdf.paragraph(
                    a.publishedAt() == null
                            ? l.text("reporting.export.record.unpublished")
                            : l.text("reporting.export.record.publishedAt") + ": "
                                    + WHEN.format(a.publishedAt().atZone(bureau)));
        }
        byte[] bytes = pdf.finish();
        exported(
                actor,
                "RECORD_EXPORTED",
                "report",
                String.valueOf(reportId),
                "pdf: the report, its scores and " + "decisions");
        return bytes;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
