package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The WAR as the README's production start runs it: configured by environment variables alone, nothing else. Its
 * built-in defaults must be the safe ones: on an empty database it creates no demo data and no demo login works,
 * and with no database configured it does not start (and creates nothing), saying which setting is missing.
 */
class EnvironmentOnlyStartIT {
    /** every login the demo data would create, each with the demo password */
    static final List<String> DEMO_LOGINS = List.of(
            "admin",
            "security",
            "auditor",
            "op-jinyun",
            "op-longquan",
            "county-jinyun",
            "county-longquan",
            "municipal",
            "province",
            "expert1",
            "expert2",
            "expert3",
            "expert4");

    final Path dir = MicroServer.buildDir().toPath().resolve("env-only");

    @Test
    void anEmptyDatabaseConfiguredByEnvironmentGetsNoDemoUsers() throws Exception {
        Path db = dir.resolve("db");
        deleteTree(db);
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + "/innocomplex;DB_CLOSE_ON_EXIT=FALSE";
        Map<String, String> env = Map.of(
                "INNOCOMPLEX_DB_URL", url,
                "INNOCOMPLEX_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                "INNOCOMPLEX_DB_USER", "innocomplex",
                "INNOCOMPLEX_DB_PASSWORD", "env-only-secret",
                // the test reaches it over plain HTTP: with the WAR's Secure cookie no login could ever succeed, and
                // "no demo login works" would prove nothing
                "INNOCOMPLEX_HTTP_SECURE", "false");
        Path log = dir.resolve("server.log");
        Files.createDirectories(dir);
        Files.deleteIfExists(log);

        List<String> loggedIn = new ArrayList<>();
        try (MicroServer server = MicroServer.environmentOnly(MicroServer.freePort(), env, dir.resolve("work"), log)) {
            server.start();
            String app = server.base().replaceAll("/$", "");
            for (String login : DEMO_LOGINS) {
                if (logsIn(app, login, AppraisalJourneyIT.PASSWORD)) {
                    loggedIn.add(login);
                }
            }
        }
        assertThat(loggedIn).as("demo logins that worked on a production start").isEmpty();
        assertThat(Files.readString(log)).doesNotContain("Demo logins");

        // the server has stopped: its database file is ours to read
        try (Connection c = DriverManager.getConnection(url, "innocomplex", "env-only-secret")) {
            assertThat(count(c, "select count(*) from acc_user")).as("users").isZero();
            assertThat(count(c, "select count(*) from reg_complex"))
                    .as("complexes")
                    .isZero();
        }
    }

    @Test
    void theConfiguredFirstAdministratorIsTheOnlyUserOfAnEmptyDatabase() throws Exception {
        Path db = dir.resolve("first-admin-db");
        deleteTree(db);
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + "/innocomplex;DB_CLOSE_ON_EXIT=FALSE";
        String initial = "Erst-Verwalter-2026";
        Map<String, String> env = Map.of(
                "INNOCOMPLEX_DB_URL", url,
                "INNOCOMPLEX_DB_CLASS", "org.h2.jdbcx.JdbcDataSource",
                "INNOCOMPLEX_DB_USER", "innocomplex",
                "INNOCOMPLEX_DB_PASSWORD", "env-only-secret",
                "INNOCOMPLEX_HTTP_SECURE", "false",
                "INNOCOMPLEX_SECURITY_ADMIN_INITIAL_PASSWORD", initial);
        Path log = dir.resolve("first-admin.log");
        Files.createDirectories(dir);
        Files.deleteIfExists(log);

        boolean withConfigured;
        boolean withDemo;
        try (MicroServer server =
                MicroServer.environmentOnly(MicroServer.freePort(), env, dir.resolve("work-admin"), log)) {
            server.start();
            String app = server.base().replaceAll("/$", "");
            // the right password first: a wrong one would make the next attempt wait (login failure handling)
            withConfigured = logsIn(app, "security", initial);
            withDemo = logsIn(app, "security", AppraisalJourneyIT.PASSWORD);
        }
        assertThat(withConfigured)
                .as("the first account, the security administrator, logs in with the configured password")
                .isTrue();
        assertThat(withDemo).as("the demo password").isFalse();
        assertThat(Files.readString(log))
                .contains("created the first account, the security administrator 'security'")
                .doesNotContain(initial);
        try (Connection c = DriverManager.getConnection(url, "innocomplex", "env-only-secret")) {
            assertThat(count(c, "select count(*) from acc_user")).as("users").isEqualTo(1);
            assertThat(count(c, "select count(*) from acc_audit where action = 'USER_CREATED'"))
                    .isEqualTo(1);
        }
    }

    @Test
    void withNoDatabaseConfiguredTheServerRefusesToStartAndCreatesNothing() throws Exception {
        Path work = dir.resolve("no-db");
        deleteTree(work);
        Path log = dir.resolve("no-db.log");
        Files.createDirectories(dir);
        Files.deleteIfExists(log);

        String text;
        boolean ready;
        try (MicroServer server = MicroServer.environmentOnly(MicroServer.freePort(), Map.of(), work, log)) {
            text = server.startUntilPayaraIsUp();
            ready = server.ready();
        }
        assertThat(ready).as("/health/ready UP without a database").isFalse();
        assertThat(text).contains("InnoComplex has no database configured: set innocomplex.db.url");
        try (Stream<Path> files = Files.walk(work)) {
            assertThat(files.filter(p -> p.toString().endsWith(".db")).toList())
                    .as("database files created in the working directory")
                    .isEmpty();
        }
    }

    private static final Pattern VIEW_STATE = LoginForm.VIEW_STATE;

    /** a login through the login page as a browser does it; true when it led into the application */
    static boolean logsIn(String app, String user, String password) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(app + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the login page: " + page);
        }
        String body = Map.of(
                        "login",
                        "login",
                        "login:username",
                        user,
                        "login:password",
                        password,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        m.group(1),
                        "primefaces.nonce",
                        LoginForm.nonce(page))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
            return false;
        }
        // in: sent on to a page of the application (each role's own first page, or a second factor's step)
        if (r.statusCode() == 302
                && !r.headers().firstValue("Location").orElse("/login.xhtml").contains("/login.xhtml")) {
            return true;
        }
        throw new AssertionError("unexpected answer to the login of " + user + ": " + r.statusCode() + " " + r.body());
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
