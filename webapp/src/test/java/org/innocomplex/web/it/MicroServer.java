package org.innocomplex.web.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application as an operator starts it: {@code java -jar payara-micro.jar --prebootcommandfile
 * config/payara-preboot.asadmin --deploy innocomplex.war}, in its own process, on a port and database of its own;
 * "started" means {@code /health/ready} answered UP. No {@code INNOCOMPLEX_*} variable of the test's own environment
 * reaches it, only those the test gives.
 */
final class MicroServer implements AutoCloseable {
    /** Payara Micro's last start-up line, printed whether or not the application deployed */
    static final String PAYARA_READY = "ready in";
    /** how long a start may take */
    static final long START_MS = 480_000;

    private final int port;
    /** where the HTTP listener is reached: loopback, unless the test binds it elsewhere */
    private final String host;

    private final List<String> jvmOptions;
    private final List<String> microOptions;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Path log;
    private Process process;

    /**
     * a server as the tests' restart runs it: the database by system properties, demo data on, over plain HTTP
     * ({@code innocomplex.http.secure=false}: a Secure cookie never comes back)
     */
    MicroServer(int port, List<String> dbOptions, Path log) {
        this(port, concat(List.of("-Dinnocomplex.http.secure=false"), dbOptions), List.of(), log);
    }

    /**
     * @param jvmOptions {@code -D} options; nothing but the demo data is added (the WAR's defaults decide the rest)
     * @param microOptions Payara Micro's own options, e.g. {@code --postbootcommandfile}
     */
    MicroServer(int port, List<String> jvmOptions, List<String> microOptions, Path log) {
        this(
                port,
                "localhost",
                concat(List.of("-Dinnocomplex.demo=true"), jvmOptions),
                microOptions,
                Map.of(),
                null,
                log);
    }

    private MicroServer(
            int port,
            String host,
            List<String> jvmOptions,
            List<String> microOptions,
            Map<String, String> environment,
            Path workDir,
            Path log) {
        this.port = port;
        this.host = host;
        this.jvmOptions = jvmOptions;
        this.microOptions = microOptions;
        this.environment = environment;
        this.workDir = workDir;
        this.log = log;
    }

    /**
     * A server configured as the README's production start is: by environment variables alone (no system property,
     * no property file), in a working directory of its own.
     */
    static MicroServer environmentOnly(int port, Map<String, String> environment, Path workDir, Path log) {
        return environmentOnly(port, "localhost", environment, workDir, log);
    }

    /** the same, its HTTP listener reached at {@code host} (where {@code INNOCOMPLEX_HTTP_ADDRESS} binds it) */
    static MicroServer environmentOnly(int port, String host, Map<String, String> environment, Path workDir, Path log) {
        return new MicroServer(port, host, List.of(), List.of(), environment, workDir, log);
    }

    /** @return milliseconds until {@code /health/ready} said UP */
    long start() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        launch();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // generous: with other builds on the machine's two cores a start took 150 s and the first answers 10 s
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                .timeout(Duration.ofSeconds(30))
                .build();
        long deadline = System.currentTimeMillis() + START_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not ready within " + START_MS / 1000 + " s; see " + log);
    }

    /**
     * Starts a server that is expected not to become ready, and waits until Payara Micro finished its start-up (its
     * "ready in" line, which it prints even when the application failed) or exited.
     *
     * @return the server's log up to then
     */
    String startUntilPayaraIsUp() throws IOException, InterruptedException {
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        launch();
        long deadline = System.currentTimeMillis() + START_MS;
        while (System.currentTimeMillis() < deadline) {
            String text = logSince(logStart);
            if (text.contains(PAYARA_READY) || !process.isAlive()) {
                return text;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Payara Micro did not finish starting within " + START_MS / 1000 + " s; see " + log);
    }

    private String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(
                all,
                (int) Math.min(offset, all.length),
                (int) Math.max(0, all.length - offset),
                StandardCharsets.UTF_8);
    }

    private void launch() throws IOException {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar"),
                "--nocluster",
                "--prebootcommandfile",
                new File(System.getProperty("it.preBootFile")).getAbsolutePath(),
                "--port",
                String.valueOf(port),
                "--deploy",
                new File(System.getProperty("innocomplex.war")).getAbsolutePath(),
                "--contextroot",
                "/"));
        cmd.addAll(microOptions);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (workDir != null) {
            Files.createDirectories(workDir);
            pb.directory(workDir.toFile());
        }
        pb.environment().keySet().removeIf(k -> k.startsWith("INNOCOMPLEX_"));
        pb.environment().putAll(environment);
        process = pb.start();
    }

    int port() {
        return port;
    }

    /** the server's process id (the JVM Payara Micro runs in) */
    long pid() {
        return process.pid();
    }

    /** whether {@code /health/ready} answers UP now */
    boolean ready() throws InterruptedException {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(base() + "health/ready"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        }
    }

    URL url() throws IOException {
        return URI.create(base()).toURL();
    }

    /** {@code http://host:port/} */
    String base() {
        return "http://" + host + ":" + port + "/";
    }

    /** Stops the server the way an operator's Ctrl-C or a service manager does (SIGTERM), and waits. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static File buildDir() {
        return new File(System.getProperty("innocomplex.buildDir", "target"));
    }

    /** a TCP port nobody listens on now, so that parallel runs on one machine do not meet on a fixed one */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
