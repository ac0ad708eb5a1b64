package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Cross-site requests to the REST API. A real headless Chromium, logged in on the application, opens a page of
 * another site (a tiny HTTP server of the test's on another port of 127.0.0.1) that tries the classic forgeries on an
 * operator's report: {@code fetch} with {@code text/plain} and the browser's cookies, a {@code fetch} with a stolen
 * token (which needs a preflight), and an auto-submitted {@code text/plain} form. Each is refused by its
 * {@code Origin} before any credential is read and audited, and the report stays a draft. Then the same rules from a
 * script: a form's body types are 415 even with a valid token, a foreign {@code Origin} is 403, and the session cookie
 * of a logged-in browser opens no API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiCrossSiteIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    final HttpClient http = HttpClient.newHttpClient();

    record Case(long reportId, String operator) {}

    @Test
    void aPageOfAnotherSiteCannotDriveTheApiFromALoggedInBrowser() throws Exception {
        Case c = freshCaseWithACompleteDraft();
        String token = ApiTokens.create(base, c.operator()).trim();
        String app = base.toString().replaceFirst("//[^/:]+", "//localhost").replaceAll("/$", "");
        String submit = app + "/api/v1/reports/" + c.reportId() + "/submit";

        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>prize</title></head><body>
                <div id="log"></div>
                <form id="forged" method="POST" enctype="text/plain" action="%1$s">
                  <input type="hidden" name='{"x":"' value='"}'>
                  <button id="go" type="submit">claim your prize</button>
                </form>
                <script>
                  const log = (t) => document.getElementById('log').textContent += t + ';';
                  (async () => {
                    try {
                      const r = await fetch('%1$s', {method: 'POST', mode: 'no-cors', credentials: 'include',
                          headers: {'Content-Type': 'text/plain'}, body: '{}'});
                      log('simple:' + r.type);
                    } catch (e) { log('simple:error'); }
                    try {
                      const r = await fetch('%1$s', {method: 'POST', credentials: 'include',
                          headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer %2$s'}, body: '{}'});
                      log('token:' + r.status);
                    } catch (e) { log('token:blocked'); }
                    log('done');
                  })();
                </script></body></html>""".formatted(submit, token);
        evil.createContext("/", exchange -> {
            byte[] b = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, b.length);
            exchange.getResponseBody().write(b);
            exchange.close();
        });
        evil.start();
        String evilOrigin = "http://127.0.0.1:" + evil.getAddress().getPort();
        try (Browser b = new Browser(base, "cross-site")) {
            b.login(c.operator(), ApiCaseServlet.PASSWORD);
            b.open(evilOrigin + "/prize.html");
            String log = b.waitForText("done");
            // the preflight of the request with the token was refused, so the browser never sent the request
            assertThat(log).contains("simple:opaque", "token:blocked");
            b.screenshot("forged-fetch");
            // the forged form, submitted as a victim's click would: the browser lands on the API's refusal
            b.click(By.id("go"));
            String answer = b.waitForText("api.error.foreignOrigin");
            assertThat(answer).contains("\"status\":403");
            b.screenshot("forged-form");
        } finally {
            evil.stop(0);
        }

        List<String> refused = loopbackAudit().stream()
                .filter(l -> l.contains("|API_ORIGIN_REFUSED|") && l.contains("origin: " + evilOrigin))
                .toList();
        // the token's preflight, and the simple fetch and the form (one line: a repetition within the minute is
        // counted into the first line's summary)
        assertThat(refused).anyMatch(l -> l.contains("request: OPTIONS"));
        assertThat(refused).anyMatch(l -> l.contains("request: POST"));
        // and the report was not submitted
        assertThat(report(c, token).get("report").get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aFormsBodyTypesAre415EvenWithAValidTokenAndAForeignOriginIs403() throws Exception {
        String app = LoginForm.loopback(base);
        String auth = ApiTokens.bearer(base, "county-jinyun");
        for (String type : List.of(
                "text/plain",
                "text/plain;charset=UTF-8",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks/x/complete"))
                            .header("Authorization", auth)
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"approve\":true}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(JSON.readTree(r.body()).get("code").asString()).isEqualTo("api.error.unsupportedMediaType");
        }
        HttpResponse<String> foreign = http.send(
                HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks"))
                        .header("Authorization", auth)
                        .header("Origin", "https://evil.example")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).get("code").asString()).isEqualTo("api.error.foreignOrigin");
        HttpResponse<String> sandboxed = http.send(
                HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks"))
                        .header("Authorization", auth)
                        .header("Origin", "null")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sandboxed.statusCode()).isEqualTo(403);
        // the server's own origin (as the API page's "try it out" sends it) and JSON bodies go through
        HttpResponse<String> own = http.send(
                HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks"))
                        .header("Authorization", auth)
                        .header("Origin", app.replaceFirst("^(https?://[^/]+).*$", "$1"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(loopbackAudit())
                .anyMatch(l -> l.contains("|API_MEDIA_TYPE_REFUSED|") && l.contains("content type: text/plain"))
                .anyMatch(l -> l.contains("|API_ORIGIN_REFUSED|") && l.contains("origin: https://evil.example"));
    }

    @Test
    void theSessionCookieOfALoggedInBrowserOpensNoApi() throws Exception {
        String app = LoginForm.loopback(base);
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(
                        HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = LoginForm.VIEW_STATE.matcher(login);
        assertThat(m.find()).isTrue();
        String form = Map.of(
                        "login",
                        "login",
                        "login:username",
                        "municipal",
                        "login:password",
                        "Demo@2026",
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        m.group(1),
                        "primefaces.nonce",
                        LoginForm.nonce(login))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> in = browser.send(
                HttpRequest.newBuilder(URI.create(app + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(browser.send(
                                HttpRequest.newBuilder(URI.create(app + "/appraisal/inbox.xhtml"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> api = browser.send(
                HttpRequest.newBuilder(URI.create(app + "/api/v1/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(api.body()).get("code").asString()).isEqualTo("api.error.authenticationRequired");
    }

    // ---- helpers

    private Case freshCaseWithACompleteDraft() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "it-fixtures/api-case?county=331122"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String[] f = r.body().trim().split(" ");
        Case c = new Case(Long.parseLong(f[0]), f[2]);
        HttpResponse<String> draft = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/reports/" + c.reportId() + "/draft"))
                        .header("Authorization", ApiTokens.bearer(base, c.operator()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"values\":"
                                + JSON.writeValueAsString(Fixtures.completeValues())
                                + ",\"narrative\":\"本年度综合体建设稳步推进，服务企业成效明显。（跨站测试）\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        return c;
    }

    private JsonNode report(Case c, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/reports/" + c.reportId()))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** the audit lines of the loopback address, as IPv4 or IPv6 (the browser may take either for localhost) */
    private List<String> loopbackAudit() throws IOException, InterruptedException {
        List<String> lines = new java.util.ArrayList<>(audit("address", "127.0.0.1"));
        lines.addAll(audit("address", "0:0:0:0:0:0:0:1"));
        return lines;
    }

    private List<String> audit(String type, String id) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "it-fixtures/audit?type=" + type + "&id=" + id))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body()
                .lines()
                .toList();
    }
}
