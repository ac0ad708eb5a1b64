package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Nodes of one installation started at the same moment on an empty PostgreSQL database, each a server process of its
 * own: both come up within three minutes, the bundled workflow is deployed once and the demo data are written once
 * (before, the second node failed on {@code act_uniq_procdef} or in Flowable's schema creation and stayed DOWN; now
 * its failed attempt is tried again and finds the work done). PostgreSQL only (H2's embedded file admits one process): the {@code postgresql} profile
 * sets the database class this checks. Where {@code ClusterIT} runs ({@code -Dit.cluster=true}), it makes the same
 * start with HAProxy in front and checks the same counts, so this quicker test stands aside.
 */
@EnabledIfSystemProperty(named = "restart.db.class", matches = ".*postgresql.*")
@DisabledIfSystemProperty(named = "it.cluster", matches = "true")
class TwoNodesStartIT {
    /**
     * the acceptance's bound; {@code -Dit.twoNodes.upWithinSeconds} widens it on a machine whose cores other builds
     * share (a single Payara Micro start then takes minutes by itself)
     */
    static final Duration BOTH_UP = Duration.ofSeconds(Long.getLong("it.twoNodes.upWithinSeconds", 180));

    private final String database =
            "innocomplex_i14_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<MicroServer> servers = new ArrayList<>();
    private final ExecutorService starters = Executors.newFixedThreadPool(2);

    private static String adminUrl() {
        String url = System.getProperty("restart.db.url");
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }

    private String url() {
        String url = System.getProperty("restart.db.url");
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection(
                adminUrl(), System.getProperty("restart.db.user"), System.getProperty("restart.db.password"));
    }

    private void createDatabase() throws Exception {
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
    }

    @BeforeEach
    void noLeftOver() throws Exception {
        assertThat(database).matches("[a-z0-9_]+");
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (MicroServer s : servers) {
            s.stop();
        }
        starters.shutdownNow();
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private MicroServer server(String name) throws Exception {
        Path log = MicroServer.buildDir().toPath().resolve(database + "-" + name + ".log");
        Files.deleteIfExists(log);
        MicroServer s = new MicroServer(
                MicroServer.freePort(),
                List.of(
                        "-Dinnocomplex.db.url=" + url(),
                        "-Dinnocomplex.db.class=" + System.getProperty("restart.db.class"),
                        "-Dinnocomplex.db.user=" + System.getProperty("restart.db.user"),
                        "-Dinnocomplex.db.password=" + System.getProperty("restart.db.password"),
                        "-Dinnocomplex.node-name=" + name),
                log);
        servers.add(s);
        return s;
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        url(), System.getProperty("restart.db.user"), System.getProperty("restart.db.password"));
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUpAndDoTheWorkOnce() throws Exception {
        createDatabase();
        MicroServer a = server("node-a");
        MicroServer b = server("node-b");
        CountDownLatch go = new CountDownLatch(1);
        long t0 = System.nanoTime();
        CompletableFuture<Long> upA = CompletableFuture.supplyAsync(() -> startAfter(go, a), starters);
        CompletableFuture<Long> upB = CompletableFuture.supplyAsync(() -> startAfter(go, b), starters);
        go.countDown();
        CompletableFuture.allOf(upA, upB).get(BOTH_UP.toSeconds() + 30, TimeUnit.SECONDS);
        long both = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("TwoNodesStartIT: node-a UP after " + upA.get() + " ms, node-b after " + upB.get()
                + " ms, both after " + both + " ms");
        assertThat(both).as("both UP within %s", BOTH_UP).isLessThan(BOTH_UP.toMillis());
        assertThat(a.ready()).isTrue();
        assertThat(b.ready()).isTrue();

        assertThat(count("SELECT count(*) FROM act_re_procdef WHERE key_ = 'annual-appraisal'"))
                .as("one bundled deployment")
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM act_re_deployment")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM reg_complex"))
                .as("one set of demo complexes")
                .isEqualTo(16);
        assertThat(count("SELECT count(*) FROM acc_user"))
                .as("one set of demo users")
                .isEqualTo(13);
        assertThat(count("SELECT count(*) FROM act_ru_execution WHERE parent_id_ IS NULL"))
                .as("one appraisal per demo report")
                .isEqualTo(16);
        // the nodes took turns (the start-up lock): neither met the other's work half-way and had to try again
        for (String name : List.of("node-a", "node-b")) {
            String log = Files.readString(MicroServer.buildDir().toPath().resolve(database + "-" + name + ".log"));
            assertThat(log).as(name + "'s log").doesNotContain("start-up attempt");
        }
    }

    private static long startAfter(CountDownLatch go, MicroServer s) {
        try {
            go.await();
            return s.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
