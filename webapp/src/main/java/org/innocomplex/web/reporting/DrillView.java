package org.innocomplex.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.innocomplex.access.api.CurrentUser;
import org.innocomplex.access.api.DomainException;
import org.innocomplex.reporting.api.ComplexRow;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.ExportService;
import org.innocomplex.web.access.LocaleView;
import org.innocomplex.web.errors.RequestParams;
import org.innocomplex.web.support.Faces;
import org.primefaces.model.StreamedContent;

/**
 * {@code reporting/complexes.xhtml?year=&level=&county=&approved=&kind=&value=}: the complexes behind one dashboard
 * number (with {@code kind=ALL}, the year's results list), each with its report's record and the record as PDF.
 */
@Named
@ViewScoped
public class DrillView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DashboardService dashboards;

    @Inject
    ExportService exports;

    @Inject
    LocaleView locale;

    @Inject
    Faces faces;

    private DashboardFilter filter;
    private Drill drill;
    private List<ComplexRow> rows = List.of();

    @PostConstruct
    void load() {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String county = Params.code(p.get("county"), "county");
        filter = new DashboardFilter(
                Params.year(p.get("year"), Year.now().getValue()),
                Params.level(p.get("level")),
                county.isEmpty() ? null : county,
                Params.approved(p.get("approved")));
        Drill.Kind kind = Params.kind(p.get("kind"));
        String value = Params.value(kind, p.get("value"));
        if (value.isEmpty() && kind != Drill.Kind.ALL) {
            // every other kind counts something: a county, a year, a grade...
            throw RequestParams.refused("value");
        }
        drill = new Drill(kind, value.isEmpty() ? null : value);
        try {
            rows = dashboards.complexes(currentUser.require(), filter, drill);
        } catch (DomainException e) {
            faces.error(e);
        }
    }

    /** what the list is of, in words */
    public String getCaption() {
        // dynamic keys: every Drill.Kind, Level, Grade and chart indicator has its dashboard.* key (bundle test)
        String kindKey = "reporting.dashboard.drill." + drill.kind().name();
        String valueKey = switch (drill.kind()) {
            case INDICATOR -> "reporting.dashboard.indicator." + drill.value();
            case LEVEL -> "reporting.dashboard.level." + drill.value();
            case GRADE -> "reporting.dashboard.grade." + drill.value();
            case STEP, OVERDUE -> "workflow.step." + drill.value();
            default -> null;
        };
        String value = drill.kind() == Drill.Kind.COUNTY && !rows.isEmpty()
                ? (locale.isChinese() ? rows.get(0).countyZh() : rows.get(0).countyEn())
                : valueKey != null && faces.has(valueKey) ? faces.text(valueKey) : drill.value();
        String what = faces.text(kindKey, value);
        String statusKey = filter.approvedOnly()
                ? "reporting.dashboard.filter.approvedOnly"
                : "reporting.dashboard.filter.allSubmitted";
        return faces.text(
                "reporting.dashboard.drill.caption", what, String.valueOf(year()), rows.size(), faces.text(statusKey));
    }

    private int year() {
        return drill.kind() == Drill.Kind.YEAR ? Integer.parseInt(drill.value()) : filter.year();
    }

    public boolean isWithValue() {
        return drill.kind() == Drill.Kind.INDICATOR;
    }

    public String name(ComplexRow r) {
        return locale.isChinese() ? r.nameZh() : r.nameEn();
    }

    public String county(ComplexRow r) {
        return locale.isChinese() ? r.countyZh() : r.countyEn();
    }

    public String number(BigDecimal n) {
        return Params.number(n, locale.isChinese());
    }

    public StreamedContent export() {
        return ReportingFiles.file(
                faces,
                faces.text(
                        drill.kind() == Drill.Kind.ALL
                                ? "reporting.dashboard.file.results"
                                : "reporting.dashboard.file.complexes",
                        String.valueOf(year())),
                ReportingFiles.XLSX,
                () -> exports.complexesWorkbook(
                        currentUser.require(), filter, drill, locale.getCurrent(), ReportingFiles.labels(faces)));
    }

    public StreamedContent recordPdf(ComplexRow r) {
        return ReportingFiles.file(
                faces,
                faces.text("reporting.dashboard.file.record", String.valueOf(r.reportId())),
                ReportingFiles.PDF,
                () -> exports.recordPdf(
                        currentUser.require(), r.reportId(), locale.getCurrent(), ReportingFiles.labels(faces)));
    }

    /** back to the dashboard with the same filter (parameters left out when unset) */
    public String getBackUrl() {
        StringBuilder url = new StringBuilder("/reporting/dashboard.xhtml?year=")
                .append(filter.year())
                .append("&approved=")
                .append(filter.approvedOnly());
        if (filter.level() != null) {
            url.append("&level=").append(filter.level().name());
        }
        if (filter.countyCode() != null) {
            url.append("&county=").append(filter.countyCode());
        }
        return url.toString();
    }

    public DashboardFilter getFilter() {
        return filter;
    }

    public List<ComplexRow> getRows() {
        return rows;
    }
}
