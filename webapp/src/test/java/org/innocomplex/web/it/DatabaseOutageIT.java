package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A node whose PostgreSQL goes away and comes back: while it is gone every request fails fast (within {@link
 * #FAST_MS}) and says so, an API call with a 503 problem document and {@code Retry-After}, a page with the translated
 * "temporarily unavailable" page; readiness is DOWN. When it is back, readiness comes UP by itself, the very first
 * API call succeeds (the pool's dead connections are not handed out), and what was acknowledged before is there.
 */
@EnabledIfSystemProperty(named = "it.postgres", matches = "true")
class DatabaseOutageIT {
    static final long FAST_MS = 2_000;
    static final String OPERATOR = "op-longquan";

    final Path dir = MicroServer.buildDir().toPath().resolve("outage");
    final List<String> timings = new ArrayList<>();
    /** what the outage's answers got wrong: all of them are reported, with every timing */
    final SoftAssertions softly = new SoftAssertions();

    @Test
    void requestsFailFastAndTranslatedWhileTheDatabaseIsGoneAndTheNodeRecoversByItself() throws Exception {
        Files.createDirectories(dir);
        Path log = dir.resolve("server.log");
        Files.deleteIfExists(log);
        try (PrivatePostgres pg = PrivatePostgres.create("outage")) {
            pg.start();
            pg.createDatabase("innocomplex");
            try (MicroServer server = new MicroServer(MicroServer.freePort(), options(pg), log)) {
                server.start();
                String base = server.base();
                String token = token(pg, OPERATOR);
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();

                HttpResponse<String> reports = api(http, base, token, "GET", "reports", null);
                assertThat(reports.statusCode()).as(reports.body()).isEqualTo(200);
                Matcher id = Pattern.compile("\"reportId\":(\\d+)").matcher(reports.body());
                assertThat(id.find()).as(reports.body()).isTrue();
                long reportId = Long.parseLong(id.group(1));
                String narrative = "停机前保存 " + UUID.randomUUID();
                HttpResponse<String> saved = api(
                        http,
                        base,
                        token,
                        "PUT",
                        "reports/" + reportId + "/draft",
                        "{\"narrative\":\"" + narrative + "\"}");
                assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
                HttpClient browser = loggedIn(base, "county-longquan");
                assertThat(page(browser, base, "appraisal/inbox.xhtml").statusCode())
                        .isEqualTo(200);

                pg.stop();

                // readiness first: a balancer takes the node out while the requests below are refused
                assertThat(timed("readiness", () -> server.ready())).isFalse();

                HttpResponse<String> apiDown =
                        timed("API GET tasks", () -> api(http, base, token, "GET", "tasks", null));
                assertUnavailableProblem(apiDown, "zh-CN");
                HttpResponse<String> apiDownEn = timed(
                        "API PUT draft (en)",
                        () -> send(
                                http,
                                request(base, token, "PUT", "reports/" + reportId + "/draft", "{\"narrative\":\"x\"}")
                                        .header("Accept-Language", "en")
                                        .build()));
                assertUnavailableProblem(apiDownEn, "en");

                HttpResponse<String> pageDown =
                        timed("page with session", () -> page(browser, base, "appraisal/inbox.xhtml"));
                assertUnavailablePage(pageDown, "zh");
                HttpResponse<String> pageDownEn = timed(
                        "page with session (en)",
                        () -> send(
                                browser,
                                HttpRequest.newBuilder(URI.create(base + "appraisal/inbox.xhtml"))
                                        .header("Accept-Language", "en")
                                        .timeout(Duration.ofSeconds(30))
                                        .build()));
                softly.assertThat(pageDownEn.statusCode()).isEqualTo(503);

                HttpResponse<String> ajaxDown = timed(
                        "AJAX postback of a session",
                        () -> send(
                                browser,
                                HttpRequest.newBuilder(URI.create(base + "appraisal/inbox.xhtml"))
                                        .header("Faces-Request", "partial/ajax")
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .timeout(Duration.ofSeconds(30))
                                        .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                                        .build()));
                softly.assertThat(ajaxDown.statusCode()).isEqualTo(503);
                softly.assertThat(ajaxDown.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("text/xml");
                softly.assertThat(ajaxDown.body())
                        .contains("<partial-response>")
                        .contains(text("zh", "error.unavailable.text"));

                HttpClient stranger = cookies();
                HttpResponse<String> loginPage =
                        timed("login page, no session", () -> page(stranger, base, "login.xhtml"));
                softly.assertThat(loginPage.statusCode()).isIn(200, 503);
                if (loginPage.statusCode() == 200) {
                    HttpResponse<String> loginPost =
                            timed("login post", () -> postLogin(stranger, base, loginPage.body(), OPERATOR));
                    assertUnavailablePage(loginPost, "zh");
                } else {
                    assertUnavailablePage(loginPage, "zh");
                }
                HttpResponse<String> badToken = timed(
                        "API with an unknown token",
                        () -> api(http, base, "ic_" + "A".repeat(43), "GET", "tasks", null));
                assertUnavailableProblem(badToken, "zh-CN");

                pg.start();
                long t0 = System.nanoTime();
                long deadline = System.currentTimeMillis() + 60_000;
                while (!server.ready() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(server.ready())
                        .as("readiness after the database's return")
                        .isTrue();
                timings.add(String.format(
                        "readiness UP %d ms after PostgreSQL accepted connections again",
                        (System.nanoTime() - t0) / 1_000_000));

                HttpResponse<String> first = timed(
                        "first API call after the return",
                        () -> api(http, base, token, "GET", "reports/" + reportId, null));
                assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
                assertThat(first.body())
                        .as("the draft saved before the outage, not the one refused during it")
                        .contains(narrative)
                        .doesNotContain("\"narrative\":\"x\"");
                assertThat(page(browser, base, "appraisal/inbox.xhtml").statusCode())
                        .as("the session's page after the return")
                        .isEqualTo(200);
            } finally {
                Measurements.record("database outage", String.join("; ", timings));
            }
            softly.assertAll();
        }
    }

    static List<String> options(PrivatePostgres pg) {
        return List.of(
                "-Dinnocomplex.db.url=" + pg.jdbcUrl("innocomplex"),
                "-Dinnocomplex.db.class=org.postgresql.ds.PGSimpleDataSource",
                "-Dinnocomplex.db.user=" + PrivatePostgres.ROLE,
                "-Dinnocomplex.db.password=" + PrivatePostgres.PASSWORD,
                "-Dinnocomplex.second-factor.required-roles=none",
                "-Dinnocomplex.password.change-at-first-login=false",
                "-Dinnocomplex.second-factor.key=it-only-second-factor-key-0123456789");
    }

    private void assertUnavailableProblem(HttpResponse<String> r, String language) {
        softly.assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        softly.assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        softly.assertThat(r.headers().firstValue("Retry-After").orElse("")).matches("[0-9]+");
        softly.assertThat(r.headers().firstValue("Content-Language").orElse("")).isEqualTo(language);
        softly.assertThat(r.body()).contains("\"status\":503").contains("\"code\":\"error.unavailable\"");
        softly.assertThat(r.body()).contains(text(language.startsWith("en") ? "en" : "zh", "error.unavailable.text"));
    }

    private void assertUnavailablePage(HttpResponse<String> r, String language) {
        softly.assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        softly.assertThat(r.headers().firstValue("Retry-After").orElse("")).matches("[0-9]+");
        softly.assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        softly.assertThat(r.body()).contains(text(language, "error.unavailable.title"));
    }

    static String text(String language, String key) {
        try (var in = DatabaseOutageIT.class.getResourceAsStream(
                "/org/innocomplex/web/messages_" + language + ".properties")) {
            var p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            String v = p.getProperty(key);
            assertThat(v).as(key).isNotNull();
            return v;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    interface Call<T> {
        T run() throws Exception;
    }

    /** runs a request, records how long it took and fails when that was longer than {@link #FAST_MS} */
    private <T> T timed(String what, Call<T> call) throws Exception {
        long t0 = System.nanoTime();
        T result = call.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        timings.add(what + " " + ms + " ms");
        softly.assertThat(ms).as(what + " took (ms)").isLessThanOrEqualTo(FAST_MS);
        return result;
    }

    /**
     * A personal API token of {@code user}, made as {@code /account/tokens.xhtml} makes one: only its SHA-256 is
     * kept in the database.
     */
    static String token(PrivatePostgres pg, String user) throws Exception {
        return token(pg, "innocomplex", user);
    }

    static String token(PrivatePostgres pg, String db, String user) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = "ic_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        try (Connection c = pg.connect(db);
                PreparedStatement s = c.prepareStatement("insert into acc_api_token (id, username, name, token_hash,"
                        + " hint, created_at, expires_at) values (nextval('acc_api_token_seq'), ?, 'it', ?, ?,"
                        + " localtimestamp, localtimestamp + interval '1 day')")) {
            s.setString(1, user);
            s.setString(2, hash);
            s.setString(3, token.substring(0, 8));
            s.executeUpdate();
        }
        return token;
    }

    static HttpRequest.Builder request(String base, String token, String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> api(HttpClient http, String base, String token, String method, String path, String json)
            throws Exception {
        return send(http, request(base, token, method, path, json).build());
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpClient cookies() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpResponse<String> page(HttpClient http, String base, String path) throws Exception {
        return send(
                http,
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .build());
    }

    /** a browser's session of {@code user}, logged in through the login form */
    static HttpClient loggedIn(String base, String user) throws Exception {
        HttpClient http = cookies();
        HttpResponse<String> r =
                postLogin(http, base, page(http, base, "login.xhtml").body(), user);
        assertThat(r.statusCode()).as("login of " + user + ": " + r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("login.xhtml");
        return http;
    }

    static HttpResponse<String> postLogin(HttpClient http, String base, String loginPage, String user)
            throws Exception {
        Matcher m = LoginForm.VIEW_STATE.matcher(loginPage);
        assertThat(m.find()).as("view state on the login page").isTrue();
        String body = Map.of(
                        "login",
                        "login",
                        "login:username",
                        user,
                        "login:password",
                        AppraisalJourneyIT.PASSWORD,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        m.group(1),
                        "primefaces.nonce",
                        LoginForm.nonce(loginPage))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(
                http,
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }
}
