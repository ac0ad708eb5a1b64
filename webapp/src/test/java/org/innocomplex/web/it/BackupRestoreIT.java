package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's backup and restore, with its scripts: a node works on a database (an appraisal submitted and
 * approved by the county, so there are reports, open tasks with their deadline timers, an evidence file, audit
 * entries), {@code config/backup-postgresql.sh} dumps it while the node runs, {@code config/restore-postgresql.sh}
 * restores the dump into a new, empty database, and a node started on that one finds everything: the same reports,
 * tasks, timers, evidence and audit entries (ids and counts), serves them, and the audit chain verifies.
 */
@EnabledIfSystemProperty(named = "it.postgres", matches = "true")
class BackupRestoreIT {
    static final String OPERATOR = "op-longquan";
    static final String COUNTY = "county-longquan";

    /** what must survive: each a query of ids (and what identifies the content) in a fixed order */
    static final Map<String, String> KEPT = new LinkedHashMap<>();

    static {
        KEPT.put("reports", "select id || ' ' || status from sub_report order by id");
        KEPT.put("report values", "select count(*) || ' ' || coalesce(sum(num_value), 0) from sub_report_value");
        KEPT.put("tasks", "select id_ || ' ' || task_def_key_ from act_ru_task order by id_");
        KEPT.put("timers", "select id_ || ' ' || coalesce(duedate_::text, '-') from act_ru_timer_job order by id_");
        KEPT.put("process instances", "select id_ from act_ru_execution where parent_id_ is null order by id_");
        KEPT.put("history", "select count(*) from act_hi_taskinst");
        KEPT.put("evidence", "select id || ' ' || sha256 || ' ' || md5(content) from sub_evidence order by id");
        KEPT.put("audit", "select id || ' ' || coalesce(entry_hash, '-') from acc_audit order by id");
        KEPT.put("deployments", "select id_ from act_re_deployment order by id_");
    }

    final Path dir = MicroServer.buildDir().toPath().resolve("backup");
    final List<String> figures = new ArrayList<>();

    @Test
    void aDumpRestoredIntoAnEmptyDatabaseServesEverythingAndTheAuditChainVerifies() throws Exception {
        Files.createDirectories(dir);
        Path dump = dir.resolve("innocomplex.dump");
        Files.deleteIfExists(dump);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (PrivatePostgres pg = PrivatePostgres.create("backup")) {
            pg.start();
            pg.createDatabase("source");
            long reportId;
            Map<String, List<String>> before;
            try (MicroServer node = new MicroServer(
                    MicroServer.freePort(), options(pg, "source"), fresh(dir.resolve("source-node.log")))) {
                node.start();
                String base = node.base();
                String op = DatabaseOutageIT.token(pg, "source", OPERATOR);
                reportId = firstReport(http, base, op);
                String values = AppraisalJourneyIT.VALUES.entrySet().stream()
                        .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}"));
                ok(DatabaseOutageIT.api(
                        http,
                        base,
                        op,
                        "PUT",
                        "reports/" + reportId + "/draft",
                        "{\"values\":" + values
                                + ",\"narrative\":\"备份前提交的报告：龙泉汽车空调综合体年度自评，平台运行良好，服务企业1650次（备份恢复测试）\"}"));
                HttpResponse<String> submitted =
                        ok(DatabaseOutageIT.api(http, base, op, "POST", "reports/" + reportId + "/submit", null));
                assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"");
                String county = DatabaseOutageIT.token(pg, "source", COUNTY);
                String review = taskOf(
                        ok(DatabaseOutageIT.api(http, base, county, "GET", "tasks?step=countyReview&max=500", null))
                                .body(),
                        reportId);
                assertThat(review).as("the county review of report " + reportId).isNotNull();
                HttpResponse<String> approved = DatabaseOutageIT.api(
                        http, base, county, "POST", "tasks/" + review + "/complete", "{\"approve\":true}");
                assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
                evidence(pg, reportId);

                before = kept(pg, "source");
                assertThat(before.get("tasks")).as("open tasks").isNotEmpty();
                assertThat(before.get("timers"))
                        .as("deadline timers of the open tasks")
                        .isNotEmpty();
                assertThat(before.get("audit")).as("audit entries").isNotEmpty();

                // while the node runs: pg_dump reads one snapshot
                long t0 = System.nanoTime();
                String out = script(pg, "backup-postgresql.sh", dump.toString());
                figures.add(
                        String.format("dump %d ms, %d bytes", (System.nanoTime() - t0) / 1_000_000, Files.size(dump)));
                assertThat(out.strip()).endsWith(dump.toString());
                assertThat(kept(pg, "source"))
                        .as("nothing changed on the source while it was dumped")
                        .isEqualTo(before);
            }

            pg.createDatabase("restored");
            pg.createDatabase("occupied");
            try (Connection c = pg.connect("occupied");
                    Statement s = c.createStatement()) {
                s.execute("create table live_data (id int)");
            }
            assertThat(scriptFails(pg, "restore-postgresql.sh", dump.toString(), "occupied"))
                    .as("the restore refuses a database that has tables")
                    .contains("is not empty");

            long t0 = System.nanoTime();
            script(pg, "restore-postgresql.sh", dump.toString(), "restored");
            figures.add(String.format("restore %d ms", (System.nanoTime() - t0) / 1_000_000));
            assertThat(kept(pg, "restored")).as("the restored database").isEqualTo(before);

