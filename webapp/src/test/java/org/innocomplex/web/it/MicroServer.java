package org.innocomplex.web.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as an operator starts it: {@code java -jar payara-micro.jar --deploy innocomplex.war}, in its own
 * process, on a port and database of its own; "started" means {@code /health/ready} answered UP.
 */
final class MicroServer implements AutoCloseable {
    private final int port;
    private final List<String> dbOptions;
    private final List<String> microOptions;
    private final Path log;
    private Process process;

    /** over plain HTTP, as the tests reach it: {@code innocomplex.http.secure=false} (a Secure cookie never comes back) */
    MicroServer(int port, List<String> dbOptions, Path log) {
        this(port, concat(List.of("-Dinnocomplex.http.secure=false"), dbOptions), List.of(), log);
    }

    /**
     * @param jvmOptions {@code -D} options; nothing but the demo data is added (the WAR's defaults decide the rest)
     * @param microOptions Payara Micro's own options, e.g. {@code --postbootcommandfile}
     */
    MicroServer(int port, List<String> jvmOptions, List<String> microOptions, Path log) {
        this.port = port;
        this.dbOptions = jvmOptions;
        this.microOptions = microOptions;
        this.log = log;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** @return milliseconds until {@code /health/ready} said UP */
    long start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        cmd.add("-Dinnocomplex.demo=true");
        cmd.addAll(dbOptions);
        cmd.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster", "--port",
                String.valueOf(port), "--deploy", System.getProperty("innocomplex.war"), "--contextroot", "/"));
        cmd.addAll(microOptions);
        long t0 = System.nanoTime();
        process = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.currentTimeMillis() + 240_000;
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
        throw new IllegalStateException("not ready within 240 s; see " + log);
    }

    URL url() throws IOException {
        return URI.create("http://localhost:" + port + "/").toURL();
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
}
