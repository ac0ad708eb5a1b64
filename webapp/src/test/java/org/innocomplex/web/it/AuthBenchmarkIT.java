package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unauthenticated CPU exhaustion, measured from outside over HTTP: the login page's latency (one client, one request
 * after the other) while 48 clients send wrong credentials, against the same page on the idle server in the same run.
 * Before personal API tokens, every API call ran the 600,000-round PBKDF2 of HTTP Basic, and 13 wrong passwords a
 * second took the login page from 4 ms to 214 ms median. Scenarios, each a flood of bursts of {@link #BURST} calls
 * at {@link #CONCURRENCY} at a time while the login page is sampled:
 * <ul>
 *   <li>wrong Bearer tokens (a lookup of a hash that is not there);</li>
 *   <li>HTTP Basic with a real user and a wrong password (refused unread now);</li>
 *   <li>wrong passwords on the login form itself, each from an address of its own (the per-node hashing slots decide
 *       how many are checked; the rest are refused as busy).</li>
 * </ul>
 * A benchmark, not a test of timings: it asserts only that the refusals are refusals. Run by
 * {@code mvn -P benchmark -Dbench.test=AuthBenchmarkIT} (README-benchmarks.md); the figures go to stdout and to
 * {@code webapp/target/benchmarks/auth.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthBenchmarkIT {
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 48);
    static final int BURST = Integer.getInteger("bench.burst", 300);
    static final int BURSTS = Integer.getInteger("bench.bursts", 10);
    static final long WARMUP_MS = Long.getLong("bench.warmupSeconds", 60) * 1000;
    static final int IDLE_SAMPLES = Integer.getInteger("bench.idleSamples", 500);

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SecureRandom random = new SecureRandom();
    private final List<String> report = new ArrayList<>();
    private String app;

    @Test
    void theLoginPageUnderAFloodOfWrongCredentials() throws Exception {
        app = LoginForm.loopback(base);
        line(String.format(
                Locale.ROOT,
                "client: %d cores, load average %.2f; %d clients, bursts of %d, %d bursts per " + "scenario",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                CONCURRENCY,
                BURST,
                BURSTS));

        IntFunction<Integer> wrongToken = i -> status(HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks"))
                .header("Authorization", "Bearer " + randomToken())
                .GET()
                .build());
        IntFunction<Integer> wrongBasic = i -> status(HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("municipal:wrong-" + i).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build());
        String prefix = "bench-" + Long.toString(System.nanoTime(), 36) + "-";
        IntFunction<Integer> wrongForm = i -> {
            try {
                LoginForm.Answer a = new LoginForm(base, LoginFailuresIT.address()).attempt(prefix + i, "guess");
                return a.seen() == LoginForm.Seen.FAILED ? 200 : a.seen() == LoginForm.Seen.BUSY ? 429 : -1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };

        // warm-up: the page, the refusals and the JIT
        long warmEnd = System.currentTimeMillis() + WARMUP_MS;
        int rounds = 0;
        while (System.currentTimeMillis() < warmEnd) {
            loginPage();
            wrongToken.apply(rounds);
            wrongBasic.apply(rounds);
            rounds++;
        }
        line("warm-up " + WARMUP_MS / 1000 + " s (" + rounds + " rounds of the page and both API refusals)");

        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < IDLE_SAMPLES; i++) {
            idle.add(loginPage());
        }
        List<Long> sequentialToken = new ArrayList<>();
        for (int i = 0; i < IDLE_SAMPLES; i++) {
            long t0 = System.nanoTime();
            assertThat(wrongToken.apply(i)).isEqualTo(401);
            sequentialToken.add(System.nanoTime() - t0);
        }

        line(String.format(
                Locale.ROOT, "%-58s %6s %8s %8s %8s %10s", "scenario (ms)", "n", "p50", "p95", "p99", "calls/s"));
        row("login page, idle server", idle, 0);
        row("wrong Bearer token, one client", sequentialToken, 0);
        flood("wrong Bearer tokens", wrongToken, Set401.ONLY);
        flood("HTTP Basic, real user, wrong password", wrongBasic, Set401.ONLY);
        flood("login form, wrong passwords (own address each)", wrongForm, Set401.FORM);
        line("target: login page p50 < 50 ms while 300 wrong-credential API calls run at 48 concurrent; "
                + "wrong token p50 < 5 ms");
        write();
    }

    enum Set401 {
        ONLY,
        FORM
    }

    /** bursts of wrong credentials at {@link #CONCURRENCY}, and the login page sampled by one client meanwhile */
    private void flood(String name, IntFunction<Integer> call, Set401 expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicBoolean flooding = new AtomicBoolean(true);
        List<Long> page = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (flooding.get()) {
                page.add(loginPage());
            }
        });
        List<Long> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger seq = new AtomicInteger();
        long t0 = System.nanoTime();
        sampler.start();
        try {
            for (int b = 0; b < BURSTS; b++) {
                List<Future<?>> burst = new ArrayList<>();
                for (int i = 0; i < BURST; i++) {
                    burst.add(pool.submit(() -> {
                        long c0 = System.nanoTime();
                        int status = call.apply(seq.incrementAndGet());
                        calls.add(System.nanoTime() - c0);
                        if (expected == Set401.ONLY) {
                            assertThat(status).isEqualTo(401);
                        } else {
                            assertThat(status).isIn(200, 429);
                            if (status == 429) {
                                busy.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> f : burst) {
                    f.get();
                }
            }
        } finally {
            flooding.set(false);
            sampler.join();
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        row(name + ": the calls", calls, calls.size() / seconds);
        row(name + ": login page meanwhile", page, 0);
        if (expected == Set401.FORM) {
            line(String.format(
                    Locale.ROOT,
                    "  %d of %d form attempts checked, %d refused as busy",
                    calls.size() - busy.get(),
                    calls.size(),
                    busy.get()));
        }
    }

    private long loginPage() {
        long t0 = System.nanoTime();
        int status = status(
                HttpRequest.newBuilder(URI.create(app + "/login.xhtml")).GET().build());
        long t = System.nanoTime() - t0;
        assertThat(status).isEqualTo(200);
        return t;
    }

    private int status(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return "ic_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private void row(String name, List<Long> nanos, double perSecond) {
        long[] n = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(n);
        line(String.format(
                Locale.ROOT,
                "%-58s %6d %8.2f %8.2f %8.2f %10s",
                name,
                n.length,
                pct(n, 50),
                pct(n, 95),
                pct(n, 99),
                perSecond == 0 ? "" : String.format(Locale.ROOT, "%.0f", perSecond)));
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private void line(String s) {
        report.add(s);
        System.out.println("[auth-benchmark] " + s);
    }

    private void write() throws IOException {
        Path dir = Path.of(System.getProperty("innocomplex.buildDir", "target"), "benchmarks");
        Files.createDirectories(dir);
        Files.write(dir.resolve("auth.txt"), report, StandardCharsets.UTF_8);
    }
}
