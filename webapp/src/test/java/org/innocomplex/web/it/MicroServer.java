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
    private final Path log;
    private Process process;

    MicroServer(int port, List<String> dbOptions, Path log) {
        this.port = port;
        this.dbOptions = dbOptions;
        this.log = log;
    }

    /** @return milliseconds until {@code /health/ready} said UP */
    long start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        cmd.addAll(dbOptions);
        cmd.add("-Dinnocomplex.demo=true");
        // plain HTTP: a Secure session cookie would never come back
        cmd.add("-Dinnocomplex.http.secure=false");
        cmd.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster", "--port",
                String.valueOf(port), "--deploy", System.getProperty("innocomplex.war"), "--contextroot", "/"));
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
