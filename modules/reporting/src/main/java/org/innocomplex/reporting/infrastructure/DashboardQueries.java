package org.innocomplex.reporting.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.appraisal.api.Grade;
import org.innocomplex.registry.api.ActorScope;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.AreaFigures;
import org.innocomplex.reporting.api.ComplexRow;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.GradeCount;
import org.innocomplex.reporting.api.IndicatorTotal;
import org.innocomplex.reporting.api.LevelCount;
import org.innocomplex.reporting.api.StepProgress;
import org.innocomplex.reporting.domain.ViewerScope;
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.submission.api.ValueType;

/**
 * The dashboard's SQL, over reporting's own tables and {@code rpt_} views only. Counts, figures and grades come from
 * the running tallies ({@code rpt_tally}, see {@link FigureTallies}): a year of a city is about a thousand tally rows
 * whatever the number of complexes, where the reports' own values were 110,000 rows at 10,000 complexes. A city has
 * one cycle per year and a complex one report per cycle, so reports are counted as complexes. The year's tallies are
 * read once grouped by county: the by-county chart is those rows, and the totals are their sum over the selected
 * county (or all). The cycle's progress and the drill-downs read the live views. Plain JDBC because every query is
 * an aggregate with no entity behind it.
 */
public class DashboardQueries {

    /** the indicators the by-county and trend charts can show (the trend reads only these, over every year) */
    public static final List<String> CHART_INDICATORS =
            List.of("cluster_output_value", "construction_investment", "cluster_rd_investment");

    private final DataSource dataSource;
    private final Supplier<List<String>> stepOrder;

    /**
     * @param stepOrder the steps of the live process in the order a case meets them; the dashboard lists the open
     *                  steps so, and steps it does not know (of older versions) after them
     */
    public DashboardQueries(DataSource dataSource, Supplier<List<String>> stepOrder) {
        this.dataSource = dataSource;
        this.stepOrder = stepOrder;
    }

    /**
     * whose dashboard this is, by the actor's scope over the registry's places as this module's views show them
     * (a dashboard has no default city); see {@link ViewerScope#of}
     */
    public ViewerScope scopeOf(Actor actor) {
        return ViewerScope.of(ActorScope.of(actor, new ReportingPlaces(dataSource), java.util.Optional.empty()));
    }

    /** What a summary covers, named in both languages. */
    public record AreaName(String zh, String en) {
        public String in(boolean chinese) {
            return chinese ? zh : en;
        }
    }

    /**
     * The name of what a summary covers: the county filtered on, else the viewer's city, else (administrators) every
     * city, joined.
     */
    public AreaName areaName(ViewerScope scope, String countyCode) {
        String sql = countyCode != null
                ? "SELECT name_zh, name_en FROM rpt_county WHERE code = ?"
                : scope.cityCode() != null
                        ? "SELECT name_zh, name_en FROM rpt_city WHERE code = ?"
                        : "SELECT name_zh, name_en FROM rpt_city WHERE code <> ? ORDER BY code";
        String arg = countyCode != null ? countyCode : scope.cityCode() != null ? scope.cityCode() : "";
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    zh.add(rs.getString(1));
                    en.add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new AreaName(String.join("、", zh), String.join(", ", en));
    }

