package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.innocomplex.appraisal.api.InboxItem;
import org.innocomplex.appraisal.api.InboxQuery;
import org.innocomplex.appraisal.api.InboxService;
import org.innocomplex.appraisal.api.StepCount;
import org.innocomplex.workflow.infrastructure.FlowableEngine;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox at the target size: 100k open and 1M finished tasks over 10 counties, measured for a county official
 * (10k open tasks in their group) against raw Flowable's own group query on the same 100k open tasks, in the same
 * run and the same database. A benchmark, not a test of timings: it asserts only that the queries return what they
 * should. Run by {@code mvn -P benchmark} only (see {@code webapp/README-benchmarks.md}).
 *
 * <p>The rows are written by JDBC batches straight into {@code apr_work_item} and Flowable's {@code ACT_RU_TASK},
 * {@code ACT_RU_IDENTITYLINK} and {@code ACT_HI_TASKINST} (standalone tasks, no process), ids prefixed {@code bm-};
 * on PostgreSQL they are deleted at the end, on H2 the profile's database file is the benchmark's own.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxBenchmarkIT {
    static final int OPEN = Integer.getInteger("bench.open", 100_000);
    static final int DONE = Integer.getInteger("bench.done", 1_000_000);
    static final int COUNTIES = 10;
    static final int BATCH = 5_000;
    static final long WARMUP_MS = Long.getLong("bench.warmupSeconds", 60) * 1000;
    static final int REQUESTS = Integer.getInteger("bench.requests", 1000);
    /** raw Flowable's group query costs about a second on H2 at this size: fewer of them keep a test within 15 min */
    static final int BASELINE_REQUESTS = Integer.getInteger("bench.baselineRequests", 100);

    static final String[] STEPS = {"countyReview", "countyRecheck", "countySiteVisit"};
    static final String COUNTY = "BM03";
    static final String BASELINE = "baseline: Flowable taskCandidateGroup listPage(0,25) newest first";
    static final String FLOWABLE_PAGER = "Flowable listPage + count() (a pager on raw Flowable)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Resource
    UserTransaction utx;

    @Inject
    InboxService inbox;

    @Inject
    FlowableEngine flowable;

    /** static: the two tests are two instances of the class, and the report spans both */
    private static final List<String> report = new ArrayList<>();

    private static String db = "unknown";

    private static String county(int i) {
        return String.format(Locale.ROOT, "BM%02d", i % COUNTIES);
    }

    /*
     * Filling and measuring are two tests because each container test is one HTTP call to the server, and a call may
     * not take longer than 15 minutes: on H2 the fill alone takes about 4.
     */
    @Test
    @Order(1)
    void fillToTargetSize() throws Exception {
        boolean h2 = database().contains("h2");
        if (h2 && alreadyFilled()) {
            line("database " + db
                    + "; the rows of an earlier complete fill are still there (webapp/target/bench-db): kept");
            return;
        }
        long t0 = System.nanoTime();
        cleanUp(h2);
        fill();
        analyze(db);
        line("database " + db + "; filled " + OPEN + " open + " + DONE + " finished work items and the same open "
                + "tasks (+ candidate links) and finished tasks in Flowable in "
                + (System.nanoTime() - t0) / 1_000_000_000 + " s");
    }

    @Test
    @Order(2)
    void inboxAtTargetSize() throws Exception {
        boolean h2 = database().contains("h2");
        // the rows were written around the application (here, or by another benchmark of the run): its running
        // counts per step are counted once, as for a database from before them
        long r0 = System.nanoTime();
        inbox.recount();
        line(String.format(
                Locale.ROOT, "inbox counts counted from the work items in %.1f s", (System.nanoTime() - r0) / 1e9));
        measure(db);
        // the H2 run has a database file of its own (webapp/target/bench-db); a shared PostgreSQL gets its rows back
        if (!h2) {
            cleanUp(false);
            inbox.recount();
        }
    }

    /** a rerun on H2 keeps the rows of an earlier complete fill: filling takes 5 to 10 minutes */
    private boolean alreadyFilled() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            return count(s, "SELECT COUNT(*) FROM apr_work_item WHERE task_id LIKE 'bm-t-%' OR task_id LIKE 'bm-h-%'")
                            == OPEN + DONE
                    && count(s, "SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ LIKE 'bm-%'") == OPEN
                    && count(s, "SELECT COUNT(*) FROM ACT_RU_IDENTITYLINK WHERE ID_ LIKE 'bm-%'") == OPEN
                    && count(s, "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ LIKE 'bm-%'") == DONE;
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String database() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            db = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .replace(" ", "");
        }
        return db;
    }

    // --- the scenarios

    private Map<String, Callable<Object>> scenarios(Actor official, Actor handler, String group) {
        Map<String, Callable<Object>> s = new LinkedHashMap<>();
        s.put(
                BASELINE,
                () -> tx(() -> flowable.engine()
                        .getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(group)
                        .orderByTaskCreateTime()
                        .desc()
                        .listPage(0, 25)));
        s.put(
                FLOWABLE_PAGER,
                () -> tx(() -> {
                    var tasks = flowable.engine().getTaskService();
                    tasks.createTaskQuery()
                            .taskCandidateGroup(group)
                            .orderByTaskCreateTime()
                            .desc()
                            .listPage(0, 25);
                    return tasks.createTaskQuery().taskCandidateGroup(group).count();
                }));
        s.put(
                "inbox request: counts per step (header, pager total) + page 1 newest first",
                () -> request(official, InboxQuery.all()));
        s.put(
                "inbox request, step filter",
                () -> request(official, InboxQuery.all().withStep("countyRecheck")));
        s.put(
                "inbox request, cycle filter",
                () -> request(official, InboxQuery.all().withCycle(9002L)));
        s.put(
                "inbox request, overdue only",
                () -> request(official, InboxQuery.all().withOverdueOnly(true)));
        s.put(
                "inbox request, sorted by due date",
                () -> request(official, InboxQuery.all().sortedBy(InboxQuery.Sort.DUE, true)));
        // paging is an AJAX request: the table's count and page, no header
        s.put("inbox request, page 20 (rows 476-500)", () -> {
            long total = inbox.countsByStep(official).stream()
                    .mapToLong(StepCount::count)
                    .sum();
            return inbox.page(official, InboxQuery.all(), 475, 25).size() + total;
        });
        s.put(
                "handled list: page 1 + count (" + DONE / COUNTIES / 10 + " rows of the official)",
                () -> inbox.handled(handler, 0, 25).size() + inbox.handledCount(handler));
        return s;
    }

    /**
     * What the inbox page asks for, as {@code InboxView} and the header ({@code MeView}) do: the counts per step once
     * (the header's badge and menu, and the pager's total when nothing is filtered), the pager's count only for a
     * filter, and the page.
     */
    private Object request(Actor official, InboxQuery q) {
        List<StepCount> steps = inbox.countsByStep(official);
        long count = q.unfiltered() ? steps.stream().mapToLong(StepCount::count).sum() : inbox.count(official, q);
        List<InboxItem> page = inbox.page(official, q, 0, 25);
        return page.size() + count + steps.size();
    }

    private <T> T tx(Callable<T> work) throws Exception {
        utx.begin();
        try {
            return work.call();
        } finally {
            utx.commit();
        }
    }

    private void measure(String db) throws Exception {
        Actor official = new Actor("bm-official-03-0", "benchmark official", Role.COUNTY_OFFICIAL, COUNTY, null);
        Actor handler = new Actor("bm-official-03-1", "benchmark official", Role.COUNTY_OFFICIAL, COUNTY, null);
        String group = "county:" + COUNTY;
        Map<String, Callable<Object>> scenarios = scenarios(official, handler, group);
        // H2 hands back a statement's previous result when it runs again with the same parameters on unchanged
        // tables: the rounds go round the ten counties' officials (the same amount of data each), so no request
        // is answered from that reuse
        List<Map<String, Callable<Object>>> byCounty = new ArrayList<>();
        for (int c = 0; c < COUNTIES; c++) {
            String code = county(c);
            byCounty.add(scenarios(
                    new Actor(
                            "bm-official-" + code.substring(2) + "-0",
                            "benchmark official",
                            Role.COUNTY_OFFICIAL,
                            code,
                            null),
                    new Actor(
                            "bm-official-" + code.substring(2) + "-1",
                            "benchmark official",
                            Role.COUNTY_OFFICIAL,
                            code,
                            null),
                    "county:" + code));
        }

        // what the scenarios return, so the figures are for the right answers
        assertEquals(OPEN / COUNTIES, inbox.count(official, InboxQuery.all()));
        assertEquals(25, inbox.page(official, InboxQuery.all(), 0, 25).size());
        assertEquals(
                OPEN / COUNTIES,
                flowable.engine()
                        .getTaskService()
                        .createTaskQuery()
                        .taskCandidateGroup(group)
                        .count());
        assertEquals(STEPS.length, inbox.countsByStep(official).size());
        assertTrue(inbox.count(official, InboxQuery.all().withOverdueOnly(true)) > 0);
        assertEquals(DONE / COUNTIES / 10, inbox.handledCount(handler));

        // raw Flowable's queries run in every k-th round only, still interleaved with the others: on H2 each costs
        // about a second, and a thousand of them would not fit the 15 minutes one test may take
        int every = Math.max(1, REQUESTS / Math.max(1, BASELINE_REQUESTS));
        long warmEnd = System.currentTimeMillis() + WARMUP_MS;
        int rounds = 0;
        while (System.currentTimeMillis() < warmEnd) {
            for (var e : byCounty.get(rounds % COUNTIES).entrySet()) {
                if (rounds % every == 0 || !isFlowable(e.getKey())) {
                    e.getValue().call();
                }
            }
            rounds++;
        }
        line("warm-up " + WARMUP_MS / 1000 + " s (" + rounds + " rounds of every scenario, raw Flowable in every "
                + every + ". round); then " + REQUESTS + " requests per scenario, interleaved, raw Flowable's in every "
                + every + ". round");

        Map<String, long[]> nanos = new LinkedHashMap<>();
        scenarios.keySet().forEach(k -> nanos.put(k, new long[REQUESTS]));
        nanos.put(BASELINE, new long[(REQUESTS + every - 1) / every]);
        nanos.put(FLOWABLE_PAGER, new long[(REQUESTS + every - 1) / every]);
        for (int i = 0; i < REQUESTS; i++) {
            for (String key : scenarios.keySet()) {
                boolean flowableOne = isFlowable(key);
                if (flowableOne && i % every != 0) {
                    continue;
                }
                Callable<Object> request =
                        byCounty.get((flowableOne ? i / every : i) % COUNTIES).get(key);
                long t = System.nanoTime();
                request.call();
                nanos.get(key)[flowableOne ? i / every : i] = System.nanoTime() - t;
            }
        }
        double[] base = null;
        line(String.format(
                Locale.ROOT,
                "%-70s %6s %8s %8s %8s %9s %9s",
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
                    "%-70s %6d %8.2f %8.2f %8.2f %9.2f %9.2f",
                    e.getKey(),
                    n.length,
                    p[0],
                    p[1],
                    p[2],
                    p[0] / base[0],
                    p[1] / base[1]));
        }
        line("target: inbox request p95 <= 100 ms");
        write(db);
    }

    private static boolean isFlowable(String scenario) {
        return scenario.equals(BASELINE) || scenario.equals(FLOWABLE_PAGER);
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1_000_000.0;
    }

    // --- the data

    private void fill() throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        batches(
                "INSERT INTO apr_work_item (task_id, appraisal_id, report_id, complex_id, complex_name_zh, "
                        + "complex_name_en, county_code, city_code, cycle_id, appraisal_year, process_instance_id, step_key, "
                        + "form_key, step_name, audience, claimed_by, created_at, due_at, status, completed_by, completed_at, "
                        + "version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                OPEN + DONE,
                (ps, n) -> {
                    boolean open = n < OPEN;
                    int k = open ? n : n - OPEN;
                    String county = county(k);
                    int complex = k % 10_000;
                    LocalDateTime created = open
                            ? now.minusMinutes(OPEN - k)
                            : now.minusSeconds(30L * k).minusDays(1);
                    ps.setString(1, (open ? "bm-t-" : "bm-h-") + k);
                    ps.setLong(2, k);
                    ps.setLong(3, k);
                    ps.setLong(4, complex);
                    ps.setString(5, "基准综合体" + complex);
                    ps.setString(6, "Benchmark complex " + complex);
                    ps.setString(7, county);
                    ps.setString(8, "BM00");
                    ps.setLong(9, open ? 9000 + (k / COUNTIES) % 5 : 8000 + k % 10);
                    ps.setInt(10, open ? 2025 : 2015 + k % 10);
                    ps.setString(11, "bm-p-" + k);
                    String step = STEPS[(k / COUNTIES) % STEPS.length];
                    ps.setString(12, step);
                    ps.setString(13, "review");
                    ps.setString(14, step);
                    ps.setString(15, "group:county:" + county);
                    ps.setString(16, null);
                    ps.setTimestamp(17, Timestamp.valueOf(created));
                    // about a fifth of the open tasks are past their due date
                    ps.setTimestamp(18, Timestamp.valueOf(created.plusDays(55)));
                    ps.setString(19, open ? "OPEN" : "DONE");
                    ps.setString(20, open ? null : "bm-official-" + county.substring(2) + "-" + (k / COUNTIES) % 10);
                    ps.setTimestamp(21, open ? null : Timestamp.valueOf(created.plusDays(1)));
                });
        batches(
                "INSERT INTO ACT_RU_TASK (ID_, REV_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, DUE_DATE_, "
                        + "SUSPENSION_STATE_, TENANT_ID_, FORM_KEY_, IS_COUNT_ENABLED_, ID_LINK_COUNT_) "
                        + "VALUES (?,1,?,?,50,?,?,1,'',?,?,1)",
                OPEN,
                (ps, k) -> {
                    LocalDateTime created = now.minusMinutes(OPEN - k);
                    String step = STEPS[(k / COUNTIES) % STEPS.length];
                    ps.setString(1, "bm-t-" + k);
                    ps.setString(2, step);
                    ps.setString(3, step);
                    ps.setTimestamp(4, Timestamp.valueOf(created));
                    ps.setTimestamp(5, Timestamp.valueOf(created.plusDays(55)));
                    ps.setString(6, "review");
                    ps.setBoolean(7, false);
                });
        batches(
                "INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) VALUES (?,1,?,'candidate',?)",
                OPEN,
                (ps, k) -> {
                    ps.setString(1, "bm-l-" + k);
                    ps.setString(2, "county:" + county(k));
                    ps.setString(3, "bm-t-" + k);
                });
        batches(
                "INSERT INTO ACT_HI_TASKINST (ID_, REV_, TASK_DEF_KEY_, NAME_, START_TIME_, END_TIME_, COMPLETED_BY_, "
                        + "PRIORITY_, TENANT_ID_, FORM_KEY_, LAST_UPDATED_TIME_) VALUES (?,1,?,?,?,?,?,50,'','review',?)",
                DONE,
                (ps, k) -> {
                    LocalDateTime created = now.minusSeconds(30L * k).minusDays(1);
                    String step = STEPS[(k / COUNTIES) % STEPS.length];
                    ps.setString(1, "bm-h-" + k);
                    ps.setString(2, step);
                    ps.setString(3, step);
                    ps.setTimestamp(4, Timestamp.valueOf(created));
                    ps.setTimestamp(5, Timestamp.valueOf(created.plusDays(1)));
                    ps.setString(6, "bm-official-" + county(k).substring(2) + "-" + (k / COUNTIES) % 10);
                    ps.setTimestamp(7, Timestamp.valueOf(created.plusDays(1)));
                });
    }

    interface Row {
        void bind(PreparedStatement ps, int n) throws SQLException;
    }

    /** rows 0..count-1 in batches of {@link #BATCH}, one commit per batch */
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
                    if ((n + 1) % 200_000 == 0) {
                        line(String.format(
                                Locale.ROOT, "    %,d rows after %.0f s", n + 1, (System.nanoTime() - t0) / 1e9));
                    }
                }
            }
            c.setAutoCommit(true);
        }
        String table = sql.substring("INSERT INTO ".length(), sql.indexOf(' ', "INSERT INTO ".length()));
        line(String.format(Locale.ROOT, "  %-22s %,9d rows in %5.1f s", table, count, (System.nanoTime() - t0) / 1e9));
    }

    private void analyze(String db) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            if (db.contains("postgres")) {
                for (String t : List.of("apr_work_item", "act_ru_task", "act_ru_identitylink", "act_hi_taskinst")) {
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
                    "DELETE FROM apr_work_item WHERE task_id LIKE 'bm-t-%' OR task_id LIKE 'bm-h-%'",
                    "DELETE FROM ACT_RU_IDENTITYLINK WHERE ID_ LIKE 'bm-%'",
                    "DELETE FROM ACT_RU_TASK WHERE ID_ LIKE 'bm-%'",
                    "DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE 'bm-%'")) {
                while (s.executeUpdate(sql + chunk) > 0 && h2) {
                    // next chunk
                }
            }
        }
    }

    // --- the report

    private void line(String s) {
        report.add(s);
        System.out.println("[inbox-benchmark] " + s);
        // written as it goes: a long fill shows its progress, and a failure keeps what was measured
        try {
            Path dir = reportDir();
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve("inbox-" + db + ".progress.txt"),
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

    private void write(String db) throws IOException {
        Path dir = reportDir();
        Files.createDirectories(dir);
        Files.write(
                dir.resolve("inbox-" + db + ".txt"),
                (Instant.now() + " inbox benchmark, " + OPEN + " open / "
                                + DONE + " finished tasks, " + COUNTIES
                                + " counties, a county official of each county in turn (10,000 open tasks each)\n"
                                + String.join("\n", report) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
