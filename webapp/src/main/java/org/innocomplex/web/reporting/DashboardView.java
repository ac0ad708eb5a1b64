package org.innocomplex.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.registry.api.Level;
import org.innocomplex.registry.api.RegistryService;
import org.innocomplex.reporting.api.AreaFigures;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.ExportService;
import org.innocomplex.reporting.api.GradeCount;
import org.innocomplex.reporting.api.IndicatorTotal;
import org.innocomplex.reporting.api.SummaryService;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.primefaces.model.StreamedContent;

/**
 * {@code reporting/dashboard.xhtml?year=&level=&county=&approved=}: the city's figures for officials, live from the
 * reports, with charts, the annual summary and exports. Every number links to {@code reporting/complexes.xhtml} with
 * the same filter and what the number counts.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DashboardService dashboards;

    @Inject
    SummaryService summaries;

    @Inject
    ExportService exports;

    @Inject
    LocaleView locale;

    @Inject
    Faces faces;

    @Inject
    RegistryService registry;

    private List<Integer> years = List.of();
    private int year;
    private String level = "";
    private String county = "";
    private boolean approvedOnly = true;
    private String chartIndicator = "cluster_output_value";
    private Dashboard dashboard;
    private String summary;
    private String refusal;
    private boolean countyFixed;

    @PostConstruct
    void load() {
        Actor actor = currentUser.require();
        if (!DashboardService.mayView(actor)) {
            refusal = faces.text("reporting.dashboard.error.notAllowed");
            return;
        }
        countyFixed = !registry.scopeOf(actor).spansCounties();
        years = dashboards.years(actor);
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        year = Params.year(p.get("year"), years.isEmpty() ? Year.now().getValue() : years.get(0));
        Level l = Params.level(p.get("level"));
        level = l == null ? "" : l.name();
        county = Params.code(p.get("county"), "county");
        approvedOnly = Params.approved(p.get("approved"));
        refresh();
    }

    /** after any filter change */
    public void refresh() {
        try {
            dashboard = dashboards.dashboard(currentUser.require(), filter());
            summary = summaries.text(currentUser.require(), filter(), locale.getCurrent());
            if (dashboard.filter().countyCode() != null) {
                county = dashboard.filter().countyCode();
            }
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    public DashboardFilter filter() {
        return new DashboardFilter(
                year, level.isEmpty() ? null : Level.valueOf(level), county.isEmpty() ? null : county, approvedOnly);
    }

    /** the county official's county is fixed */
    public boolean isCountyFixed() {
        return countyFixed;
    }

    public String countyName(Dashboard.CountyRef c) {
        return locale.isChinese() ? c.nameZh() : c.nameEn();
    }

    public String indicatorName(IndicatorTotal t) {
        return locale.isChinese() ? t.nameZh() : t.nameEn();
    }

    public String unit(IndicatorTotal t) {
        String u = locale.isChinese() ? t.unitZh() : t.unitEn();
        return u == null ? "" : u;
    }

    public List<String> getChartIndicators() {
        return Params.CHART_INDICATORS;
    }

    /** Chart.js configuration: the chosen indicator and the complexes, by county */
    public String getCountyChart() {
        return bars(dashboard.byCounty(), "bar");
    }

    /** Chart.js configuration: the chosen indicator and the complexes, year by year */
    public String getTrendChart() {
        return bars(dashboard.trend(), "line");
    }

    private String bars(List<AreaFigures> areas, String type) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder complexes = Json.createArrayBuilder();
        for (AreaFigures a : areas) {
            labels.add(locale.isChinese() ? a.nameZh() : a.nameEn());
            values.add(a.total(chartIndicator));
            complexes.add(a.complexes());
        }
        // every chart indicator has its dashboard.indicator.* key (bundle test)
        String indicatorKey = "reporting.dashboard.indicator." + chartIndicator;
        JsonObjectBuilder main = Json.createObjectBuilder()
                .add("type", type)
                .add("label", faces.text(indicatorKey))
                .add("data", values)
                .add("yAxisID", "y")
                .add("backgroundColor", "rgba(37,99,235,0.6)")
                .add("borderColor", "rgb(37,99,235)");
        JsonObjectBuilder count = Json.createObjectBuilder()
                .add("type", type.equals("bar") ? "line" : "bar")
                .add("label", faces.text("reporting.dashboard.chart.complexes"))
                .add("data", complexes)
                .add("yAxisID", "y1")
                .add("backgroundColor", "rgba(234,88,12,0.5)")
                .add("borderColor", "rgb(234,88,12)");
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "left")
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", faces.text("reporting.dashboard.chart.unit10k"))))
                .add(
                        "y1",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("position", "right")
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder().add(main).add(count)))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add("scales", scales))
                .build()
                .toString();
    }

    /** Chart.js configuration: the grade distribution */
    public String getGradeChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (GradeCount g : dashboard.grades()) {
            String gradeKey = "reporting.dashboard.grade." + g.grade().name();
            labels.add(faces.text(gradeKey));
            values.add(g.complexes());
        }
        return Json.createObjectBuilder()
                .add("type", "doughnut")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("data", values)
                                                        .add(
                                                                "backgroundColor",
                                                                Json.createArrayBuilder()
                                                                        .add("#16a34a")
                                                                        .add("#2563eb")
                                                                        .add("#f59e0b")
                                                                        .add("#dc2626")))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false))
                .build()
                .toString();
    }

    public StreamedContent exportDashboard() {
        return ReportingFiles.file(
                faces,
                faces.text("reporting.dashboard.file.workbook", String.valueOf(year)),
                ReportingFiles.XLSX,
                () -> exports.dashboardWorkbook(
                        currentUser.require(), filter(), locale.getCurrent(), ReportingFiles.labels(faces)));
    }

    public StreamedContent exportResults() {
        return ReportingFiles.file(
                faces,
                faces.text("reporting.dashboard.file.results", String.valueOf(year)),
                ReportingFiles.XLSX,
                () -> exports.complexesWorkbook(
                        currentUser.require(),
                        filter(),
                        new Drill(Drill.Kind.ALL, null),
                        locale.getCurrent(),
                        ReportingFiles.labels(faces)));
    }

    public StreamedContent summaryPdf() {
        return ReportingFiles.file(
                faces,
                faces.text("reporting.dashboard.file.summaryPdf", String.valueOf(year)),
                ReportingFiles.PDF,
                () -> summaries.pdf(
                        currentUser.require(), filter(), locale.getCurrent(), ReportingFiles.labels(faces)));
    }

    public StreamedContent summaryText() {
        return ReportingFiles.file(
                faces,
                faces.text("reporting.dashboard.file.summaryText", String.valueOf(year)),
                ReportingFiles.TEXT,
                () -> summaries
                        .text(currentUser.require(), filter(), locale.getCurrent())
                        .getBytes(StandardCharsets.UTF_8));
    }

    // --- a click on a chart's bar, point or slice opens the complexes behind it, as the tables' numbers do

    public void countySelected(org.primefaces.event.ItemSelectEvent e) {
        List<AreaFigures> areas = dashboard.byCounty();
        if (e.getItemIndex() >= 0 && e.getItemIndex() < areas.size()) {
            open(drill("COUNTY", areas.get(e.getItemIndex()).key()));
        }
    }

    public void yearSelected(org.primefaces.event.ItemSelectEvent e) {
        List<AreaFigures> years = dashboard.trend();
        if (e.getItemIndex() >= 0 && e.getItemIndex() < years.size()) {
            open(drill("YEAR", years.get(e.getItemIndex()).key()));
        }
    }

    public void gradeSelected(org.primefaces.event.ItemSelectEvent e) {
        List<GradeCount> grades = dashboard.grades();
        if (e.getItemIndex() >= 0 && e.getItemIndex() < grades.size()) {
            open(drill("GRADE", grades.get(e.getItemIndex()).grade()));
        }
    }

    private static void open(String path) {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    /** the drill-down page for a number, with the dashboard's filter (path below the context root) */
    public String drill(String kind, Object value) {
        DashboardFilter f = dashboard == null ? filter() : dashboard.filter();
        StringBuilder url = new StringBuilder("/reporting/complexes.xhtml?year=")
                .append(f.year())
                .append("&approved=")
                .append(f.approvedOnly())
                .append("&kind=")
                .append(kind);
        if (f.level() != null) {
            url.append("&level=").append(f.level().name());
        }
        if (f.countyCode() != null) {
            url.append("&county=").append(f.countyCode());
        }
        if (value != null) {
            url.append("&value=").append(java.net.URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String number(BigDecimal n) {
        return Params.number(n, locale.isChinese());
    }

    public List<Integer> getYears() {
        return years;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level == null ? "" : level;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county == null ? "" : county;
    }

    public boolean isApprovedOnly() {
        return approvedOnly;
    }

    public void setApprovedOnly(boolean approvedOnly) {
        this.approvedOnly = approvedOnly;
    }

    public String getChartIndicator() {
        return chartIndicator;
    }

    /**
     * From the chart's menu, which always sends one of its items; a post without it (or with another value) was not
     * sent by the page and is refused with a 400 (it was a NullPointerException: an immutable list has no null).
     */
    public void setChartIndicator(String chartIndicator) {
        if (chartIndicator == null || !getChartIndicators().contains(chartIndicator)) {
            throw RequestParams.refused("chartIndicator");
        }
        this.chartIndicator = chartIndicator;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public String getSummary() {
        return summary;
    }

    public String getRefusal() {
        return refusal;
    }
}