            try (MicroServer node = new MicroServer(
                    MicroServer.freePort(), options(pg, "restored"), fresh(dir.resolve("restored-node.log")))) {
                figures.add(String.format("a node on the restored database ready in %d ms", node.start()));
                String base = node.base();
                Map<String, List<String>> after = kept(pg, "restored");
                for (String what : List.of(
                        "reports",
                        "report values",
                        "tasks",
                        "timers",
                        "process instances",
                        "history",
                        "evidence",
                        "deployments")) {
                    assertThat(after.get(what))
                            .as(what + " after a node started on the restored database")
                            .isEqualTo(before.get(what));
                }
                assertThat(after.get("audit"))
                        .as("audit entries: all of the source's, in order, before any of the new node's")
                        .startsWith(before.get("audit").toArray(String[]::new));

                String op = DatabaseOutageIT.token(pg, "restored", OPERATOR);
                HttpResponse<String> report =
                        ok(DatabaseOutageIT.api(http, base, op, "GET", "reports/" + reportId, null));
                assertThat(report.body()).contains("备份前提交的报告").contains("1380.5");
                String municipal = DatabaseOutageIT.token(pg, "restored", "municipal");
                String next = ok(DatabaseOutageIT.api(http, base, municipal, "GET", "tasks?max=500", null))
                        .body();
                String openTask = taskOf(next, reportId);
                assertThat(openTask).as("the city's open step on the report").isNotNull();
                assertThat(before.get("tasks")).anyMatch(t -> t.startsWith(openTask + " "));

                String auditor = DatabaseOutageIT.token(pg, "restored", "auditor");
                HttpResponse<String> verified =
                        ok(DatabaseOutageIT.api(http, base, auditor, "GET", "audit/verify", null));
                assertThat(verified.body()).contains("\"intact\":true");
                Matcher entries = Pattern.compile("\"entries\":(\\d+)").matcher(verified.body());
                assertThat(entries.find()).isTrue();
                assertThat(Long.parseLong(entries.group(1)))
                        .isGreaterThanOrEqualTo(before.get("audit").size());
                figures.add(String.format(
                        "%d reports, %d tasks, %d timers, %d audit entries restored",
                        before.get("reports").size(),
                        before.get("tasks").size(),
                        before.get("timers").size(),
                        before.get("audit").size()));
            }
        } finally {
            Measurements.record("backup and restore", String.join("; ", figures));
        }
    }

    static List<String> options(PrivatePostgres pg, String db) {
        List<String> o = new ArrayList<>(DatabaseOutageIT.options(pg));
        o.replaceAll(s -> s.startsWith("-Dinnocomplex.db.url=") ? "-Dinnocomplex.db.url=" + pg.jdbcUrl(db) : s);
        return o;
    }

    static Path fresh(Path log) throws java.io.IOException {
        Files.deleteIfExists(log);
        return log;
    }

    /** an evidence file as an upload stores it: in the database, with its content */
    static void evidence(PrivatePostgres pg, long reportId) throws SQLException {
        try (Connection c = pg.connect("source");
                Statement s = c.createStatement()) {
            s.executeUpdate("insert into sub_evidence (id, report_id, section_code, filename, media_type, size_bytes,"
                    + " sha256, uploaded_by, uploaded_at, content) values (990001, " + reportId + ", 'platform',"
                    + " '平台照片.png', 'image/png', 4096, encode(sha256(decode(repeat('89504e47', 1024), 'hex')),"
                    + " 'hex'), '" + OPERATOR + "', localtimestamp, decode(repeat('89504e47', 1024), 'hex'))");
        }
    }

    static Map<String, List<String>> kept(PrivatePostgres pg, String db) throws SQLException {
        Map<String, List<String>> all = new LinkedHashMap<>();
        try (Connection c = pg.connect(db);
                Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : KEPT.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                all.put(q.getKey(), rows);
            }
        }
        return all;
    }

    static long firstReport(HttpClient http, String base, String token) throws Exception {
        HttpResponse<String> reports = ok(DatabaseOutageIT.api(http, base, token, "GET", "reports", null));
        Matcher id = Pattern.compile("\"reportId\":(\\d+)").matcher(reports.body());
        assertThat(id.find()).as(reports.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** the task of the report in a page of tasks, or null */
    static String taskOf(String page, long reportId) {
        Matcher item = Pattern.compile("\\{[^{}]*\"reportId\":" + reportId + "[,}][^{}]*\\}")
                .matcher(page);
        while (item.find()) {
            Matcher task = Pattern.compile("\"taskId\":\"([^\"]+)\"").matcher(item.group());
            if (task.find()) {
                return task.group(1);
            }
        }
        return null;
    }

    static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode())
                .as(r.request().method() + " " + r.uri() + ": " + r.body())
                .isEqualTo(200);
        return r;
    }

    /** runs one of the scripts in {@code config/} as an operator would, against the test's own server */
    static String script(PrivatePostgres pg, String name, String... args) throws Exception {
        Result r = run(pg, name, args);
        assertThat(r.exit()).as(name + ": " + r.output()).isZero();
        return r.output();
    }

    static String scriptFails(PrivatePostgres pg, String name, String... args) throws Exception {
        Result r = run(pg, name, args);
        assertThat(r.exit()).as(name + " should fail: " + r.output()).isNotZero();
        return r.output();
    }

    record Result(int exit, String output) {}

    static Result run(PrivatePostgres pg, String name, String... args) throws Exception {
        Path script = Path.of(System.getProperty("it.preBootFile")).getParent().resolve(name);
        List<String> cmd = new ArrayList<>(List.of("sh", script.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(pg.clientEnvironment());
        pb.environment().put("PG_BIN", pg.bin().toString());
        // the database an operator's environment names; the restore is given its own as an argument
        pb.environment().put("PGDATABASE", "source");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(PrivatePostgres.COMMAND_MS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException(name + " did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
