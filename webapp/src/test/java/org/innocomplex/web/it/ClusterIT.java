package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The documented cluster deployment, end to end: two nodes started by {@code config/start-node.sh} at the same moment
 * on an empty PostgreSQL of the test's own, {@code config/haproxy.cfg} in front of them, whole appraisals driven
 * through the balancer over the API by several clients while deadline timers fall due, {@code kill -9} of the node
 * holding the most locked jobs in the middle, the killed node's restart, and PostgreSQL stopped for 30 s under light
 * load. Every finding is checked and all are reported together at the end, so that one failing property (e.g. the
 * crashed node's timers, locked for Flowable's default hour) does not hide the state of the others.
 *
 * <p>Run with {@code mvn verify -pl webapp -am -P postgresql -Dit.cluster=true -Dit.test=ClusterIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false} (HAProxy and PostgreSQL's binaries installed); loopback only; bounded by
 * the class's timeout. Not yet part of CI: under other builds' load it still finds due timers that never ran after
 * the kill (their jobs failed with an optimistic-locking error then), requests that hung 30 s on the survivor and a
 * request refused by the balancer after the kill, which issue 14 has still to explain.
 */
@EnabledIfSystemProperty(named = "it.cluster", matches = "true")
class ClusterIT {
    static final String DEMO = "Demo@2026";
    static final ObjectMapper JSON = new ObjectMapper();
    /** a past year of Lishui's that the demo data leaves free: its deadlines are this test's own */
    static final int YEAR = 2018;

    static final long START_LIMIT_MS = 180_000;
    static final long LOAD_MS = 70_000;
    static final long KILL_AFTER_MS = 30_000;
    static final long JOBS_LIMIT_MS = 300_000;
    static final long OUTAGE_MS = 30_000;
    static final long IDLE_RSS_LIMIT_KB = 700 * 1024;
    static final int CLIENTS = 4;

    final Path dir = MicroServer.buildDir().toPath().toAbsolutePath().resolve("cluster");
    final Path config = MicroServer.buildDir()
            .toPath()
            .toAbsolutePath()
            .getParent()
            .getParent()
            .resolve("config");
    final List<String> failures = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    PrivatePostgres pg;
    String dbUrl;
    String lb;
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    long cycleId;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twoNodesBehindHaproxyStartTogetherSurviveACrashAndAnOutageAndLoseNothing() throws Exception {
        PrivatePostgres.deleteTree(dir);
        Files.createDirectories(dir);
        Path war = fixtureWar();
        int gridA = MicroServer.freePort();
        int gridB = MicroServer.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String clusterName = "cluster-it-" + gridA;
        Process haproxy = null;
        try (PrivatePostgres db = PrivatePostgres.create("cluster")) {
            pg = db;
            pg.start();
            pg.createDatabase("innocomplex");
            dbUrl = pg.jdbcUrl("innocomplex");
            Node a = new Node("node1", MicroServer.freePort(), gridA, members, clusterName, war);
            Node b = new Node("node2", MicroServer.freePort(), gridB, members, clusterName, war);
            try {
                startTogether(a, b);
                int lbPort = MicroServer.freePort();
                lb = "http://127.0.0.1:" + lbPort + "/";
                haproxy = haproxy(lbPort, a, b);
                theClusterIsOneAndListensOnLoopbackOnly(a, b);
                Node victim = loadWithACrash(a, b);
                Node survivor = victim == a ? b : a;
                victim.start();
                long restart = victim.waitReady(START_LIMIT_MS);
                Measurements.record("ClusterIT", "the killed node UP again " + restart + " ms after its restart");
                check(restart >= 0, "the restarted node was not UP within " + START_LIMIT_MS / 1000 + " s");
                if (restart >= 0) {
                    check(apiOn(victim, "municipal") == 200, "the restarted node does not serve the API");
                    sessionCrosses(survivor, victim, "after the restart");
                }
                databaseOutage(a, b);
                nothingHalfDone("at the end");
            } finally {
                // also when the class's timeout interrupts the test: what was found until then
                Measurements.record("ClusterIT", failures.size() + " findings: " + failures);
                a.kill();
                b.kill();
                if (haproxy != null) {
                    haproxy.destroyForcibly().waitFor();
                }
            }
        }
        assertThat(failures).as("what the cluster test found (see %s)", dir).isEmpty();
    }

    // ---- start-up

    void startTogether(Node a, Node b) throws Exception {
        a.start();
        b.start();
        long ta = a.waitReady(START_LIMIT_MS);
        long tb = b.waitReady(Math.max(1, START_LIMIT_MS - Math.max(0, ta)));
        Measurements.record(
                "ClusterIT",
                "started together on an empty database: node1 UP after " + ta + " ms, node2 " + tb
                        + " ms (-1: not UP within " + START_LIMIT_MS / 1000 + " s)");
        for (Node n : List.of(a, b)) {
            if (n.readyAfter < 0) {
                failures.add(n.name + " started together with the other on an empty database was not UP within "
                        + START_LIMIT_MS / 1000 + " s (readiness: " + n.readiness() + ")");
                // as an operator would, so that the rest of the test still says something
                n.kill();
                n.start();
                check(n.waitReady(START_LIMIT_MS) >= 0, n.name + " was not UP after a restart either");
            }
        }
        // the nodes took turns (the start-up lock): neither met the other's work half-way and had to try again
        for (Node n : List.of(a, b)) {
            String log = Files.readString(dir.resolve(n.name + ".log"));
            check(
                    !log.contains("start-up attempt"),
                    n.name + " failed a start-up attempt: "
                            + log.lines()
                                    .filter(l -> l.contains("start-up attempt"))
                                    .findFirst()
                                    .orElse(""));
        }
        try (Connection c = pg.connect("innocomplex");
                Statement s = c.createStatement()) {
            check(
                    count(s, "SELECT count(*) FROM act_re_procdef WHERE key_ = 'annual-appraisal'") == 1,
                    "bundled deployments of annual-appraisal: "
                            + count(s, "SELECT count(*) FROM act_re_procdef WHERE key_ = 'annual-appraisal'"));
            long deployments = count(s, "SELECT count(*) FROM act_re_deployment");
            check(deployments == 1, "deployments after two starts: " + deployments + " (the bundled one is 1)");
            long demo = count(s, "SELECT count(*) FROM reg_complex WHERE demo");
            check(demo == 16, "demo complexes after two starts: " + demo + " (one set is 16)");
            long admins = count(s, "SELECT count(*) FROM acc_user WHERE username = 'admin'");
            check(admins == 1, "demo administrators: " + admins);
            long cycles = count(s, "SELECT count(*) FROM sub_cycle");
            Measurements.record("ClusterIT", "after the start: " + demo + " demo complexes, " + cycles + " cycles");
        }
    }

    void theClusterIsOneAndListensOnLoopbackOnly(Node a, Node b) throws Exception {
        for (Node n : List.of(a, b)) {
            Set<String> sockets = ListeningSocketsIT.listening(n.pid());
            check(
                    sockets.equals(Set.of("127.0.0.1:" + n.http, "127.0.0.1:" + n.grid)),
                    n.name + " listens on " + sockets + ", expected its HTTP port and its grid port on 127.0.0.1 only");
        }
        sessionCrosses(a, b, "after the start");
        // idle: a quarter of a minute with no request, as a node between users (a measuring period, not a wait
        // for anything to happen)
        Thread.sleep(15_000);
        for (Node n : List.of(a, b)) {
            long rss = n.rssKb();
            Measurements.record("ClusterIT", n.name + " idle RSS " + rss / 1024 + " MB");
            check(rss <= IDLE_RSS_LIMIT_KB, n.name + " idles at " + rss / 1024 + " MB RSS, more than 700 MB");
        }
    }

    /** a login on {@code from} is a login on {@code to}: the session is in the data grid */
    void sessionCrosses(Node from, Node to, String when) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create(from.base() + "login.xhtml"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher vs = LoginForm.VIEW_STATE.matcher(page);
        if (!vs.find()) {
            failures.add("no login page on " + from.name + " " + when);
            return;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "admin");
        form.put("login:password", DEMO);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", vs.group(1));
        form.put("primefaces.nonce", LoginForm.nonce(page));
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(from.base() + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302
                || !login.headers().firstValue("Location").orElse("").endsWith("/appraisal/inbox.xhtml")) {
            failures.add("admin's login on " + from.name + " " + when + " answered " + login.statusCode() + " "
                    + login.headers().firstValue("Location").orElse(""));
            return;
        }
        // the same cookie (cookies are the host's, whatever the port) to the other node
        HttpResponse<String> inbox = browser.send(
                HttpRequest.newBuilder(URI.create(to.base() + "appraisal/inbox.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        check(
                inbox.statusCode() == 200 && inbox.body().contains("系统管理员"),
                "a session made on " + from.name + " does not work on " + to.name + " " + when + " ("
                        + inbox.statusCode() + " "
                        + inbox.headers().firstValue("Location").orElse("") + ")");
    }

    // ---- load and crash

    record Ack(String kind, long reportId, long appraisalId, String taskId, String detail) {}

    record Failure(long startMs, long endMs, String what) {}

    final List<Ack> acks = new CopyOnWriteArrayList<>();
    final List<Failure> clientFailures = new CopyOnWriteArrayList<>();
    final List<Long> timerCases = new CopyOnWriteArrayList<>();
    final List<Long> allCases = new CopyOnWriteArrayList<>();

    Node loadWithACrash(Node a, Node b) throws Exception {
        cycleId = Long.parseLong(fixture("it-fixtures/cluster-case?year=" + YEAR));
        JsonNode catalogue =
                api("GET", "cycles/" + cycleId + "/catalogue", "expert1", null).body();
        for (String u : List.of("county-jinyun", "municipal", "expert1", "expert2", "expert3")) {
            token(u);
        }
        AtomicBoolean stop = new AtomicBoolean();
        long t0 = System.currentTimeMillis();
        long end = t0 + LOAD_MS;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        int[] rounds = new int[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            int me = i;
            pool.submit(() -> {
                while (System.currentTimeMillis() < end && !stop.get()) {
                    if (wholeAppraisal(cycleId, catalogue)) {
                        rounds[me]++;
                    } else {
                        // a client that met a failure starts its next appraisal a moment later, as a person would
                        Thread.sleep(500);
                    }
                }
                return null;
            });
        }
        // a steady stream of cases left at the report step: each has two deadline timers due at once
        pool.submit(() -> {
            while (System.currentTimeMillis() < end && !stop.get()) {
                long s = System.currentTimeMillis();
                try {
                    String[] f =
                            fixture("it-fixtures/cluster-case?cycle=" + cycleId).split(" ");
                    timerCases.add(Long.parseLong(f[3]));
                    allCases.add(Long.parseLong(f[3]));
                } catch (Exception e) {
                    clientFailures.add(new Failure(s, System.currentTimeMillis(), "timer case: " + e));
                }
                Thread.sleep(1000);
            }
            return null;
        });
        Node victim;
        Map<String, Long> locks;
        List<String> victimJobs;
        long killAt;
        long goneAt;
        try {
            while (System.currentTimeMillis() < t0 + KILL_AFTER_MS) {
                Thread.sleep(200);
            }
            // the node holding the most locked jobs; lock owners are node names (innocomplex.node-name)
            long until = System.currentTimeMillis() + 10_000;
            do {
                locks = lockOwners();
                if (!locks.isEmpty()) {
                    break;
                }
                Thread.sleep(100);
            } while (System.currentTimeMillis() < until);
            String owner = locks.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            victim = b.name.equals(owner) ? b : a;
            check(
                    owner == null || owner.equals(a.name) || owner.equals(b.name),
                    "job lock owners are not the nodes' names: " + locks);
            victimJobs = jobsLockedBy(owner);
            // a kill of a node that held nothing would show nothing about a crashed node's jobs
            check(!victimJobs.isEmpty(), "no job was locked by any node in the 10 s before the kill");
            killAt = System.currentTimeMillis();
            victim.kill();
            // SIGKILL takes a moment to tear a JVM of 600 MB down: until then the kernel still accepts its connections
            goneAt = System.currentTimeMillis();
            Measurements.record(
                    "ClusterIT",
                    "kill -9 of " + victim.name + " at " + (killAt - t0) + " ms into the load; locked jobs by owner "
                            + locks + "; the victim's: " + victimJobs.size());
            while (System.currentTimeMillis() < end) {
                Thread.sleep(200);
            }
        } finally {
            stop.set(true);
            pool.shutdown();
            if (!pool.awaitTermination(90, TimeUnit.SECONDS)) {
                pool.shutdownNow();
                failures.add("the load's clients did not finish within 90 s of the load's end");
            }
        }
        Node survivor = victim == a ? b : a;
        Measurements.record(
                "ClusterIT", survivor.name + " RSS at the end of the load " + survivor.rssKb() / 1024 + " MB");
        long done = 0;
        for (int r : rounds) {
            done += r;
        }
        Measurements.record(
                "ClusterIT",
                CLIENTS + " clients for " + LOAD_MS / 1000 + " s: " + done
                        + " whole appraisals, " + acks.size() + " acknowledged steps, " + timerCases.size()
                        + " timer cases, " + clientFailures.size() + " failed requests");

        // the clients saw only failures of requests in flight at the kill
        for (Failure f : clientFailures) {
            check(
                    f.startMs() <= goneAt && f.endMs() >= killAt,
                    "a request failed that was not in flight at the kill (" + (f.startMs() - killAt) + " .. "
                            + (f.endMs() - killAt) + " ms from it; the process was gone " + (goneAt - killAt)
                            + " ms after the signal): " + f.what());
        }
        check(done >= CLIENTS, "only " + done + " whole appraisals in " + LOAD_MS / 1000 + " s");

        // the crashed node's jobs and every due timer ran, on the survivor, within 5 minutes of the kill
        long deadline = killAt + JOBS_LIMIT_MS;
        boolean jobsDone = false;
        boolean timersDone = false;
        while (System.currentTimeMillis() < deadline && !(jobsDone && timersDone)) {
            jobsDone = jobsLeft(victimJobs).isEmpty();
            timersDone = timersMissing().isEmpty();
            if (!(jobsDone && timersDone)) {
                Thread.sleep(1000);
            }
        }
        long after = System.currentTimeMillis() - killAt;
        Measurements.record(
                "ClusterIT",
                "the crashed node's jobs " + (jobsDone ? "ran" : "had NOT run") + " and "
                        + (timersDone ? "every due timer had run" : "due timers were missing") + " " + after
                        + " ms after the kill");
        check(jobsDone, "the crashed node's jobs still waiting 5 minutes after the kill: " + jobsLeft(victimJobs));
        check(timersDone, "due timers that never ran: " + timersMissing() + "; " + failedJobs());
        nothingHalfDone("after the crash");
        return victim;
    }

    /** one whole appraisal through the balancer; false (and the failure recorded) as soon as a request fails */
    boolean wholeAppraisal(long cycleId, JsonNode catalogue) {
        long s = System.currentTimeMillis();
        String step = "case";
        try {
            String[] f = fixture("it-fixtures/cluster-case?cycle=" + cycleId).split(" ");
            long report = Long.parseLong(f[0]);
            String op = f[2];
            long appraisal = Long.parseLong(f[3]);
            allCases.add(appraisal);
            s = System.currentTimeMillis();
            step = "draft";
            expect(
                    api(
                            "PUT",
                            "reports/" + report + "/draft",
                            op,
                            "{\"values\":" + JSON.writeValueAsString(Fixtures.completeValues())
                                    + ",\"narrative\":\"本年度综合体建设稳步推进，服务企业成效明显。（集群测试）\"}"),
                    200);
            s = System.currentTimeMillis();
            step = "submit";
            expect(api("POST", "reports/" + report + "/submit", op, null), 200);
            acks.add(new Ack("SUBMIT", report, appraisal, null, null));
            s = System.currentTimeMillis();
            step = "county";
            complete(
                    report,
                    appraisal,
                    "county-jinyun",
                    "tasks?step=countyReview&max=500",
                    "review",
                    "{\"approve\":true,\"comment\":\"同意\"}");
            s = System.currentTimeMillis();
            step = "municipal";
            complete(report, appraisal, "municipal", "tasks?max=500", "review", "{\"approve\":true}");
            s = System.currentTimeMillis();
            step = "assign";
            complete(
                    report,
                    appraisal,
                    "municipal",
                    "tasks?max=500",
                    "assign-experts",
                    "{\"experts\":[\"expert1\",\"expert2\",\"expert3\"]}");
            String[] shares = {"0.90", "0.85", "0.80"};
            for (int i = 0; i < 3; i++) {
                String expert = "expert" + (i + 1);
                s = System.currentTimeMillis();
                step = expert;
                String task = taskOf(api("GET", "tasks?max=500", expert, null), report, "expert-review");
                expect(api("POST", "tasks/" + task + "/no-conflict", expert, null), 204);
                s = System.currentTimeMillis();
                expect(api("POST", "tasks/" + task + "/complete", expert, ApiIT.sheet(catalogue, shares[i])), 204);
                acks.add(new Ack("STEP", report, appraisal, task, expert));
            }
            s = System.currentTimeMillis();
            step = "decision";
            String decision = taskOf(api("GET", "tasks?max=500", "municipal", null), report, "decision");
            s = System.currentTimeMillis();
            String grade = expect(api("GET", "tasks/" + decision, "municipal", null), 200)
                    .get("proposedGrade")
                    .asString();
            s = System.currentTimeMillis();
            expect(api("POST", "tasks/" + decision + "/complete", "municipal", "{\"grade\":\"" + grade + "\"}"), 204);
            acks.add(new Ack("DECISION", report, appraisal, decision, grade));
            return true;
        } catch (Exception e) {
            clientFailures.add(new Failure(s, System.currentTimeMillis(), step + ": " + e));
            return false;
        }
    }

    void complete(long report, long appraisal, String user, String inbox, String formKey, String body)
            throws Exception {
        String task = taskOf(api("GET", inbox, user, null), report, formKey);
        expect(api("POST", "tasks/" + task + "/complete", user, body), 204);
        acks.add(new Ack("STEP", report, appraisal, task, formKey));
    }

    static String taskOf(Reply page, long report, String formKey) throws IOException {
        JsonNode body = expect(page, 200);
        String task = ApiIT.taskOf(body, report, formKey);
        if (task == null) {
            throw new IOException("no open " + formKey + " task of report " + report);
        }
        return task;
    }

    // ---- the database outage

    void databaseOutage(Node a, Node b) throws Exception {
        long pidA = a.pid();
        long pidB = b.pid();
        // a report to keep saving (a write) while the balancer's other requests read
        String[] f = fixture("it-fixtures/cluster-case?cycle=" + cycleId).split(" ");
        long report = Long.parseLong(f[0]);
        String op = f[2];
        token(op);
        record Call(long startMs, long ms, int status, String contentType, String retryAfter) {}
        List<Call> calls = new CopyOnWriteArrayList<>();
        Map<String, List<long[]>> readiness = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        pool.submit(() -> {
            int i = 0;
            while (!stop.get()) {
                long s = System.currentTimeMillis();
                int status;
                String type = "";
                String retry = "";
                try {
                    HttpResponse<String> r = i++ % 2 == 0
                            ? raw("GET", "tasks?max=20", "municipal", null)
                            : raw(
                                    "PUT",
                                    "reports/" + report + "/draft",
                                    op,
                                    "{\"values\":{\"academicians\":" + (i % 7) + "},\"narrative\":\"停库测试\"}");
                    status = r.statusCode();
                    type = r.headers().firstValue("Content-Type").orElse("");
                    retry = r.headers().firstValue("Retry-After").orElse("");
                } catch (IOException e) {
                    status = -1;
                }
                calls.add(new Call(s, System.currentTimeMillis() - s, status, type, retry));
                Thread.sleep(250);
            }
            return null;
        });
        for (Node n : List.of(a, b)) {
            List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
            readiness.put(n.name, seen);
            pool.submit(() -> {
                while (!stop.get()) {
                    seen.add(new long[] {System.currentTimeMillis(), n.readyNow() ? 1 : 0});
                    Thread.sleep(200);
                }
                return null;
            });
        }
        // the outage is the time between pg_ctl stop's return (the server is down) and the call of pg_ctl start: the
        // server accepts connections before pg_ctl start returns, so a request that ends just before that return may
        // rightly succeed (a run counted one such 200 as a failure)
        long stoppedAt;
        long startCalledAt;
        long startedAt;
        try {
            Thread.sleep(3000);
            long stopCalledAt = System.currentTimeMillis();
            pg.stop();
            stoppedAt = System.currentTimeMillis();
            while (System.currentTimeMillis() < stopCalledAt + OUTAGE_MS) {
                Thread.sleep(100);
            }
            startCalledAt = System.currentTimeMillis();
            pg.start();
            startedAt = System.currentTimeMillis();
            long until = startedAt + 60_000;
            while (System.currentTimeMillis() < until) {
                boolean served = calls.stream().anyMatch(c -> c.startMs() > startedAt && c.status() / 100 == 2);
                if (served && a.readyNow() && b.readyNow()) {
                    break;
                }
                Thread.sleep(200);
            }
            // a little more light load on the recovered cluster
            long more = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < more) {
                Thread.sleep(200);
            }
        } finally {
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
        }
        List<Call> during = calls.stream()
                .filter(c -> c.startMs() >= stoppedAt && c.startMs() + c.ms() <= startCalledAt)
                .toList();
        long slow = during.stream().filter(c -> c.ms() > 2000).count();
        long wrong = during.stream()
                .filter(c -> c.status() != 503 || c.retryAfter().isEmpty())
                .count();
        long maxMs = during.stream().mapToLong(Call::ms).max().orElse(-1);
        Call firstGood = calls.stream()
                .filter(c -> c.startMs() > startCalledAt && c.status() / 100 == 2)
                .findFirst()
                .orElse(null);
        Measurements.record(
                "ClusterIT",
                "PostgreSQL stopped " + OUTAGE_MS / 1000 + " s under light load: "
                        + during.size() + " requests in the outage, slowest " + maxMs + " ms, " + slow + " over 2 s, "
                        + wrong
                        + " not a 503 with Retry-After (statuses "
                        + during.stream().collect(Collectors.groupingBy(Call::status, Collectors.counting()))
                        + "); first success "
                        + (firstGood == null ? "never" : (firstGood.startMs() - startCalledAt) + " ms")
                        + " after pg_ctl start was called (it returned after " + (startedAt - startCalledAt) + " ms)");
        check(!during.isEmpty(), "no request was made during the outage");
        check(slow == 0, slow + " requests during the outage took over 2 s (slowest " + maxMs + " ms)");
        check(
                wrong == 0,
                wrong + " requests during the outage did not answer 503 with Retry-After: "
                        + during.stream()
                                .filter(c -> c.status() != 503)
                                .limit(5)
                                .toList());
        check(firstGood != null, "no request succeeded within 60 s of PostgreSQL's return");
        for (Node n : List.of(a, b)) {
            List<long[]> seen = readiness.get(n.name);
            boolean down = seen.stream().anyMatch(r -> r[0] > stoppedAt && r[0] < startCalledAt && r[1] == 0);
            boolean back = seen.stream().anyMatch(r -> r[0] > startCalledAt && r[1] == 1);
            check(down, n.name + "'s readiness never went DOWN while PostgreSQL was stopped");
            check(back, n.name + "'s readiness did not come back UP after PostgreSQL returned");
        }
        check(a.alive() && a.pid() == pidA && b.alive() && b.pid() == pidB, "a node died or restarted in the outage");
    }

    // ---- what the database says

    /** acknowledged steps are in the database, and no step is half-done */
    void nothingHalfDone(String when) throws SQLException {
        try (Connection c = pg.connect("innocomplex")) {
            for (Ack ack : acks) {
                switch (ack.kind()) {
                    case "SUBMIT" -> {
                        String status = string(c, "SELECT status FROM sub_report WHERE id = ?", ack.reportId());
                        long events = number(
                                c,
                                "SELECT count(*) FROM apr_event WHERE appraisal_id = ? AND action = 'SUBMITTED'",
                                ack.appraisalId());
                        check(
                                !"DRAFT".equals(status) && events >= 1,
                                when + ": acknowledged submit of report " + ack.reportId() + " not in the database ("
                                        + status + ", " + events + " SUBMITTED)");
                    }
                    case "DECISION" -> {
                        String grade = string(
                                c,
                                "SELECT status || ' ' || coalesce(grade, '') FROM apr_appraisal WHERE id = ?",
                                ack.appraisalId());
                        check(
                                ("DECIDED " + ack.detail()).equals(grade),
                                when + ": acknowledged decision of appraisal " + ack.appraisalId() + " is " + grade);
                    }
                    default -> {}
                }
                if (ack.taskId() != null) {
                    long open = number(c, "SELECT count(*) FROM act_ru_task WHERE id_ = ?", ack.taskId());
                    check(open == 0, when + ": acknowledged step " + ack + " but its task is still open");
                }
            }
            // a completed task without its domain row: every completed step of the load's appraisals has an event
            try (PreparedStatement s = c.prepareStatement("SELECT t.id_, t.task_def_key_, a.id FROM act_hi_taskinst t "
                    + "JOIN apr_appraisal a ON a.process_instance_id = t.proc_inst_id_ "
                    + "WHERE t.end_time_ IS NOT NULL AND t.delete_reason_ IS NULL AND a.appraisal_year = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM apr_event e WHERE e.appraisal_id = a.id "
                    + "AND e.step_key = t.task_def_key_ AND e.action NOT IN ('STARTED', 'REMINDED', "
                    + "'ESCALATED'))")) {
                s.setInt(1, YEAR);
                try (ResultSet r = s.executeQuery()) {
                    List<String> bare = new ArrayList<>();
                    while (r.next()) {
                        bare.add(r.getString(2) + " of appraisal " + r.getLong(3));
                    }
                    check(bare.isEmpty(), when + ": tasks completed without their domain row: " + bare);
                }
            }
            // no timer ran twice
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT appraisal_id, step_key, action, count(*) FROM apr_event "
                            + "WHERE action IN ('REMINDED', 'ESCALATED') GROUP BY 1, 2, 3 HAVING count(*) > 1")) {
                List<String> twice = new ArrayList<>();
                while (r.next()) {
                    twice.add(r.getString(3) + " " + r.getString(2) + " of " + r.getLong(1) + " ×" + r.getLong(4));
                }
                check(twice.isEmpty(), when + ": timers that ran more than once: " + twice);
            }
            long dead = count(c.createStatement(), "SELECT count(*) FROM act_ru_deadletter_job");
            check(dead == 0, when + ": " + dead + " jobs in the dead-letter table");
        }
    }

    /** the timer cases whose report step's reminder or escalation has not been written (once) */
    List<Long> timersMissing() throws SQLException {
        List<Long> missing = new ArrayList<>();
        try (Connection c = pg.connect("innocomplex")) {
            for (long id : timerCases) {
                long r = number(c, "SELECT count(*) FROM apr_event WHERE appraisal_id = ? AND action = 'REMINDED'", id);
                long e =
                        number(c, "SELECT count(*) FROM apr_event WHERE appraisal_id = ? AND action = 'ESCALATED'", id);
                if (r != 1 || e != 1) {
                    missing.add(id);
                }
            }
        }
        return missing;
    }

    /** what the engine says about jobs that failed: the dead letters and the timers it is still retrying */
    String failedJobs() throws SQLException {
        List<String> seen = new ArrayList<>();
        try (Connection c = pg.connect("innocomplex");
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT 'dead letter', handler_cfg_, exception_msg_ FROM act_ru_deadletter_job "
                                + "UNION ALL SELECT 'timer retries ' || retries_, handler_cfg_, exception_msg_ FROM "
                                + "act_ru_timer_job WHERE retries_ < 3 UNION ALL SELECT 'job retries ' || retries_, "
                                + "handler_cfg_, exception_msg_ FROM act_ru_job WHERE retries_ < 3")) {
            while (r.next()) {
                seen.add(r.getString(1) + " " + r.getString(2) + ": " + r.getString(3));
            }
        }
        return seen.size() + " failed jobs " + seen.stream().limit(8).toList();
    }

    Map<String, Long> lockOwners() throws SQLException {
        Map<String, Long> owners = new HashMap<>();
        try (Connection c = pg.connect("innocomplex");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT lock_owner_, count(*) FROM (SELECT lock_owner_ FROM act_ru_job "
                        + "UNION ALL SELECT lock_owner_ FROM act_ru_timer_job) j WHERE lock_owner_ IS NOT NULL "
                        + "GROUP BY lock_owner_")) {
            while (r.next()) {
                owners.put(r.getString(1), r.getLong(2));
            }
        }
        return owners;
    }

    List<String> jobsLockedBy(String owner) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (owner == null) {
            return ids;
        }
        try (Connection c = pg.connect("innocomplex");
                PreparedStatement s = c.prepareStatement("SELECT id_ FROM act_ru_job WHERE lock_owner_ = ? "
                        + "UNION ALL SELECT id_ FROM act_ru_timer_job WHERE lock_owner_ = ?")) {
            s.setString(1, owner);
            s.setString(2, owner);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    /** those of the jobs that still wait (in any of the engine's job tables but the history) */
    List<String> jobsLeft(List<String> ids) throws SQLException {
        List<String> left = new ArrayList<>();
        try (Connection c = pg.connect("innocomplex")) {
            for (String id : ids) {
                if (number(
                                c,
                                "SELECT (SELECT count(*) FROM act_ru_job WHERE id_ = ?) + (SELECT count(*) FROM "
                                        + "act_ru_timer_job WHERE id_ = ?) + (SELECT count(*) FROM "
                                        + "act_ru_deadletter_job WHERE id_ = ?)",
                                id,
                                id,
                                id)
                        > 0) {
                    left.add(id);
                }
            }
        }
        return left;
    }

    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long number(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static String string(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    // ---- HTTP through the balancer

    record Reply(int status, JsonNode body, String raw) {}

    Reply api(String method, String path, String user, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = raw(method, path, user, json);
        JsonNode body = null;
        if (r.body() != null
                && !r.body().isBlank()
                && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
            body = JSON.readTree(r.body());
        }
        return new Reply(r.statusCode(), body, r.body());
    }

    HttpResponse<String> raw(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(lb + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept-Language", "zh-CN")
                .header("Accept", "application/json, application/problem+json");
        if (json != null || !method.equals("GET")) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method,
                method.equals("GET")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode expect(Reply r, int status) throws IOException {
        if (r.status() != status) {
            throw new IOException("HTTP " + r.status() + ": " + abbreviate(r.raw()));
        }
        return r.body();
    }

    int apiOn(Node n, String user) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(n.base() + "api/v1/tasks?max=1"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Authorization", "Bearer " + token(user))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            try {
                return fixture("it-fixtures/api-token?user=" + u);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    String fixture(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(lb + path))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(path + ": HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return r.body().trim();
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    void check(boolean ok, String finding) {
        if (!ok) {
            failures.add(finding);
        }
    }

    // ---- the processes: nodes as config/start-node.sh starts them, HAProxy with config/haproxy.cfg

    /** the product's WAR and the fixture servlets the load needs (no test framework inside) */
    Path fixtureWar() {
        Path war = dir.resolve("innocomplex-cluster-it.war");
        // -Dit.cluster.war=: the same test on another build of the product (e.g. an earlier one, to compare)
        WebArchive archive = ShrinkWrap.createFromZipFile(
                WebArchive.class,
                new File(System.getProperty("it.cluster.war", System.getProperty("innocomplex.war"))));
        archive.addClasses(Fixtures.class, WorkflowVariants.class, ApiTokenServlet.class, ClusterCaseServlet.class);
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    Process haproxy(int port, Node a, Node b) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        "/usr/sbin/haproxy",
                        "-db",
                        "-f",
                        config.resolve("haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile());
        pb.environment().put("INNOCOMPLEX_LB_BIND", "127.0.0.1:" + port);
        pb.environment().put("INNOCOMPLEX_NODE_1", "127.0.0.1:" + a.http);
        pb.environment().put("INNOCOMPLEX_NODE_2", "127.0.0.1:" + b.http);
        Process p = pb.start();
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            if (!p.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + Files.readString(dir.resolve("haproxy.log")));
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("haproxy did not pass a request within 20 s; see " + dir);
    }

    final class Node {
        final String name;
        final int http;
        final int grid;
        final String members;
        final String cluster;
        final Path war;
        Process process;
        long readyAfter = -1;
        long startedAt;

        Node(String name, int http, int grid, String members, String cluster, Path war) {
            this.name = name;
            this.http = http;
            this.grid = grid;
            this.members = members;
            this.cluster = cluster;
            this.war = war;
        }

        void start() throws IOException {
            ProcessBuilder pb = new ProcessBuilder(
                            "bash", config.resolve("start-node.sh").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            dir.resolve(name + ".log").toFile()));
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("INNOCOMPLEX_"));
            env.put(
                    "JAVA",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString());
            env.put("INNOCOMPLEX_MICRO_JAR", System.getProperty("payara.microJar"));
            env.put("INNOCOMPLEX_WAR", war.toString());
            env.put("INNOCOMPLEX_NODE_NAME", name);
            env.put("INNOCOMPLEX_HTTP_PORT", String.valueOf(http));
            env.put("INNOCOMPLEX_CLUSTER_NAME", cluster);
            env.put("INNOCOMPLEX_CLUSTER_INTERFACE", "127.0.0.1");
            env.put("INNOCOMPLEX_CLUSTER_PORT", String.valueOf(grid));
            env.put("INNOCOMPLEX_CLUSTER_MEMBERS", members);
            env.put("INNOCOMPLEX_DB_URL", dbUrl);
            env.put("INNOCOMPLEX_DB_USER", PrivatePostgres.ROLE);
            env.put("INNOCOMPLEX_DB_PASSWORD", PrivatePostgres.PASSWORD);
            env.put("INNOCOMPLEX_DEMO", "true");
            env.put("INNOCOMPLEX_HTTP_SECURE", "false");
            env.put("INNOCOMPLEX_TRUSTED_PROXIES", "127.0.0.1");
            env.put("INNOCOMPLEX_SECOND_FACTOR_REQUIRED_ROLES", "none");
            env.put("INNOCOMPLEX_PASSWORD_CHANGE_AT_FIRST_LOGIN", "false");
            env.put("INNOCOMPLEX_SECOND_FACTOR_KEY", "it-only-second-factor-key-0123456789");
            Files.writeString(
                    dir.resolve(name + ".log"),
                    "---- start " + java.time.Instant.now() + "\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            startedAt = System.currentTimeMillis();
            readyAfter = -1;
            process = pb.start();
        }

        /** @return milliseconds from the start until UP, or -1 if not within {@code limitMs} */
        long waitReady(long limitMs) throws InterruptedException {
            long until = System.currentTimeMillis() + limitMs;
            while (System.currentTimeMillis() < until && process.isAlive()) {
                if (readyNow()) {
                    readyAfter = System.currentTimeMillis() - startedAt;
                    return readyAfter;
                }
                Thread.sleep(500);
            }
            return -1;
        }

        boolean readyNow() throws InterruptedException {
            try {
                return ClusterIT.this
                                .http
                                .send(
                                        HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        }

        String readiness() throws InterruptedException {
            try {
                return ClusterIT.this
                        .http
                        .send(
                                HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (IOException e) {
                return e.toString();
            }
        }

        String base() {
            return "http://127.0.0.1:" + http + "/";
        }

        long pid() {
            return process.pid();
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        long rssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        /** SIGKILL: the JVM itself (start-node.sh execs it), no shutdown hook runs */
        void kill() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
