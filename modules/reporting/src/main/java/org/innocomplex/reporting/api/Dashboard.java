package org.innocomplex.reporting.api;

import java.util.List;
import org.innocomplex.registry.api.Level;

/**
 * Everything the dashboard page shows for one filter.
 *
 * @param filter   the filter actually applied (a county official's county filled in)
 * @param reports  selected reports
 * @param byCounty the year's figures per county in the viewer's scope (level and status filters applied)
 * @param trend    the figures per year (level, county and status filters applied), oldest first
 * @param counties the counties the viewer may choose
 */
public record Dashboard(
        DashboardFilter filter,
        long reports,
        List<IndicatorTotal> totals,
        List<LevelCount> byLevel,
        List<StepProgress> progress,
        List<GradeCount> grades,
        List<AreaFigures> byCounty,
        List<AreaFigures> trend,
        List<CountyRef> counties)
        implements java.io.Serializable {

    public IndicatorTotal total(String code) {
        return totals.stream().filter(t -> t.code().equals(code)).findFirst().orElse(null);
    }

    public long complexes(Level level) {
        return byLevel.stream()
                .filter(l -> l.level() == level)
                .mapToLong(LevelCount::complexes)
                .sum();
    }

    public record CountyRef(String code, String nameZh, String nameEn) implements java.io.Serializable {}
}
