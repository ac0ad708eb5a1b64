package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WAR with its own defaults and the production post-boot commands ({@code config/payara-postboot.asadmin}), as
 * the README starts it, in a server of its own: the session cookie is {@code Secure} (innocomplex.http.secure is
 * true unless configured otherwise), {@code HttpOnly} and {@code SameSite=Lax}; no answer names the server;
 * {@code /metrics} is refused and {@code /health/ready} says UP and nothing else. The shared test server runs over
 * plain HTTP with the key set to false and the test copy of the commands.
 */
class HttpProductionDefaultsIT {

    @Test
    void theWarsDefaultsAndTheProductionCommandsHardenTheServer() throws Exception {
        // no innocomplex.http.secure: the WAR's own default decides
        Path dir = MicroServer.buildDir().toPath().resolve("http-defaults-db");
        Files.createDirectories(dir);
        List<String> options = List.of(
                "-Dinnocomplex.db.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/innocomplex;DB_CLOSE_ON_EXIT=FALSE",
                "-Dinnocomplex.db.class=org.h2.jdbcx.JdbcDataSource",
                "-Dinnocomplex.db.user=sa",
                "-Dinnocomplex.db.password=sa");
        Path commands = Path.of("..", "config", "payara-postboot.asadmin")
                .toAbsolutePath()
                .normalize();
        int port = Integer.getInteger("http-defaults.port", 18081);

        try (MicroServer server = new MicroServer(
                port, options, List.of("--postbootcommandfile", commands.toString()), dir.resolve("server.log"))) {
            server.start();
            HttpClient http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            String root = "http://localhost:" + port;

            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(root + "/login.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Server")).isEmpty();
            assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
            List<String> cookies = login.headers().allValues("Set-Cookie");
            assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
            assertThat(cookies)
                    .allSatisfy(
                            c -> assertThat(c).contains("Secure", "HttpOnly").containsIgnoringCase("SameSite=Lax"));

            HttpResponse<String> metrics = http.send(
                    HttpRequest.newBuilder(URI.create(root + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.statusCode()).isIn(401, 403, 404);
            assertThat(metrics.body()).doesNotContain("# TYPE", "jvm_uptime", "base_");
            assertThat(metrics.headers().firstValue("Server")).isEmpty();

            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(URI.create(root + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"").doesNotContain("H2", "annual-appraisal", "database");
        }
    }
}
