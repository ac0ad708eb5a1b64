package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.innocomplex.web.it.LoginForm.Answer;
import org.innocomplex.web.it.LoginForm.Seen;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Password guessing on the login form, from outside, with the product's defaults (5 failures per login name, a delay
 * of 1 s doubling after each failure, a lock of 15 minutes, 20 failures per address). Before, 50 wrong passwords met
 * no delay or lock and the right one then worked; an unknown name was answered in 3 ms and a real one in 130 ms; every
 * API call ran the password hash. Each test counts its failures under addresses of its own ({@link LoginForm}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginFailuresIT {
    static final String DEMO = "Demo@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thirtyWrongPasswordsAreDelayedThenLockedTheRightOneIsRefusedUntilTheSecurityAdministratorUnlocks()
            throws Exception {
        String user = freshUser();
        String address = address();
        LoginForm form = new LoginForm(base, address);

        List<Seen> seen = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Answer a = form.attempt(user, "wrong-password-" + i);
            seen.add(a.seen());
            boolean hashed = a.seen() == Seen.FAILED
                    || a.seen() == Seen.LOCKED && !seen.subList(0, i).contains(Seen.LOCKED);
            (hashed ? checked : refused).add(a.nanos());
            if (a.seen() != Seen.FAILED) {
                assertThat(a.status()).as("attempt %d: %s", i + 1, a.seen()).isEqualTo(429);
                assertThat(a.retryAfter()).isPositive();
            }
            if (a.seen() == Seen.DELAYED) {
                // the server said when it takes the next attempt; the client waits that long, as a script would
                Thread.sleep(a.retryAfter() * 1000);
            }
        }
        // four failures, each but (on a slow machine) the first followed by a refusal because the next attempt came
        // too soon; the fifth failure locks, and every attempt after it is refused as locked
        int lock = seen.indexOf(Seen.LOCKED);
        assertThat(seen.subList(0, lock))
                .as("%s", seen)
                .containsOnly(Seen.FAILED, Seen.DELAYED)
                .filteredOn(s -> s == Seen.FAILED)
                .hasSize(4);
        assertThat(seen.subList(0, lock)).filteredOn(s -> s == Seen.DELAYED).hasSizeGreaterThanOrEqualTo(3);
        assertThat(seen.subList(0, lock)).as("%s", seen).doesNotContainSequence(Seen.DELAYED, Seen.DELAYED);
        assertThat(seen.subList(lock, 30)).containsOnly(Seen.LOCKED);
        int delayed = (int) seen.stream().filter(s -> s == Seen.DELAYED).count();
        // a refusal costs no password check
        assertThat(median(refused) * 3)
                .as("refused %s vs checked %s", refused, checked)
                .isLessThan(median(checked));

        Answer whileLocked = form.attempt(user, LoginFixturesServlet.PASSWORD);
        assertThat(whileLocked.seen()).isEqualTo(Seen.LOCKED);
        assertThat(whileLocked.status()).isEqualTo(429);
        // nor from another address: the lock is the name's
        assertThat(new LoginForm(base, address())
                        .attempt(user, LoginFixturesServlet.PASSWORD)
                        .seen())
                .isEqualTo(Seen.LOCKED);

        try (Browser b = new Browser(base, "login-unlock")) {
            b.login("security", DEMO);
            b.open("/access/users.xhtml");
            b.type("users:list:globalFilter", user);
            b.waitForText(user, LoginForm.ZH.getString("access.users.lockedUntil"));
            b.screenshot("locked");
            b.click(By.id("users:list:0:unlock"));
            b.waitForText(LoginForm.prefix("access.users.unlocked"));
            b.screenshot("unlocked");
        }
        assertThat(form.attempt(user, LoginFixturesServlet.PASSWORD).seen()).isEqualTo(Seen.SUCCEEDED);

        List<String> audit = audit("user", user);
        assertThat(count(audit, "|LOGIN_FAILED|")).isEqualTo(5);
        assertThat(count(audit, "|LOGIN_LOCKED|")).isEqualTo(1);
        // the delayed and the locked of the thirty (all but the five checked), and the right password twice while
        // locked
        assertThat(count(audit, "|LOGIN_REFUSED|")).isEqualTo(30 - 5 + 2);
        assertThat(count(audit, "reason: DELAYED")).isEqualTo(delayed);
        assertThat(audit)
                .filteredOn(l -> l.contains("|LOGIN_FAILED|") || l.contains("|LOGIN_LOCKED|"))
                .allMatch(l -> l.contains("from: " + address));
        assertThat(audit).anyMatch(l -> l.startsWith("security|LOGIN_UNLOCKED|"));
    }

    @Test
    void aLockEndsByItselfWhenTheLockTimeHasPassed() throws Exception {
        String user = freshUser();
        LoginForm form = new LoginForm(base, address());
        lockOut(form, user);
        assertThat(form.attempt(user, LoginFixturesServlet.PASSWORD).seen()).isEqualTo(Seen.LOCKED);

        // fourteen of the fifteen minutes pass: still locked
        age(user, 14);
        assertThat(form.attempt(user, LoginFixturesServlet.PASSWORD).seen()).isEqualTo(Seen.LOCKED);
        // the fifteenth
        age(user, 1);
        assertThat(form.attempt(user, LoginFixturesServlet.PASSWORD).seen()).isEqualTo(Seen.SUCCEEDED);
        List<String> audit = audit("user", user);
        assertThat(count(audit, "|LOGIN_LOCKED|")).isEqualTo(1);
        assertThat(count(audit, "|LOGIN_UNLOCKED|")).isZero();
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresOverManyNamesAndOnlyThatAddress() throws Exception {
        String address = address();
        LoginForm form = new LoginForm(base, address);
        String prefix = "nobody-" + Long.toString(System.nanoTime(), 36) + "-";
        for (int i = 1; i <= 20; i++) {
            Answer a = form.attempt(prefix + i, "guess");
            assertThat(a.seen()).as("attempt %d", i).isEqualTo(i < 20 ? Seen.FAILED : Seen.ADDRESS_LOCKED);
        }
        String user = freshUser();
        Answer blocked = form.attempt(user, LoginFixturesServlet.PASSWORD);
        assertThat(blocked.seen()).isEqualTo(Seen.ADDRESS_LOCKED);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(new LoginForm(base, address())
                        .attempt(user, LoginFixturesServlet.PASSWORD)
                        .seen())
                .isEqualTo(Seen.SUCCEEDED);
        assertThat(audit("address", address)).anyMatch(l -> l.contains("|ADDRESS_LOCKED|"));
        assertThat(audit("user", prefix + 20)).anyMatch(l -> l.contains("|LOGIN_FAILED|"));
    }

    @Test
    void anUnknownNameCostsWhatAKnownOneCostsWithinTwentyPercent() throws Exception {
        int pairs = 20;
        int warmup = 3;
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        List<Long> difference = new ArrayList<>();
        for (int i = 0; i < pairs + warmup; i++) {
            String user = freshUser();
            String nobody = "nobody-" + Long.toString(System.nanoTime(), 36);
            // a pair from an address of its own, one right after the other and in alternating order, so that both
            // meet the same load of the machine and neither always comes first
            LoginForm form = new LoginForm(base, address());
            Answer k;
            Answer u;
            if (i % 2 == 0) {
                k = form.attempt(user, "wrong-password");
                u = form.attempt(nobody, "wrong-password");
            } else {
                u = form.attempt(nobody, "wrong-password");
                k = form.attempt(user, "wrong-password");
            }
            assertThat(k.seen()).isEqualTo(Seen.FAILED);
            assertThat(u.seen()).isEqualTo(Seen.FAILED);
            assertThat(u.status()).isEqualTo(k.status());
            if (i >= warmup) {
                known.add(k.nanos());
                unknown.add(u.nanos());
                difference.add(u.nanos() - k.nanos());
            }
        }
        double k = median(known) / 1e6;
        double u = median(unknown) / 1e6;
        double d = median(difference) / 1e6;
        String figures = String.format(
                Locale.ROOT,
                "failed login median over %d pairs: known user %.1f ms, unknown "
                        + "%.1f ms; median of the pairs' differences %.1f ms (%.1f %%)",
                pairs,
                k,
                u,
                d,
                100 * Math.abs(d) / k);
        Measurements.record("login timing", figures);
        // the pairs' differences, not the two medians, so that a load spike of the machine (on 2 shared cores a
        // check takes from 0.2 to 2 s) falls on both sides of a pair
        assertThat(Math.abs(d)).as(figures).isLessThanOrEqualTo(0.2 * k);
    }

    @Test
    void aWrongApiTokenCostsUnderFiveMillisecondsMedianWithNoPasswordCheck() throws Exception {
        SecureRandom random = new SecureRandom();
        URI api = URI.create(LoginForm.loopback(base) + "/api/v1/tasks");
        URI live = URI.create(LoginForm.loopback(base).replaceFirst("(//[^/]+).*$", "$1") + "/health/live");
        // the JIT needs some hundreds of calls before the path runs at its speed
        for (int i = 0; i < 700; i++) {
            assertThat(wrongToken(api, random)).isEqualTo(401);
        }
        // each wrong token beside a request the server answers with no work (liveness), so that both meet the same
        // load of a shared machine; the best of three rounds, since a burst of another build's work can spoil one
        double best = Double.MAX_VALUE;
        String figures = "";
        for (int round = 0; round < 3; round++) {
            List<Long> wrong = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                assertThat(wrongToken(api, random)).isEqualTo(401);
                wrong.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                http.send(HttpRequest.newBuilder(live).GET().build(), HttpResponse.BodyHandlers.discarding());
                floor.add(System.nanoTime() - t0);
            }
            double ms = median(wrong) / 1e6;
            double liveMs = median(floor) / 1e6;
            if (ms - liveMs < best) {
                best = ms - liveMs;
                figures = String.format(
                        Locale.ROOT,
                        "median %.2f ms over 100 requests (/health/live beside them: " + "%.2f ms), best of 3 rounds",
                        ms,
                        liveMs);
            }
        }
        Measurements.record("wrong API token", figures);
        // under 5 ms on top of what the machine takes to answer anything at all: on a loaded machine even the
        // liveness answer can take some milliseconds
        assertThat(best).as(figures).isLessThan(5.0);
    }

    private int wrongToken(URI api, SecureRandom random) throws IOException, InterruptedException {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return http.send(
                        HttpRequest.newBuilder(api)
                                .header(
                                        "Authorization",
                                        "Bearer ic_"
                                                + Base64.getUrlEncoder()
                                                        .withoutPadding()
                                                        .encodeToString(b))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aFloodOfLoginsIsRefusedAsBusyQuicklyRatherThanQueued() throws Exception {
        int n = 40;
        String prefix = "flood-" + Long.toString(System.nanoTime(), 36) + "-";
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = prefix + i;
                LoginForm form = new LoginForm(base, address());
                answers.add(pool.submit(() -> {
                    go.await();
                    return form.attempt(name, "guess");
                }));
            }
            go.countDown();
            List<Answer> all = new ArrayList<>();
            for (Future<Answer> f : answers) {
                all.add(f.get());
            }
            assertThat(all)
                    .extracting(Answer::seen)
                    .containsOnly(Seen.FAILED, Seen.BUSY)
                    .contains(Seen.BUSY);
            assertThat(all).filteredOn(a -> a.seen() == Seen.BUSY).allMatch(a -> a.status() == 429);
            // a busy answer comes after the short wait for a slot, not after the queue ahead of it
            long slowestBusy = all.stream()
                    .filter(a -> a.seen() == Seen.BUSY)
                    .mapToLong(Answer::nanos)
                    .max()
                    .orElseThrow();
            Measurements.record(
                    "login flood",
                    String.format(
                            Locale.ROOT,
                            "%d concurrent: %d checked, %d busy, " + "slowest busy answer %.0f ms",
                            n,
                            all.stream().filter(a -> a.seen() == Seen.FAILED).count(),
                            all.stream().filter(a -> a.seen() == Seen.BUSY).count(),
                            slowestBusy / 1e6));
            assertThat(slowestBusy / 1e6).isLessThan(10_000);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers

    /** wrong passwords, waiting out each delay the server names, until the name is locked */
    private static void lockOut(LoginForm form, String user) throws IOException, InterruptedException {
        for (int i = 0; i < 20; i++) {
            Answer a = form.attempt(user, "wrong-password-" + i);
            if (a.seen() == Seen.LOCKED) {
                return;
            }
            if (a.seen() == Seen.DELAYED) {
                Thread.sleep(a.retryAfter() * 1000);
            }
        }
        throw new AssertionError(user + " was never locked");
    }

    /** an address of its own for each client of a test: 198.18.0.0/15 is for benchmarking, routed nowhere */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198." + (18 + r.nextInt(2)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private String freshUser() throws IOException, InterruptedException {
        return post("/it-fixtures/login/user");
    }

    private void age(String subject, int minutes) throws IOException, InterruptedException {
        assertThat(post("/it-fixtures/login/age?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
                        + "&minutes=" + minutes))
                .isNotEqualTo("0");
    }

    private String post(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().trim();
    }

    private List<String> audit(String type, String id) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/it-fixtures/audit?type=" + type + "&id="
                                + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.body().lines().toList();
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).count();
    }

    static double median(List<Long> values) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
