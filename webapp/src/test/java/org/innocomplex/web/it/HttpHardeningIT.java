package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innocomplex.submission.api.EvidenceData;
import org.innocomplex.submission.api.EvidenceService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The headers of the server's answers, read as a browser or a script receives them: a page carries one
 * Content-Security-Policy whose script nonce is the one on its scripts, with no {@code unsafe-eval} and nothing
 * framing it; pages, API answers (refused and served) and downloads carry nosniff, the referrer policy and
 * {@code no-store}, static resources may be cached; the session cookie is {@code SameSite=Lax}; nothing names the
 * server; {@code /metrics} is refused; {@code /health/ready} says UP or DOWN and nothing else; there is no WADL.
 * Before, only Payara's {@code X-Frame-Options: SAMEORIGIN} was sent. JUnit's assertions only: the tests run inside
 * the deployed application (which does not carry AssertJ), to make their evidence file with the services.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {
    static final String DEMO = BadInputIT.DEMO;
    static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>");
    static final Pattern NONCE_ATTR = Pattern.compile("\\bnonce=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    EvidenceService evidence;

    @Test
    void aPageCarriesOnePolicyWithTheNonceOfItsScriptsAndNoEval() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);

        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertThat(policies.size())
                .as("one policy, not PrimeFaces' beside the filter's: " + policies)
                .isEqualTo(1);
        Map<String, String> csp = directives(policies.get(0));
        assertThat(csp.get("default-src")).isEqualTo("'self'");
        assertThat(csp.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(csp.get("object-src")).isEqualTo("'none'");
        assertThat(csp.get("base-uri")).isEqualTo("'self'");
        assertThat(csp.get("form-action")).isEqualTo("'self'");
        assertThat(csp.get("connect-src")).isEqualTo("'self'");
        String scripts = csp.get("script-src");
        Matcher n = Pattern.compile("^'self' 'nonce-([A-Za-z0-9+/=]{16,})'$").matcher(scripts);
        assertThat(n.matches())
                .as("scripts from the application and with the page's nonce only: " + scripts)
                .isTrue();
        assertThat(policies.get(0).contains("unsafe-eval")).as(policies.get(0)).isFalse();
        String nonce = n.group(1);

        // every inline script of the page carries that nonce; the others come from the application itself
        Matcher tags = SCRIPT_TAG.matcher(page.body());
        int inline = 0;
        while (tags.find()) {
            String attrs = tags.group(1);
            if (attrs.contains("type=\"application/json\"")) {
                continue;
            }
            Matcher a = NONCE_ATTR.matcher(attrs);
            if (!attrs.contains("src=")) {
                inline++;
                assertThat(a.find() && a.group(1).equals(nonce))
                        .as("an inline script without the nonce: " + attrs)
                        .isTrue();
            }
        }
        assertThat(inline > 0)
                .as("the login page has PrimeFaces' inline scripts")
                .isTrue();
        Matcher handler =
                Pattern.compile("<[a-zA-Z]+\\s[^>]*\\bon[a-z]+=\"[^\"]+\"").matcher(page.body());
        boolean found = handler.find();
        assertThat(found)
                .as("an inline event handler is left on the page (PrimeFaces registers them from its nonce'd"
                        + " script): " + (found ? handler.group() : ""))
                .isFalse();

        // a nonce is for one page only
        String again = directives(get("/login.xhtml")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .get("script-src");
        assertThat(again).isNotEqualTo(scripts);

        hardened(page.headers());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")))
                .as(cookies.toString())
                .isTrue();
        for (String c : cookies) {
            assertThat(c.contains("HttpOnly")).as(c).isTrue();
            assertThat(c.toLowerCase().contains("samesite=lax")).as(c).isTrue();
        }
    }

    @Test
    void anAuthenticatedPageAnExcelExportAndAnEvidenceFileAreNeverStored() throws Exception {
        BadInputIT.Browser official = new BadInputIT().browserAt(base).login("municipal");
        HttpResponse<String> inbox = official.get("/appraisal/inbox.xhtml");
        assertThat(inbox.statusCode()).isEqualTo(200);
        hardened(inbox.headers());
        assertThat(inbox.headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow()
                        .contains("'nonce-"))
                .isTrue();

        // PrimeFaces' file download asks only for revalidation; the filter keeps it no-store
        String dashboard = official.get("/reporting/dashboard.xhtml").body();
        HttpResponse<String> excel = official.post(
                "/reporting/dashboard.xhtml",
                false,
                Map.of(
                        "dash",
                        "dash",
                        "dash:chartIndicator_input",
                        "cluster_output_value",
                        "dash:exportDashboard",
                        "",
                        "jakarta.faces.ViewState",
                        BadInputIT.viewState(dashboard)),
                null);
        assertThat(excel.statusCode()).as(excel.body()).isEqualTo(200);
        assertThat(excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"))
                .as(excel.headers().map().toString())
                .isTrue();
        hardened(excel.headers());

        Fixtures.Case c = fixtures.atReportStep("331122");
        EvidenceData v =
                evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "证明材料.pdf", EvidenceIT.pdf());
        fixtures.submit(c);
        HttpResponse<String> file =
                new BadInputIT().browserAt(base).login("county-jinyun").get("/evidence/" + v.id());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse(null)).isEqualTo("application/pdf");
        hardened(file.headers());
    }

    @Test
    void theApiAnswersCarryTheHeadersWhenRefusedAndWhenServedAndDescribeThemselvesOnlyInOpenApi() throws Exception {
        HttpResponse<String> refused = http().send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/cycles"))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        hardened(refused.headers());

        HttpResponse<String> served = api("GET", "cycles", "municipal");
        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        hardened(served.headers());

        assertThat(api("GET", "application.wadl", "municipal").statusCode())
                .as("no WADL")
                .isEqualTo(404);
        HttpResponse<String> options = api("OPTIONS", "cycles", "municipal");
        assertThat(options.body().contains("wadl")).as(options.body()).isFalse();
        assertThat(options.headers().firstValue("Content-Type").orElse("").contains("wadl"))
                .isFalse();
    }

    @Test
    void staticResourcesMayBeCachedAndAreNotSniffed() throws Exception {
        String page = get("/login.xhtml").body();
        Matcher m = Pattern.compile("src=\"[^\"]*(/jakarta\\.faces\\.resource/core\\.js[^\"]*)\"")
                .matcher(page);
        assertThat(m.find()).as("PrimeFaces' core script on the page").isTrue();
        HttpResponse<String> script = get(m.group(1).replace("&amp;", "&"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("X-Content-Type-Options").orElse(null))
                .isEqualTo("nosniff");
        assertThat(script.headers().firstValue("Cache-Control").orElse("").contains("no-store"))
                .as("a static resource may be cached")
                .isFalse();
        assertThat(script.headers().firstValue("Server").isEmpty()).isTrue();
    }

    @Test
    void hstsIsSentOnlyOnAnswersThatLeaveOverTls() throws Exception {
        assertThat(get("/login.xhtml")
                        .headers()
                        .firstValue("Strict-Transport-Security")
                        .isEmpty())
                .as("plain HTTP")
                .isTrue();
        HttpResponse<String> proxied = http().send(
                        HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                                .header("X-Forwarded-Proto", "https")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String hsts = proxied.headers().firstValue("Strict-Transport-Security").orElse("");
        assertThat(hsts.startsWith("max-age=31536000")).as(hsts).isTrue();
    }

    @Test
    void metricsAreRefusedAndReadinessTellsNothingButUpOrDown() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/application")) {
            HttpResponse<String> metrics = http().send(
                            HttpRequest.newBuilder(URI.create(server + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(List.of(401, 403, 404).contains(metrics.statusCode()))
                    .as(path + ": " + metrics.statusCode())
                    .isTrue();
            assertThat(metrics.body().contains("# TYPE")
                            || metrics.body().contains("jvm_uptime")
                            || metrics.body().contains("base_"))
                    .as(path + " tells its figures: " + metrics.body())
                    .isFalse();
            assertThat(metrics.headers().firstValue("Server").isEmpty())
                    .as(path)
                    .isTrue();
        }

        HttpResponse<String> ready = http().send(
                        HttpRequest.newBuilder(URI.create(server + "/health/ready"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Server").isEmpty()).isTrue();
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        for (JsonValue check : health.getJsonArray("checks")) {
            JsonObject o = check.asJsonObject();
            assertThat(List.of("UP", "DOWN").contains(o.getString("status")))
                    .as(ready.body())
                    .isTrue();
            JsonObject data = o.containsKey("data") ? o.getJsonObject("data") : JsonValue.EMPTY_JSON_OBJECT;
            assertThat(data.isEmpty())
                    .as("an anonymous caller learns nothing but UP or DOWN: " + ready.body())
                    .isTrue();
        }
        assertThat(ready.body().contains("H2")
                        || ready.body().contains("PostgreSQL")
                        || ready.body().contains("annual-appraisal"))
                .as(ready.body())
                .isFalse();
    }

    /**
     * The headers of an answer that holds a user's data: nosniff, the referrer policy, one policy that no site may
     * frame, {@code no-store}, no server name.
     */
    static void hardened(HttpHeaders h) {
        String all = h.map().toString();
        assertThat(h.allValues("X-Content-Type-Options")).as(all).isEqualTo(List.of("nosniff"));
        assertThat(h.firstValue("Referrer-Policy").orElse(null)).as(all).isEqualTo("same-origin");
        assertThat(h.allValues("Content-Security-Policy").size()).as(all).isEqualTo(1);
        assertThat(directives(h.firstValue("Content-Security-Policy").orElseThrow())
                        .get("frame-ancestors"))
                .as(all)
                .isEqualTo("'none'");
        assertThat(h.allValues("X-Frame-Options")).as(all).isEqualTo(List.of("DENY"));
        assertThat(h.allValues("Cache-Control")).as(all).isEqualTo(List.of("no-store"));
        assertThat(h.firstValue("Server").isEmpty())
                .as("the server names itself: " + all)
                .isTrue();
        assertThat(h.firstValue("X-Powered-By").isEmpty())
                .as("the server names itself: " + all)
                .isTrue();
    }

    /** {@code a b; c d} → {a=b, c=d} */
    static Map<String, String> directives(String policy) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String d : policy.split(";")) {
            String t = d.trim();
            if (!t.isEmpty()) {
                int space = t.indexOf(' ');
                m.put(
                        space < 0 ? t : t.substring(0, space),
                        space < 0 ? "" : t.substring(space + 1).trim());
            }
        }
        return m;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http().send(
                        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** the API as a script calls it; how it authenticates is the API's business, kept in this one place */
    private HttpResponse<String> api(String method, String path, String user) throws IOException, InterruptedException {
        return http().send(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                                .header("Authorization", ApiTokens.bearer(base, user))
                                .header("Accept", "application/json")
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
