package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.innocomplex.access.api.Actor;
import org.innocomplex.access.api.AuditReader;
import org.innocomplex.access.api.AuditTrail;
import org.innocomplex.access.api.NotAuthorizedException;
import org.innocomplex.access.api.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's hash chain in the server, on the build's database (H2, or PostgreSQL with
 * {@code -P postgresql}): appends of two threads at once make one intact chain; a row changed by plain SQL behind the
 * application's back is named by the verification; only the audit administrator reads.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {
    private static final Logger LOG = Logger.getLogger(AuditChainIT.class.getName());
    static final Actor AUDITOR = new Actor("it-auditor", "IT auditor", Role.AUDITOR, null, null);
    static final int PER_THREAD = 300;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    AuditTrail audit;

    @Inject
    AuditReader reader;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/innocomplex")
    DataSource dataSource;

    @Resource
    jakarta.transaction.UserTransaction utx;

    private static String run() {
        return "run-" + Long.toString(System.nanoTime(), 36);
    }

    private long count(String action, String objectId) {
        return reader.count(AUDITOR, new AuditReader.Query(null, null, null, action, "it-chain", objectId, null));
    }

    private int append(String run, int n, CountDownLatch start) throws InterruptedException {
        start.await();
        for (int i = 0; i < n; i++) {
            audit.record("it-chain", "IT_CHAIN_APPEND", "it-chain", run, "append " + i + " of " + n);
        }
        return n;
    }

    @Test
    void twoThreadsAppendingAtOnceKeepOneIntactChain() throws Exception {
        assertThat(reader.verify(AUDITOR).intact()).as("intact before").isTrue();
        // warmed up, then one thread alone, for the figure
        append(run(), 50, new CountDownLatch(0));
        String alone = run();
        long t0 = System.nanoTime();
        append(alone, PER_THREAD, new CountDownLatch(0));
        double single = PER_THREAD / ((System.nanoTime() - t0) / 1e9);

        // the append alone (lock, hash, insert), without a commit each: all in one transaction
        utx.begin();
        long t2 = System.nanoTime();
        try {
            append(run(), PER_THREAD, new CountDownLatch(0));
            utx.commit();
        } catch (Exception e) {
            utx.rollback();
            throw e;
        }
        double inOne = PER_THREAD / ((System.nanoTime() - t2) / 1e9);

        String run = run();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            threads.add(executor.submit(() -> append(run, PER_THREAD, start)));
        }
        long t1 = System.nanoTime();
        start.countDown();
        for (Future<Integer> f : threads) {
            f.get();
        }
        double both = 2 * PER_THREAD / ((System.nanoTime() - t1) / 1e9);
        AuditReader.Verification v = reader.verify(AUDITOR);
        String figures = String.format(
                "appends/s, a transaction each: one thread %.0f, two threads at once %.0f; in one transaction %.0f;"
                        + " verification of %d entries: %d ms",
                single, both, inOne, v.entries(), v.millis());
        LOG.info(figures);
        Measurements.record("audit-chain", figures);

        assertThat(count("IT_CHAIN_APPEND", run)).isEqualTo(2L * PER_THREAD);
        assertThat(v.intact()).as("%s", v).isTrue();
        assertThat(v.firstBroken()).isNull();
        // no fork: no two entries were chained to the same predecessor
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT prev_hash) FROM acc_audit");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
        }
    }

    @Test
    void aRowChangedByPlainSqlIsNamedByTheVerification() throws Exception {
        String run = run();
        audit.record("it-chain", "IT_CHAIN_TAMPER", "it-chain", run, "the original detail");
        audit.record("it-chain", "IT_CHAIN_TAMPER", "it-chain", run, "the entry after it");
        List<AuditTrail.Line> lines = reader.find(
                AUDITOR, new AuditReader.Query(null, null, null, "IT_CHAIN_TAMPER", "it-chain", run, null), 0, 10);
        assertThat(lines).hasSize(2);
        long target = lines.get(1).id(); // newest first: the first of the two
        assertThat(reader.verify(AUDITOR).intact()).as("intact before").isTrue();
        try (Connection c = dataSource.getConnection()) {
            try {
                assertThat(update(c, "UPDATE acc_audit SET detail = ? WHERE id = ?", "a forged detail", target))
                        .isEqualTo(1);
                AuditReader.Verification v = reader.verify(AUDITOR);
                assertThat(v.intact()).isFalse();
                assertThat(v.firstBroken()).isEqualTo(target);

                // put back, it verifies again; another field changed is named as well
                update(c, "UPDATE acc_audit SET detail = ? WHERE id = ?", "the original detail", target);
                assertThat(reader.verify(AUDITOR).intact()).isTrue();
                update(c, "UPDATE acc_audit SET actor = ? WHERE id = ?", "someone-else", target);
                assertThat(reader.verify(AUDITOR).firstBroken()).isEqualTo(target);
            } finally {
                update(c, "UPDATE acc_audit SET detail = ? WHERE id = ?", "the original detail", target);
                update(c, "UPDATE acc_audit SET actor = ? WHERE id = ?", "it-chain", target);
            }
        }
        assertThat(reader.verify(AUDITOR).intact())
                .as("intact again once restored")
                .isTrue();
    }

    private static int update(Connection c, String sql, String value, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setLong(2, id);
            int n = s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return n;
        }
    }

    /**
     * The rows written before migration V5 have no hash: the first append chains them, in id order, under the head's
     * lock. Shown in one transaction that is rolled back: every row's hashes and the head are cleared by plain SQL,
     * one append chains them all again, and the trail verifies, with the very hashes the appends had given them.
     */
    @Test
    void rowsWithoutAChainAreChainedInIdOrderByTheFirstAppend() throws Exception {
        assertThat(reader.verify(AUDITOR).intact()).as("intact before").isTrue();
        utx.begin();
        try (Connection c = dataSource.getConnection()) {
            java.util.Map<Long, String> before = hashes(c);
            try (PreparedStatement clear =
                            c.prepareStatement("UPDATE acc_audit SET prev_hash = NULL, entry_hash = NULL");
                    PreparedStatement head = c.prepareStatement(
                            "UPDATE acc_audit_head SET last_id = NULL, last_hash = NULL WHERE id = 1")) {
                assertThat(clear.executeUpdate()).isEqualTo(before.size());
                head.executeUpdate();
            }
            // (no verification here: with the head unset it would chain in a transaction of its own, which waits
            // for this one's lock)
            audit.record("it-chain", "IT_CHAIN_AFTER_UPGRADE", "it-chain", run(), "the first append after V5");
            AuditReader.Verification v = reader.verify(AUDITOR);
            assertThat(v.intact()).as("%s", v).isTrue();
            assertThat(v.entries()).isEqualTo(before.size() + 1L);
            java.util.Map<Long, String> after = hashes(c);
            before.forEach(
                    (id, hash) -> assertThat(after.get(id)).as("entry %d", id).isEqualTo(hash));
        } finally {
            utx.rollback();
        }
        assertThat(reader.verify(AUDITOR).intact())
                .as("intact after the rollback")
                .isTrue();
    }

    private static java.util.Map<Long, String> hashes(Connection c) throws Exception {
        java.util.Map<Long, String> hashes = new java.util.HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, entry_hash FROM acc_audit");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                hashes.put(rs.getLong(1), rs.getString(2));
            }
        }
        return hashes;
    }

    @Test
    void textsAreNeutralisedAndTheirResultDerived() {
        String run = run();
        audit.record("it-chain", "IT_CHAIN_FAILED", "it-chain", run, "line one\nline two\u0007\u202E");
        audit.refusal("it-chain", "IT_CHAIN_NOPE", "it-chain", run, "refused");
        List<AuditTrail.Line> lines =
                reader.find(AUDITOR, new AuditReader.Query(null, null, null, null, "it-chain", run, null), 0, 10);
        assertThat(lines).hasSize(2);
        AuditTrail.Line refused = lines.get(0);
        AuditTrail.Line failed = lines.get(1);
        assertThat(failed.detail()).isEqualTo("line one\\nline two\\u{0007}\\u{202E}");
        assertThat(failed.result()).isEqualTo(AuditTrail.Result.FAILED);
        assertThat(refused.result()).isEqualTo(AuditTrail.Result.REFUSED);
        assertThat(audit.of("it-chain", run).get(0).detail()).isEqualTo("line one\nline two\u0007\u202E");
    }

    @Test
    void onlyTheAuditAdministratorReads() {
        for (Actor other :
                List.of(Fixtures.admin(), new Actor("it-sec", "IT security", Role.SECURITY_ADMIN, null, null))) {
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> reader.count(other, AuditReader.Query.all()));
            assertThatExceptionOfType(NotAuthorizedException.class)
                    .isThrownBy(() -> reader.find(other, AuditReader.Query.all(), 0, 10));
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> reader.verify(other));
        }
    }
}