    public Dashboard dashboard(ViewerScope scope, DashboardFilter requested, LocalDateTime nowUtc) {
        String county = scope.county(requested.countyCode());
        DashboardFilter filter = requested.withCounty(county);
        try (Connection c = dataSource.getConnection()) {
            List<Dashboard.CountyRef> counties = counties(c, scope);

            // the year, all counties in scope: reports and complexes by county and level, and the cycles involved
            Where all = where(scope, filter.withCounty(scope.countyCode()), true, true);
            Map<String, Long> complexesByCounty = new HashMap<>();
            Map<Level, Long> byLevel = new EnumMap<>(Level.class);
            List<Long> cycles = new ArrayList<>();
            long reports = 0;
            try (PreparedStatement ps = all.prepare(
                            c,
                            "SELECT f.county_code, f.complex_level, f.cycle_id, "
                                    + "SUM(f.n), SUM(f.n) FROM rpt_tally f" + all.sql + " AND "
                                    + TallyKind.REPORTS.is("f")
                                    + " GROUP BY f.county_code, f.complex_level, f.cycle_id HAVING SUM(f.n) <> 0");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String cc = rs.getString(1);
                    long complexes = rs.getLong(4);
                    complexesByCounty.merge(cc, complexes, Long::sum);
                    if (county == null || county.equals(cc)) {
                        byLevel.merge(Level.valueOf(rs.getString(2)), complexes, Long::sum);
                        reports += rs.getLong(5);
                    }
                    long cycle = rs.getLong(3);
                    if (!cycles.contains(cycle)) {
                        cycles.add(cycle);
                    }
                }
            }

            // the year's values by county and indicator: the by-county chart, and the totals
            Map<String, Map<String, TallySum>> valuesByCounty = new HashMap<>();
            try (PreparedStatement ps = all.prepare(
                            c,
                            "SELECT f.county_code, f.code, SUM(f.total), SUM(f.n) "
                                    + "FROM rpt_tally f" + all.sql + " AND " + TallyKind.VALUES.is("f")
                                    + " GROUP BY f.county_code, f.code HAVING SUM(f.n) <> 0");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    valuesByCounty
                            .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), new TallySum(rs.getBigDecimal(3), rs.getLong(4)));
                }
            }
            if (cycles.isEmpty()) {
                cycles.addAll(cyclesOf(c, scope, filter.year()));
            }
            List<IndicatorTotal> totals = totals(c, cycles, valuesByCounty, county);
            List<AreaFigures> byCounty = new ArrayList<>();
            for (Dashboard.CountyRef ref : counties) {
                Map<String, BigDecimal> sums = new LinkedHashMap<>();
                Map<String, TallySum> values = valuesByCounty.getOrDefault(ref.code(), Map.of());
                for (String code : CHART_INDICATORS) {
                    sums.put(code, values.getOrDefault(code, TallySum.ZERO).total());
                }
                byCounty.add(new AreaFigures(
                        ref.code(), ref.nameZh(), ref.nameEn(), complexesByCounty.getOrDefault(ref.code(), 0L), sums));
            }

            return new Dashboard(
                    filter,
                    reports,
                    totals,
                    levelCounts(byLevel),
                    progress(c, scope, filter, nowUtc),
                    grades(c, scope, filter),
                    byCounty,
                    trend(c, scope, filter),
                    counties);
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard query failed", e);
        }
    }

    private List<IndicatorTotal> totals(
            Connection c, List<Long> cycles, Map<String, Map<String, TallySum>> valuesByCounty, String county)
            throws SQLException {
        Map<String, TallySum> sums = new HashMap<>();
        valuesByCounty.forEach((cc, values) -> {
            if (county == null || county.equals(cc)) {
                values.forEach((code, v) -> sums.merge(code, v, TallySum::plus));
            }
        });
        List<IndicatorTotal> totals = new ArrayList<>();
        if (cycles.isEmpty()) {
            return totals;
        }
        // names, units and order from the newest cycle involved (one per year and city)
        cycles.sort(java.util.Comparator.reverseOrder());
        String in = String.join(",", java.util.Collections.nCopies(cycles.size(), "?"));
        Map<String, Boolean> seen = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name_zh, name_en, unit_zh, unit_en, value_type, "
                + "cycle_id FROM rpt_indicator WHERE cycle_id IN (" + in + ") ORDER BY cycle_id DESC, sort_order")) {
            for (int i = 0; i < cycles.size(); i++) {
                ps.setLong(i + 1, cycles.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (seen.putIfAbsent(code, true) != null) {
                        continue;
                    }
                    String type = rs.getString(6);
                    TallySum v = sums.getOrDefault(code, TallySum.ZERO);
                    BigDecimal value = v.n() == 0
                            ? BigDecimal.ZERO
                            : ValueType.PERCENT.name().equals(type) ? v.mean(2) : v.total();
                    totals.add(new IndicatorTotal(
                            code,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            type,
                            value.stripTrailingZeros(),
                            v.n()));
                }
            }
        }
        return totals;
    }

    private List<Long> cyclesOf(Connection c, ViewerScope scope, int year) throws SQLException {
        Where w = new Where();
        w.add(year, "y.cycle_year = ?");
        w.add(scope.cityCode(), "y.city_code = ?");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = w.prepare(c, "SELECT y.id FROM rpt_cycle y" + w.sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static List<LevelCount> levelCounts(Map<Level, Long> byLevel) {
        List<LevelCount> list = new ArrayList<>();
        for (Level l : Level.values()) {
            list.add(new LevelCount(l, byLevel.getOrDefault(l, 0L)));
        }
        return list;
    }

    private List<GradeCount> grades(Connection c, ViewerScope scope, DashboardFilter filter) throws SQLException {
        Where w = where(scope, filter, true, true);
        Map<Grade, Long> counts = new EnumMap<>(Grade.class);
        TallyKind kind = scope.publishedGradesOnly() ? TallyKind.PUBLISHED_GRADES : TallyKind.GRADES;
        try (PreparedStatement ps = w.prepare(
                        c,
                        "SELECT f.code, SUM(f.n) FROM rpt_tally f" + w.sql + " AND " + kind.is("f")
                                + " GROUP BY f.code HAVING SUM(f.n) <> 0");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(Grade.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        List<GradeCount> list = new ArrayList<>();
        for (Grade g : Grade.values()) {
            list.add(new GradeCount(g, counts.getOrDefault(g, 0L)));
        }
        return list;
    }

    /** Open steps of the year's appraisals in scope; the status switch does not apply (a draft waits too). */
    private List<StepProgress> progress(Connection c, ViewerScope scope, DashboardFilter filter, LocalDateTime now)
            throws SQLException {
        // the open steps carry their city, county and year (and have an index on them); a level is the complex's
        Where w = new Where();
        w.add(scope.cityCode(), "s.city_code = ?");
        w.add(filter.countyCode(), "s.county_code = ?");
        w.add(
                filter.level() == null ? null : filter.level().name(),
                "s.complex_id IN (SELECT c.complex_id FROM rpt_complex c WHERE c.complex_level = ?)");
        String from = "FROM rpt_open_step s";
        List<StepProgress> list = new ArrayList<>();
        String sql = "SELECT s.step_key, MIN(s.step_name), COUNT(DISTINCT s.appraisal_id), "
                + "COUNT(DISTINCT CASE WHEN s.due_at < ? THEN s.appraisal_id END) " + from + w.sql
                + " AND s.appraisal_year = ? GROUP BY s.step_key ORDER BY MIN(s.appraisal_id), s.step_key";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.valueOf(now));
            int i = w.bind(ps, 2);
            ps.setInt(i, filter.year());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new StepProgress(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        List<String> order = stepOrder.get();
        list.sort(java.util.Comparator.comparingInt(p -> {
            int i = order.indexOf(p.stepKey());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return list;
    }

    private List<AreaFigures> trend(Connection c, ViewerScope scope, DashboardFilter filter) throws SQLException {
        Where w = where(scope, filter, false, true);
        Map<Integer, Long> complexes = new TreeMap<>();
        try (PreparedStatement ps = w.prepare(
                        c,
                        "SELECT f.report_year, SUM(f.n) FROM rpt_tally f" + w.sql + " AND " + TallyKind.REPORTS.is("f")
                                + " GROUP BY f.report_year HAVING SUM(f.n) <> 0");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                complexes.put(rs.getInt(1), rs.getLong(2));
            }
        }
        Map<Integer, Map<String, BigDecimal>> sums = new HashMap<>();
        String in = String.join(",", java.util.Collections.nCopies(CHART_INDICATORS.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT f.report_year, f.code, SUM(f.total) FROM rpt_tally f"
                + w.sql + " AND " + TallyKind.VALUES.is("f") + " AND f.code IN (" + in + ")"
                + " GROUP BY f.report_year, f.code")) {
            int i = w.bind(ps, 1);
            for (String code : CHART_INDICATORS) {
                ps.setString(i++, code);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sums.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
        }
        List<AreaFigures> list = new ArrayList<>();
        complexes.forEach((year, n) -> {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String code : CHART_INDICATORS) {
                values.put(code, sums.getOrDefault(year, Map.of()).getOrDefault(code, BigDecimal.ZERO));
            }
            list.add(new AreaFigures(String.valueOf(year), String.valueOf(year), String.valueOf(year), n, values));
        });
        return list;
    }

    public List<ComplexRow> complexes(ViewerScope scope, DashboardFilter requested, Drill drill, LocalDateTime now) {
        DashboardFilter filter = requested.withCounty(scope.county(requested.countyCode()));
        if (drill.kind() == Drill.Kind.YEAR) {
            filter = filter.withYear(Integer.parseInt(drill.value()));
        }
        boolean steps = drill.kind() == Drill.Kind.STEP || drill.kind() == Drill.Kind.OVERDUE;
        Where w = where(scope, filter, true, !steps);
        boolean withValue = drill.kind() == Drill.Kind.INDICATOR;
        StringBuilder sql = new StringBuilder("SELECT f.complex_id, f.complex_name_zh, f.complex_name_en, "
                + "f.county_code, k.name_zh, k.name_en, f.complex_level, f.report_year, f.report_id, f.report_status, "
                + "f.score, f.grade, f.published_at, " + (withValue ? "v.num_value" : "NULL")
                + " FROM rpt_report_fact f JOIN rpt_county k ON k.code = f.county_code");
        List<Object> extra = new ArrayList<>();
        if (withValue) {
            sql.append(" JOIN rpt_report_value v ON v.report_id = f.report_id AND v.indicator_code = ?");
        }
        sql.append(w.sql);
        switch (drill.kind()) {
            case LEVEL -> {
                sql.append(" AND f.complex_level = ?");
                extra.add(drill.value());
            }
            case COUNTY -> {
                sql.append(" AND f.county_code = ?");
                extra.add(drill.value());
            }
            case GRADE -> {
                sql.append(" AND f.grade = ?");
                if (scope.publishedGradesOnly()) {
                    sql.append(" AND f.published_at IS NOT NULL");
                }
                extra.add(drill.value());
            }
            case STEP -> {
                sql.append(" AND f.report_id IN (SELECT s.report_id FROM rpt_open_step s WHERE s.step_key = ?)");
                extra.add(drill.value());
            }
            case OVERDUE -> {
                sql.append(" AND f.report_id IN (SELECT s.report_id FROM rpt_open_step s WHERE s.step_key = ?"
                        + " AND s.due_at < ?)");
                extra.add(drill.value());
                extra.add(Timestamp.valueOf(now));
            }
            default -> {}
        }
        sql.append(" ORDER BY k.sort_order, f.complex_name_zh, f.complex_id");
        List<ComplexRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (withValue) {
                ps.setString(i++, drill.value());
            }
            i = w.bind(ps, i);
            for (Object o : extra) {
                ps.setObject(i++, o);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean gradeVisible =
                            rs.getString(12) != null && (!scope.publishedGradesOnly() || rs.getTimestamp(13) != null);
                    rows.add(new ComplexRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            Level.valueOf(rs.getString(7)),
                            rs.getInt(8),
                            rs.getLong(9),
                            rs.getString(10),
                            gradeVisible ? rs.getBigDecimal(11) : null,
                            gradeVisible ? Grade.valueOf(rs.getString(12)) : null,
                            withValue && rs.getBigDecimal(14) != null
                                    ? rs.getBigDecimal(14).stripTrailingZeros()
                                    : null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard drill-down failed", e);
        }
        return rows;
    }

    /** the years the viewer's city has a cycle for (a county has its city's cycles) */
    public List<Integer> years(ViewerScope scope) {
        Where w = new Where();
        w.add(scope.cityCode(), "y.city_code = ?");
        List<Integer> years = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = w.prepare(
                        c, "SELECT DISTINCT y.cycle_year FROM rpt_cycle y" + w.sql + " ORDER BY y.cycle_year DESC");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                years.add(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard years failed", e);
        }
        return years;
    }

    private List<Dashboard.CountyRef> counties(Connection c, ViewerScope scope) throws SQLException {
        Where w = new Where();
        w.add(scope.cityCode(), "k.city_code = ?");
        w.add(scope.countyCode(), "k.code = ?");
        List<Dashboard.CountyRef> list = new ArrayList<>();
        try (PreparedStatement ps = w.prepare(
                        c,
                        "SELECT k.code, k.name_zh, k.name_en FROM rpt_county k" + w.sql
                                + " ORDER BY k.city_code, k.sort_order");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Dashboard.CountyRef(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return list;
    }

    private static Where where(ViewerScope scope, DashboardFilter f, boolean withYear, boolean withStatus) {
        Where w = new Where();
        w.add(scope.cityCode(), "f.city_code = ?");
        w.add(f.countyCode(), "f.county_code = ?");
        if (withYear) {
            w.add(f.year(), "f.report_year = ?");
        }
        w.add(f.level() == null ? null : f.level().name(), "f.complex_level = ?");
        if (withStatus) {
            w.sql.append(
                    f.approvedOnly()
                            ? " AND f.report_status = '" + ReportStatus.ACCEPTED.name() + "'"
                            : " AND f.report_status IN " + FigureTallies.COUNTED);
        }
        return w;
    }

    /** a WHERE clause that always starts with {@code WHERE 1=1}, so conditions append with AND */
    private static final class Where {
        final StringBuilder sql = new StringBuilder(" WHERE 1=1");
        final List<Object> args = new ArrayList<>();

        void add(Object value, String condition) {
            if (value != null) {
                sql.append(" AND ").append(condition);
                args.add(value);
            }
        }

        int bind(PreparedStatement ps, int from) throws SQLException {
            int i = from;
            for (Object a : args) {
                ps.setObject(i++, a);
            }
            return i;
        }

        PreparedStatement prepare(Connection c, String sql) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            bind(ps, 1);
            return ps;
        }

        @Override
        public String toString() {
            return Objects.toString(sql);
        }
    }
}
