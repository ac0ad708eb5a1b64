package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.Role;
import org.innocomplex.registry.api.Level;
import org.innocomplex.reporting.api.Dashboard;
import org.innocomplex.reporting.api.DashboardFilter;
import org.innocomplex.reporting.api.DashboardService;
import org.innocomplex.reporting.api.Drill;
import org.innocomplex.reporting.api.FigureTallyService;
import org.innocomplex.reporting.api.SummaryService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard at the target size: 10 years × 10,000 complexes (100k reports with 11 figures each, 1.1M values,
 * 100k appraisals, the last year's 10k open steps) in a city of 10 counties of its own, measured per dashboard
 * request against a baseline in the same run and database: a plain {@code COUNT(*)} over the same year's value
 * rows (what any query that reads the year's figures must at least touch). A benchmark, not a test of timings: it
 * asserts only that the answers are right. Run by {@code mvn -P benchmark} only (README-benchmarks.md).
 *
 * <p>Rows are written by JDBC batches with ids from 900,000,000 on and city {@code BM0000}; on PostgreSQL they are
 * deleted at the end, on H2 the profile's database file is the benchmark's own.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBenchmarkIT {
    static final int COMPLEXES = Integer.getInteger("bench.complexes", 10_000);
    static final int YEARS = Integer.getInteger("bench.years", 10);
    static final int FIRST_YEAR = 2016;
    static final int COUNTIES = 10;
    static final int BATCH = 5_000;
    static final long WARMUP_MS = Long.getLong("bench.warmupSeconds", 60) * 1000;
    static final int REQUESTS = Integer.getInteger("bench.requests", 300);
    static final String CITY = "BM0000";
    static final long ID0 = 900_000_000L;
    static final String[] CODES = {
        "construction_investment",
        "cluster_output_value",
        "cluster_rd_investment",
        "cluster_enterprises",
        "above_scale_enterprises",
        "national_high_tech_enterprises",
        "provincial_sme_tech_enterprises",
        "service_institutions",
        "academicians",
        "enterprise_services",
        "technical_problems_solved"
    };
    static final String BASELINE = "baseline: COUNT(*) of the year's value rows (sub_report_value ⋈ sub_report)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Inject
    DashboardService dashboards;

    @Inject
    SummaryService summaries;

    @Inject
    FigureTallyService tallies;

    private final List<String> report = new ArrayList<>();
    private String db = "unknown";

    private static String county(int complex) {
        return String.format(Locale.ROOT, "BM%02d", complex % COUNTIES);
    }

    /** a figure of a complex in a year: deterministic, so the expected totals are known */
    private static long figure(int complex, int year, int code) {
        return 10 + (complex % 97) + year % 7 + code;
    }

    @Test
    void dashboardAtTargetSize() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            db = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .replace(" ", "");
        }
        boolean h2 = db.contains("h2");
        long t0 = System.nanoTime();
        cleanUp(h2);
        fill();
        // the rows were written around the application, so its tallies are counted once, as at start-up
        long r0 = System.nanoTime();
        tallies.rebuild();
        line(String.format(
                Locale.ROOT, "  tallies counted from the reports in %.1f s", (System.nanoTime() - r0) / 1e9));
        analyze();
        line(String.format(
                Locale.ROOT,
                "database %s; filled %,d complexes × %d years = %,d reports, %,d values, "
                        + "%,d appraisals, %,d open steps in %d s",
                db,
                COMPLEXES,
                YEARS,
                COMPLEXES * YEARS,
                COMPLEXES * YEARS * CODES.length,
                COMPLEXES * YEARS,
                COMPLEXES,
                (System.nanoTime() - t0) / 1_000_000_000));
        measure();
        if (!h2) {
            cleanUp(false);
        }
    }

    private void measure() throws Exception {
        Actor municipal = new Actor("bm-municipal", "benchmark official", Role.MUNICIPAL_OFFICIAL, CITY, null);
        Actor county = new Actor("bm-county", "benchmark county official", Role.COUNTY_OFFICIAL, "BM03", null);
        int year = FIRST_YEAR + YEARS - 1;
        DashboardFilter city = new DashboardFilter(year, null, null, true);

        // the answers are right before they are timed
        Dashboard d = dashboards.dashboard(municipal, city);
        assertEquals(COMPLEXES, d.reports());
        long expected = 0;
        for (int i = 0; i < COMPLEXES; i++) {
            expected += figure(i, year, 1);
        }
        assertEquals(
                0,
                BigDecimal.valueOf(expected)
                        .compareTo(d.total("cluster_output_value").value()));
        assertEquals(YEARS, d.trend().size());
        assertEquals(COUNTIES, d.byCounty().size());
        assertTrue(d.progress().stream().anyMatch(p -> p.overdue() > 0));
        assertEquals(COMPLEXES / COUNTIES, dashboards.dashboard(county, city).reports());

        // each request asks for another year (round robin over the ten), so that no query meets its own previous
        // result in H2's per-statement result reuse
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntSupplier y = () -> FIRST_YEAR + Math.floorMod(turn.getAndIncrement(), YEARS);
        Map<String, Callable<Object>> s = new LinkedHashMap<>();
        s.put(
                BASELINE,
                () -> count(
                        "SELECT COUNT(*) FROM sub_report_value v JOIN sub_report r ON r.id = v.report_id "
                                + "WHERE r.city_code = ? AND r.report_year = ? AND r.status = 'ACCEPTED'",
                        y.getAsInt()));
        s.put(
                "baseline: COUNT(*) of the year's reports",
                () -> count(
                        "SELECT COUNT(*) FROM sub_report r "
                                + "WHERE r.city_code = ? AND r.report_year = ? AND r.status = 'ACCEPTED'",
                        y.getAsInt()));
        s.put(
                "dashboard: whole city, approved (7 queries)",
                () -> dashboards.dashboard(municipal, city.withYear(y.getAsInt())));
        s.put(
                "dashboard: whole city, all submitted",
                () -> dashboards.dashboard(municipal, new DashboardFilter(y.getAsInt(), null, null, false)));
        s.put(
                "dashboard: one county (municipal official)",
                () -> dashboards.dashboard(
                        municipal, city.withYear(y.getAsInt()).withCounty("BM05")));
        s.put(
                "dashboard: provincial level",
                () -> dashboards.dashboard(municipal, new DashboardFilter(y.getAsInt(), Level.PROVINCIAL, null, true)));
        s.put("dashboard: county official", () -> dashboards.dashboard(county, city.withYear(y.getAsInt())));
        s.put(
                "summary paragraph (a dashboard + names)",
                () -> summaries.text(municipal, city.withYear(y.getAsInt()), Locale.CHINA));
        s.put(
                "drill-down: grade EXCELLENT, whole city",
                () -> dashboards
                        .complexes(municipal, city.withYear(y.getAsInt()), new Drill(Drill.Kind.GRADE, "EXCELLENT"))
                        .size());
        s.put(
                "drill-down: indicator, one county (1,000 rows)",
                () -> dashboards
                        .complexes(
                                municipal,
                                city.withYear(y.getAsInt()).withCounty("BM05"),
                                new Drill(Drill.Kind.INDICATOR, "cluster_output_value"))
                        .size());

        long warmEnd = System.currentTimeMillis() + WARMUP_MS;
        int rounds = 0;
        while (System.currentTimeMillis() < warmEnd) {
            for (Callable<Object> c : s.values()) {
                c.call();
            }
            rounds++;
        }
        line("warm-up " + WARMUP_MS / 1000 + " s (" + rounds + " rounds of every scenario); then " + REQUESTS
                + " requests per scenario, interleaved");
        Map<String, long[]> nanos = new LinkedHashMap<>();
        s.keySet().forEach(k -> nanos.put(k, new long[REQUESTS]));
        for (int i = 0; i < REQUESTS; i++) {
            for (var e : s.entrySet()) {
                long t = System.nanoTime();
                e.getValue().call();
                nanos.get(e.getKey())[i] = System.nanoTime() - t;
            }
        }
        double[] base = null;
        line(String.format(
                Locale.ROOT,
                "%-62s %5s %8s %8s %8s %9s %9s",
                "scenario (ms)",
                "n",
                "p50",
                "p95",
                "p99",
                "p50/base",
                "p95/base"));
        for (var e : nanos.entrySet()) {
            long[] n = e.getValue();
            Arrays.sort(n);
            double[] p = {pct(n, 50), pct(n, 95), pct(n, 99)};
            if (base == null) {
                base = p;
            }
            line(String.format(
                    Locale.ROOT,
                    "%-62s %5d %8.2f %8.2f %8.2f %9.2f %9.2f",
                    e.getKey(),
                    n.length,
                    p[0],
                    p[1],
                    p[2],
                    p[0] / base[0],
                    p[1] / base[1]));
        }
        line("target: dashboard p95 <= 200 ms");
        Files.writeString(
                reportDir().resolve("dashboard-" + db + ".txt"),
                String.join("\n", report) + "\n",
                StandardCharsets.UTF_8);
    }

    private long count(String sql, int year) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, CITY);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000.0;
    }

    // --- the data

    private void fill() throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO reg_city (code, name_zh, name_en) VALUES ('" + CITY + "', '基准市', "
                    + "'Benchmark City')");
            for (int k = 0; k < COUNTIES; k++) {
                String code = county(k);
                s.executeUpdate("INSERT INTO reg_county (code, name_zh, name_en, city_code, sort_order) VALUES ('"
                        + code + "', '基准县" + k + "', 'Benchmark county " + k + "', '" + CITY + "', " + k + ")");
            }
            for (int y = 0; y < YEARS; y++) {
                long cycle = ID0 + y;
                s.executeUpdate("INSERT INTO sub_cycle (id, cycle_year, city_code, status, created_at) VALUES (" + cycle
                        + ", " + (FIRST_YEAR + y) + ", '" + CITY + "', '" + (y == YEARS - 1 ? "OPEN" : "CLOSED")
                        + "', CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO sub_cycle_indicator (cycle_id, code, name_zh, name_en, unit_zh, unit_en, "
                        + "value_type, required, min_value, max_value, group_code, sort_order) SELECT " + cycle
                        + ", code, name_zh, name_en, unit_zh, unit_en, value_type, required, min_value, max_value, "
                        + "group_code, sort_order FROM sub_cycle_indicator WHERE cycle_id = 0");
            }
        }
        batches(
                "INSERT INTO reg_complex (id, name_zh, name_en, county_code, city_code, level, list_status, demo, "
                        + "active, version) VALUES (?, ?, ?, ?, '" + CITY + "', ?, 'CREATION', FALSE, TRUE, 0)",
                COMPLEXES,
                (ps, i) -> {
                    ps.setLong(1, ID0 + i);
                    ps.setString(2, "基准综合体" + i);
                    ps.setString(3, "Benchmark complex " + i);
                    ps.setString(4, county(i));
                    ps.setString(5, i % 3 == 0 ? "PROVINCIAL" : "MUNICIPAL");
                });
        int reports = COMPLEXES * YEARS;
        batches(
                "INSERT INTO sub_report (id, cycle_id, report_year, complex_id, county_code, city_code, status, "
                        + "submission_no, updated_at, version) VALUES (?, ?, ?, ?, ?, '" + CITY + "', ?, 1, ?, 0)",
                reports,
                (ps, n) -> {
                    int y = n / COMPLEXES;
                    int i = n % COMPLEXES;
                    ps.setLong(1, ID0 + n);
                    ps.setLong(2, ID0 + y);
                    ps.setInt(3, FIRST_YEAR + y);
                    ps.setLong(4, ID0 + i);
                    ps.setString(5, county(i));
                    ps.setString(6, "ACCEPTED");
                    ps.setTimestamp(7, Timestamp.valueOf(now));
                });
        batches(
                "INSERT INTO sub_report_value (report_id, indicator_code, num_value) VALUES (?, ?, ?)",
                reports * CODES.length,
                (ps, m) -> {
                    int n = m / CODES.length;
                    int code = m % CODES.length;
                    ps.setLong(1, ID0 + n);
                    ps.setString(2, CODES[code]);
                    ps.setBigDecimal(3, BigDecimal.valueOf(figure(n % COMPLEXES, FIRST_YEAR + n / COMPLEXES, code)));
                });
        String[] grades = {"EXCELLENT", "GOOD", "GOOD", "PASS", "PASS", "PASS", "FAIL"};
        batches(
                "INSERT INTO apr_appraisal (id, report_id, complex_id, county_code, city_code, appraisal_year, status, "
                        + "score, grade, published_at, version, cycle_id) VALUES (?, ?, ?, ?, '" + CITY
                        + "', ?, ?, ?, ?, ?, 0, ?)",
                reports,
                (ps, n) -> {
                    int y = n / COMPLEXES;
                    int i = n % COMPLEXES;
                    boolean current = y == YEARS - 1;
                    // the current year: a tenth still running, the rest decided, nothing published yet
                    boolean decided = !current || i % 10 != 0;
                    ps.setLong(1, ID0 + n);
                    ps.setLong(2, ID0 + n);
                    ps.setLong(3, ID0 + i);
                    ps.setString(4, county(i));
                    ps.setInt(5, FIRST_YEAR + y);
                    ps.setString(6, !decided ? "RUNNING" : current ? "DECIDED" : "PUBLISHED");
                    ps.setBigDecimal(7, decided ? BigDecimal.valueOf(55 + i % 45) : null);
                    ps.setString(8, decided ? grades[i % grades.length] : null);
                    ps.setTimestamp(9, decided && !current ? Timestamp.valueOf(now.minusYears(YEARS - y)) : null);
                    ps.setLong(10, ID0 + y);
                });
        String[] steps = {"report", "countyReview", "municipalReview", "assignExperts", "expertReview", "decision"};
        batches(
                "INSERT INTO apr_work_item (task_id, appraisal_id, report_id, complex_id, complex_name_zh, "
                        + "complex_name_en, county_code, city_code, cycle_id, appraisal_year, process_instance_id, step_key, "
                        + "form_key, step_name, audience, created_at, due_at, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, '"
                        + CITY + "', ?, ?, ?, ?, 'review', ?, ?, ?, ?, 'OPEN', 0)",
                COMPLEXES,
                (ps, i) -> {
                    int y = YEARS - 1;
                    long n = (long) y * COMPLEXES + i;
                    String step = steps[i % steps.length];
                    ps.setString(1, "bm-d-" + i);
                    ps.setLong(2, ID0 + n);
                    ps.setLong(3, ID0 + n);
                    ps.setLong(4, ID0 + i);
                    ps.setString(5, "基准综合体" + i);
                    ps.setString(6, "Benchmark complex " + i);
                    ps.setString(7, county(i));
                    ps.setLong(8, ID0 + y);
                    ps.setInt(9, FIRST_YEAR + y);
                    ps.setString(10, "bm-dp-" + i);
                    ps.setString(11, step);
                    ps.setString(12, step);
                    ps.setString(13, "group:county:" + county(i));
                    ps.setTimestamp(14, Timestamp.valueOf(now.minusDays(30)));
                    ps.setTimestamp(15, Timestamp.valueOf(now.plusDays(i % 4 == 0 ? -3 : 10)));
                });
    }

    interface Row {
        void bind(PreparedStatement ps, int n) throws SQLException;
    }

    private void batches(String sql, int count, Row row) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int n = 0; n < count; n++) {
                    row.bind(ps, n);
                    ps.addBatch();
                    if ((n + 1) % BATCH == 0 || n == count - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            c.setAutoCommit(true);
        }
        String table = sql.substring("INSERT INTO ".length(), sql.indexOf(' ', "INSERT INTO ".length()));
        line(String.format(Locale.ROOT, "  %-18s %,10d rows in %5.1f s", table, count, (System.nanoTime() - t0) / 1e9));
    }

    private void analyze() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            if (db.contains("postgres")) {
                for (String t : List.of(
                        "reg_complex",
                        "sub_report",
                        "sub_report_value",
                        "apr_appraisal",
                        "apr_work_item",
                        "rpt_tally",
                        "rpt_counted")) {
                    s.execute("ANALYZE " + t);
                }
            } else {
                s.execute("ANALYZE");
            }
        } catch (SQLException e) {
            line("statistics not refreshed: " + e.getMessage());
        }
    }

    /** removes the rows of an earlier run; on H2 in chunks, since one huge delete keeps all its undo in memory */
    private void cleanUp(boolean h2) throws SQLException {
        String chunk = h2 ? " FETCH FIRST 20000 ROWS ONLY" : "";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : List.of(
                    "DELETE FROM rpt_counted WHERE report_id >= " + ID0,
                    "DELETE FROM rpt_tally WHERE city_code = '" + CITY + "'",
                    "DELETE FROM apr_work_item WHERE task_id LIKE 'bm-d-%'",
                    "DELETE FROM apr_appraisal WHERE id >= " + ID0,
                    "DELETE FROM sub_report_value WHERE report_id >= " + ID0,
                    "DELETE FROM sub_report WHERE id >= " + ID0,
                    "DELETE FROM sub_cycle_indicator WHERE cycle_id >= " + ID0,
                    "DELETE FROM sub_cycle WHERE id >= " + ID0,
                    "DELETE FROM reg_complex WHERE id >= " + ID0)) {
                while (s.executeUpdate(sql + chunk) > 0 && h2) {
                    // next chunk
                }
            }
            s.executeUpdate("DELETE FROM reg_county WHERE city_code = '" + CITY + "'");
            s.executeUpdate("DELETE FROM reg_city WHERE code = '" + CITY + "'");
        }
    }

    private void line(String s) {
        report.add(s);
        System.out.println("[dashboard-benchmark] " + s);
        try {
            Path dir = reportDir();
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("dashboard-" + db + ".progress.txt"),
                    Instant.now() + " " + s + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path reportDir() {
        return Path.of(System.getProperty("innocomplex.it.reportDir", System.getProperty("java.io.tmpdir")))
                .resolve("benchmarks");
    }
}
