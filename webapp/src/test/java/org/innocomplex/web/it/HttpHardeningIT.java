package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.innocomplex.submission.api.EvidenceService;
import org.innocomplex.submission.api.EvidenceView;
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
        assertEquals(200, page.statusCode());

        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, not PrimeFaces' beside the filter's: " + policies);
        Map<String, String> csp = directives(policies.get(0));
        assertEquals("'self'", csp.get("default-src"));
        assertEquals("'none'", csp.get("frame-ancestors"));
        assertEquals("'none'", csp.get("object-src"));
        assertEquals("'self'", csp.get("base-uri"));
        assertEquals("'self'", csp.get("form-action"));
        assertEquals("'self'", csp.get("connect-src"));
        String scripts = csp.get("script-src");
        Matcher n = Pattern.compile("^'self' 'nonce-([A-Za-z0-9+/=]{16,})'$").matcher(scripts);
        assertTrue(n.matches(), "scripts from the application and with the page's nonce only: " + scripts);
        assertFalse(policies.get(0).contains("unsafe-eval"), policies.get(0));
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
                assertTrue(a.find() && a.group(1).equals(nonce), "an inline script without the nonce: " + attrs);
            }
        }
        assertTrue(inline > 0, "the login page has PrimeFaces' inline scripts");
        Matcher handler = Pattern.compile("<[a-zA-Z]+\\s[^>]*\\bon[a-z]+=\"[^\"]+\"").matcher(page.body());
        boolean found = handler.find();
        assertFalse(found, "an inline event handler is left on the page (PrimeFaces registers them from its nonce'd"
                + " script): " + (found ? handler.group() : ""));

        // a nonce is for one page only
        String again = directives(get("/login.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow())
                .get("script-src");
        assertNotEquals(scripts, again);

        hardened(page.headers());
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), cookies.toString());
        for (String c : cookies) {
            assertTrue(c.contains("HttpOnly"), c);
            assertTrue(c.toLowerCase().contains("samesite=lax"), c);
        }
    }

    @Test
    void anAuthenticatedPageAnExcelExportAndAnEvidenceFileAreNeverStored() throws Exception {
        BadInputIT.Browser official = new BadInputIT().browserAt(base).login("municipal");
        HttpResponse<String> inbox = official.get("/appraisal/inbox.xhtml");
        assertEquals(200, inbox.statusCode());
        hardened(inbox.headers());
        assertTrue(inbox.headers().firstValue("Content-Security-Policy").orElseThrow().contains("'nonce-"));

        // PrimeFaces' file download asks only for revalidation; the filter keeps it no-store
        String dashboard = official.get("/reporting/dashboard.xhtml").body();
        HttpResponse<String> excel = official.post("/reporting/dashboard.xhtml", false, Map.of("dash", "dash",
                "dash:chartIndicator_input", "cluster_output_value", "dash:exportDashboard", "",
                "jakarta.faces.ViewState", BadInputIT.viewState(dashboard)), null);
        assertEquals(200, excel.statusCode(), excel.body());
        assertTrue(excel.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                excel.headers().map().toString());
        hardened(excel.headers());

        Fixtures.Case c = fixtures.atReportStep("331122");
        EvidenceView v = evidence.attach(c.report().id(), c.operator(), EvidenceService.GENERAL, "证明材料.pdf",
                EvidenceIT.pdf());
        fixtures.submit(c);
        HttpResponse<String> file = new BadInputIT().browserAt(base).login("county-jinyun").get("/evidence/" + v.id());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(null));
        hardened(file.headers());
    }

    @Test
    void theApiAnswersCarryTheHeadersWhenRefusedAndWhenServedAndDescribeThemselvesOnlyInOpenApi() throws Exception {
        HttpResponse<String> refused = http().send(HttpRequest.newBuilder(URI.create(base + "api/v1/cycles"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        hardened(refused.headers());

        HttpResponse<String> served = api("GET", "cycles", "municipal");
        assertEquals(200, served.statusCode(), served.body());
        hardened(served.headers());

        assertEquals(404, api("GET", "application.wadl", "municipal").statusCode(), "no WADL");
        HttpResponse<String> options = api("OPTIONS", "cycles", "municipal");
        assertFalse(options.body().contains("wadl"), options.body());
        assertFalse(options.headers().firstValue("Content-Type").orElse("").contains("wadl"));
    }

    @Test
    void staticResourcesMayBeCachedAndAreNotSniffed() throws Exception {
        String page = get("/login.xhtml").body();
        Matcher m = Pattern.compile("src=\"[^\"]*(/jakarta\\.faces\\.resource/core\\.js[^\"]*)\"").matcher(page);
        assertTrue(m.find(), "PrimeFaces' core script on the page");
        HttpResponse<String> script = get(m.group(1).replace("&amp;", "&"));
        assertEquals(200, script.statusCode());
        assertEquals("nosniff", script.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertFalse(script.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "a static resource may be cached");
        assertTrue(script.headers().firstValue("Server").isEmpty());
    }

    @Test
    void hstsIsSentOnlyOnAnswersThatLeaveOverTls() throws Exception {
        assertTrue(get("/login.xhtml").headers().firstValue("Strict-Transport-Security").isEmpty(), "plain HTTP");
        HttpResponse<String> proxied = http().send(HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String hsts = proxied.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue(hsts.startsWith("max-age=31536000"), hsts);
    }

    @Test
    void metricsAreRefusedAndReadinessTellsNothingButUpOrDown() throws Exception {
        String server = "http://" + base.getHost() + ":" + base.getPort();
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/application")) {
            HttpResponse<String> metrics = http().send(HttpRequest.newBuilder(URI.create(server + path)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(List.of(401, 403, 404).contains(metrics.statusCode()), path + ": " + metrics.statusCode());
            assertFalse(metrics.body().contains("# TYPE") || metrics.body().contains("jvm_uptime")
                    || metrics.body().contains("base_"), path + " tells its figures: " + metrics.body());
            assertTrue(metrics.headers().firstValue("Server").isEmpty(), path);
        }

        HttpResponse<String> ready = http().send(HttpRequest.newBuilder(URI.create(server + "/health/ready")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.headers().firstValue("Server").isEmpty());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        assertEquals("UP", health.getString("status"));
        for (JsonValue check : health.getJsonArray("checks")) {
            JsonObject o = check.asJsonObject();
            assertTrue(List.of("UP", "DOWN").contains(o.getString("status")), ready.body());
            JsonObject data = o.containsKey("data") ? o.getJsonObject("data") : JsonValue.EMPTY_JSON_OBJECT;
            assertTrue(data.isEmpty(), "an anonymous caller learns nothing but UP or DOWN: " + ready.body());
        }
        assertFalse(ready.body().contains("H2") || ready.body().contains("PostgreSQL")
                || ready.body().contains("annual-appraisal"), ready.body());
    }

    /**
     * The headers of an answer that holds a user's data: nosniff, the referrer policy, one policy that no site may
     * frame, {@code no-store}, no server name.
     */
    static void hardened(HttpHeaders h) {
        String all = h.map().toString();
        assertEquals(List.of("nosniff"), h.allValues("X-Content-Type-Options"), all);
        assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(null), all);
        assertEquals(1, h.allValues("Content-Security-Policy").size(), all);
        assertEquals("'none'", directives(h.firstValue("Content-Security-Policy").orElseThrow())
                .get("frame-ancestors"), all);
        assertEquals(List.of("DENY"), h.allValues("X-Frame-Options"), all);
        assertEquals(List.of("no-store"), h.allValues("Cache-Control"), all);
        assertTrue(h.firstValue("Server").isEmpty(), "the server names itself: " + all);
        assertTrue(h.firstValue("X-Powered-By").isEmpty(), "the server names itself: " + all);
    }

    /** {@code a b; c d} → {a=b, c=d} */
    static Map<String, String> directives(String policy) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String d : policy.split(";")) {
            String t = d.trim();
            if (!t.isEmpty()) {
                int space = t.indexOf(' ');
                m.put(space < 0 ? t : t.substring(0, space), space < 0 ? "" : t.substring(space + 1).trim());
            }
        }
        return m;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** the API as a script calls it; how it authenticates is the API's business, kept in this one place */
    private HttpResponse<String> api(String method, String path, String user) throws IOException, InterruptedException {
        return http().send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", ApiTokens.bearer(base, user))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }
}
