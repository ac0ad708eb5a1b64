package org.innocomplex.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innocomplex.access.api.Actor;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.IndicatorTotal;
import org.innocomplex.reporting.api.Labels;
import org.innocomplex.reporting.api.SummaryService;
import org.innocomplex.reporting.domain.CitySummary;
import org.innocomplex.reporting.domain.Figures;
import org.innocomplex.reporting.domain.ViewerScope;
import org.innocomplex.reporting.infrastructure.DashboardQueries;
import org.innocomplex.reporting.infrastructure.Pdf;

@ApplicationScoped
public class DefaultSummaryService implements SummaryService {

    @Inject
    DashboardQueries queries;

    public DefaultSummaryService() {}

    /** outside the container (tests) */
    public DefaultSummaryService(DashboardQueries queries) {
        this.queries = queries;
    }

    @Override
    public String text(Actor actor, DashboardFilter filter, Locale locale) {
        ViewerScope scope = queries.scopeOf(actor);
        Dashboard d = queries.dashboard(scope, filter, LocalDateTime.now(ZoneOffset.UTC));
        return summary(scope, d, locale).text(locale);
    }

    @Override
    public byte[] pdf(Actor actor, DashboardFilter filter, Locale locale, Labels labels) {
        ViewerScope scope = queries.scopeOf(actor);
        Dashboard d = queries.dashboard(scope, filter, LocalDateTime.now(ZoneOffset.UTC));
        CitySummary summary = summary(scope, d, locale);
        boolean zh = Figures.chinese(locale);
        Pdf pdf = new Pdf(MessageFormat.format(
                labels.text("reporting.summary.pdf.title"), String.valueOf(summary.year()), summary.area()));
        pdf.paragraph(summary.text(locale));
        pdf.heading(labels.text("reporting.summary.pdf.totals"));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorTotal t : d.totals()) {
            String unit = zh ? t.unitZh() : t.unitEn();
            rows.add(List.of(
                    zh ? t.nameZh() : t.nameEn(),
                    Figures.number(t.value(), locale) + (unit == null ? "" : " " + unit)));
        }
        pdf.table(
                List.of(labels.text("reporting.summary.pdf.indicator"), labels.text("reporting.summary.pdf.value")),
                rows,
                new float[] {3, 2},
                true);
        return pdf.finish();
    }

    private CitySummary summary(ViewerScope scope, Dashboard d, Locale locale) {
        DashboardQueries.AreaName area = queries.areaName(scope, d.filter().countyCode());
        Map<String, BigDecimal> totals = new HashMap<>();
        d.totals().forEach(t -> totals.put(t.code(), t.value()));
        return new CitySummary(
                d.filter().year(),
                area.in(Figures.chinese(locale)),
                d.filter().level(),
                d.filter().approvedOnly(),
                d.complexes(Level.PROVINCIAL),
                d.complexes(Level.MUNICIPAL),
                totals);
    }
}
