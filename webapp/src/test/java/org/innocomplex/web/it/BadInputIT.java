package org.innocomplex.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.innocomplex.submission.api.ReportService;
import org.innocomplex.submission.api.ReportStatus;
import org.innocomplex.workflow.api.TaskInfo;
import org.innocomplex.workflow.api.WorkflowService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Bad input from outside, over HTTP as a browser or a script sends it, with the server's log read by a handler in the
 * server itself ({@link ServerLog}): a forged or unknown view state, a page post without a field its bean needs, a
 * page address without its id, a malformed JSON body and a malformed query parameter each get a 4xx with a translated
 * message, exactly one short log line without a stack trace, and save nothing. Before, each was a 500 (or a 200 with
 * a partial-response error) and a stack trace of some 40 lines per request.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    static final String DEMO = "Demo@2026";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern VIEW_STATE = LoginForm.VIEW_STATE;
    /** the page's Content-Security-Policy nonce, which PrimeFaces' script puts into every form it posts */
    static final Pattern NONCE = LoginForm.NONCE;

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    WorkflowService workflow;

    @Inject
    ReportService submissions;

    ServerLog log;

    @BeforeEach
    void listen() throws Exception {
        log = new ServerLog();
        // the server's first request of a run logs a line of its own (the security module's context path)
        new Browser().get("/login.xhtml");
        log.take();
    }

    @AfterEach
    void stop() {
        log.close();
    }

    // --- pages

    @Test
    void aForgedOrUnknownViewStateOnAPageThatSavesIsA400PageExpiredAndNothingIsSaved() throws Exception {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());
        Browser county = new Browser().login("county-jinyun");
        String page = county.get("/appraisal/task.xhtml?id=" + task.id()).body();
        contains(page, "review:approve");
        log.take();

        for (String forged : List.of("garbage", "-4711:8150", "stateless", "1:2:3")) {
            HttpResponse<String> r = county.post(
                    "/appraisal/task.xhtml",
                    false,
                    Map.of(
                            "review",
                            "review",
                            "review:comment",
                            "同意",
                            "review:approve",
                            "",
                            "jakarta.faces.ViewState",
                            forged),
                    "/appraisal/task.xhtml?id=" + task.id());

            assertEquals(400, r.statusCode(), forged);
            contains(
                    r.body(),
                    "页面已过期",
                    "请重新加载页面",
                    "href=\"" + contextPath() + "/appraisal/task.xhtml?id=" + task.id() + "\"");
            assertOneShortLine("expired view state");
        }
        assertTrue(workflow.openTask(task.id()).isPresent(), "the review is still open: nothing was approved");
        assertEquals(
                ReportStatus.SUBMITTED,
                submissions.report(c.report().id()).orElseThrow().status());
    }

    @Test
    void theLanguageSwitchGoesBackToThePageItWasClickedOnButNeverToAnotherSite() throws Exception {
        Browser official = new Browser().login("municipal");
        String inbox = official.get("/appraisal/inbox.xhtml").body();
        Map<String, String> toggle = Map.of(
                "headerForm",
                "headerForm",
                "headerForm:lang",
                "headerForm:lang",
                "jakarta.faces.ViewState",
                viewState(inbox));

        HttpResponse<String> forged =
                official.post("/appraisal/inbox.xhtml", false, toggle, "http://evil.example/phish.html");
        assertEquals(302, forged.statusCode());
        String to = forged.headers().firstValue("Location").orElseThrow();
        assertTrue(URI.create(base.toString()).resolve(to).getHost().equals(base.getHost()), to);
        assertTrue(to.endsWith("/appraisal/inbox.xhtml"), to);

        String again = official.get("/appraisal/inbox.xhtml").body();
        HttpResponse<String> own = official.post(
                "/appraisal/inbox.xhtml",
                false,
                Map.of(
                        "headerForm",
                        "headerForm",
                        "headerForm:lang",
                        "headerForm:lang",
                        "jakarta.faces.ViewState",
                        viewState(again)),
                "/reporting/dashboard.xhtml?year=2024");
        assertTrue(own.headers().firstValue("Location").orElseThrow().endsWith("/reporting/dashboard.xhtml?year=2024"));
    }

    @Test
    void anExpiredPageIsExplainedInTheReadersLanguage() throws Exception {
        Browser official = new Browser().login("municipal");
        String inbox = official.get("/appraisal/inbox.xhtml").body();
        // the header's language switch: the session reads English from now on
        HttpResponse<String> toggled = official.post(
                "/appraisal/inbox.xhtml",
                false,
                Map.of(
                        "headerForm",
                        "headerForm",
                        "headerForm:lang",
                        "headerForm:lang",
                        "jakarta.faces.ViewState",
                        viewState(inbox)),
                null);
        assertEquals(302, toggled.statusCode());
        log.take();

        HttpResponse<String> r = official.post(
                "/appraisal/inbox.xhtml",
                false,
                Map.of("headerForm", "headerForm", "jakarta.faces.ViewState", "12345:67890"),
                null);

        assertEquals(400, r.statusCode());
        contains(r.body(), "This page has expired");
        assertFalse(r.body().contains("页面已过期"));
        assertOneShortLine("expired view state");
    }

    @Test
    void anAjaxPostWithAForgedViewStateGetsA400PartialResponseThePageShows() throws Exception {
        HttpResponse<String> r = new Browser()
                .post(
                        "/login.xhtml",
                        true,
                        Map.of(
                                "login",
                                "login",
                                "jakarta.faces.source",
                                "login:submit",
                                "jakarta.faces.partial.execute",
                                "@all",
                                "jakarta.faces.ViewState",
                                "garbage"),
                        null);

        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        contains(r.body(), "<partial-response><error><error-name>innocomplex.refused</error-name>", "页面已过期");
        assertOneShortLine("expired view state (ajax)");
    }

    @Test
    void aDashboardPostWithoutTheChartFieldIsA400AndThePageGoesOn() throws Exception {
        Browser official = new Browser().login("municipal");
        String state = viewState(official.get("/reporting/dashboard.xhtml").body());
        log.take();
        Map<String, String> change = new LinkedHashMap<>(Map.of(
                "dash",
                "dash",
                "jakarta.faces.ViewState",
                state,
                "jakarta.faces.source",
                "dash:chartIndicator",
                "jakarta.faces.partial.execute",
                "dash:chartIndicator",
                "jakarta.faces.behavior.event",
                "valueChange",
                "jakarta.faces.partial.event",
                "change",
                "jakarta.faces.partial.render",
                "dash:countyChart"));

        HttpResponse<String> missing = official.post("/reporting/dashboard.xhtml", true, change, null);

        assertEquals(400, missing.statusCode());
        contains(missing.body(), "innocomplex.refused", "chartIndicator");
        assertOneShortLine("error.badParameter chartIndicator");

        // the chart's click-through without its item index (PrimeFaces parsed it unchecked)
        Map<String, String> click = new LinkedHashMap<>(Map.of(
                "dash",
                "dash",
                "jakarta.faces.ViewState",
                state,
                "jakarta.faces.source",
                "dash:countyChart",
                "jakarta.faces.partial.execute",
                "dash:countyChart",
                "jakarta.faces.behavior.event",
                "itemSelect",
                "jakarta.faces.partial.event",
                "itemSelect"));
        HttpResponse<String> noIndex = official.post("/reporting/dashboard.xhtml", true, click, null);
        assertEquals(400, noIndex.statusCode());
        contains(noIndex.body(), "innocomplex.refused", "itemIndex");
        assertOneShortLine("error.badParameter itemIndex");

        // the view survived both: the same page answers a well-formed change
        change.put("dash:chartIndicator_input", "construction_investment");
        HttpResponse<String> ok = official.post("/reporting/dashboard.xhtml", true, change, null);
        assertEquals(200, ok.statusCode(), ok.body());
        contains(ok.body(), "<update id=\"dash:countyChart\">");
        assertFalse(ok.body().contains("<error>"));
        assertEquals(List.of(), log.take());
    }

    @Test
    void aPostWithoutThePagesContentSecurityPolicyNonceIsA400PageExpired() throws Exception {
        // PrimeFaces' script puts the page's nonce into every form; a post without it, or with another, did not come
        // from the page as the server rendered it
        Browser official = new Browser().login("municipal");
        String state = viewState(official.get("/reporting/dashboard.xhtml").body());
        log.take();
        for (String nonce : List.of("", "forged", "MjNkYmViY2UtYTBmYy00NDc3LTgwYjItNzE3MjQ5MDBiNTZj")) {
            Map<String, String> change = new LinkedHashMap<>(Map.of(
                    "dash",
                    "dash",
                    "jakarta.faces.ViewState",
                    state,
                    "jakarta.faces.source",
                    "dash:chartIndicator",
                    "jakarta.faces.partial.execute",
                    "dash:chartIndicator",
                    "jakarta.faces.behavior.event",
                    "valueChange",
                    "jakarta.faces.partial.event",
                    "change",
                    "jakarta.faces.partial.render",
                    "dash:countyChart",
                    "dash:chartIndicator_input",
                    "construction_investment",
                    "primefaces.nonce",
                    nonce));

            HttpResponse<String> ajax = official.post("/reporting/dashboard.xhtml", true, change, null);
            assertEquals(400, ajax.statusCode(), "nonce " + nonce + ": " + ajax.body());
            contains(ajax.body(), "innocomplex.refused", "页面已过期");
            assertOneShortLine("nonce");

            HttpResponse<String> full = official.post(
                    "/reporting/dashboard.xhtml",
                    false,
                    Map.of(
                            "dash",
                            "dash",
                            "jakarta.faces.ViewState",
                            state,
                            "dash:chartIndicator_input",
                            "construction_investment",
                            "primefaces.nonce",
                            nonce),
                    null);
            assertEquals(400, full.statusCode(), "nonce " + nonce + ": " + full.body());
            contains(full.body(), "页面已过期", "请重新加载页面");
            assertOneShortLine("nonce");
        }
    }

    @Test
    void aPageAddressWithoutItsIdOrWithAMalformedOneIsA400() throws Exception {
        Browser official = new Browser().login("municipal");
        log.take();
        for (String path : List.of(
                "/appraisal/task.xhtml",
                "/appraisal/record.xhtml?id=x",
                "/registry/complex.xhtml?id=-1",
                "/reporting/complexes.xhtml?kind=YEAR&value=abc",
                "/reporting/dashboard.xhtml?year=20x6")) {
            HttpResponse<String> r = official.get(path);

            // a refusal of another kind says what the server logged and answered, to tell its cause
            assertEquals(
                    400,
                    r.statusCode(),
                    () -> path + "\nserver log: " + log.take() + "\nanswer: "
                            + r.body().replaceAll("(?s)<head>.*</head>", "").replaceAll("\\s+", " "));
            contains(r.body(), "请求不完整或有误");
            assertOneShortLine("error.badParameter");
        }
    }

    // --- the REST API

    @Test
    void malformedJsonOnCompletingATaskIsA400ProblemAndTheTaskStaysOpen() throws Exception {
        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());

        for (String body :
                List.of("{\"approve\":", "{\"approve\":true", "[true]", "\"approve\"", "{\"approve\":true} trailing")) {
            HttpResponse<String> r = api("POST", "tasks/" + task.id() + "/complete", "county-jinyun", body);

            assertEquals(400, r.statusCode(), body);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonNode p = JSON.readTree(r.body());
            assertTrue(
                    List.of("api.error.malformedJson", "api.error.notAnObject", "api.error.trailingContent")
                            .contains(p.get("code").asString()),
                    r.body());
            assertTrue(p.get("detail").asString().startsWith("The body"), r.body());
            assertOneShortLine("API 400");
        }
        // a member of the wrong type is named, as before
        HttpResponse<String> wrongType =
                api("POST", "tasks/" + task.id() + "/complete", "county-jinyun", "{\"approve\":\"yes\"}");
        assertEquals(422, wrongType.statusCode());
        assertEquals(
                "approve",
                JSON.readTree(wrongType.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString());
        log.take();

        assertTrue(workflow.openTask(task.id()).isPresent(), "nothing was completed");
        assertEquals(
                ReportStatus.SUBMITTED,
                submissions.report(c.report().id()).orElseThrow().status());
    }

    @Test
    void anUnknownTaskIs404AndACompletedOneStays409() throws Exception {
        HttpResponse<String> unknown = api("GET", "tasks/no-such-task-4711", "county-jinyun", null);
        assertEquals(404, unknown.statusCode());
        assertEquals(
                "appraisal.error.unknownTask",
                JSON.readTree(unknown.body()).get("code").asString());
        assertEquals(
                "There is no such task",
                JSON.readTree(unknown.body()).get("detail").asString());
        assertOneShortLine("API 404 appraisal.error.unknownTask");

        Fixtures.Case c = fixtures.atCountyReview("331122");
        TaskInfo task = fixtures.onlyTask(c.appraisal());
        assertEquals(
                204,
                api("POST", "tasks/" + task.id() + "/complete", "county-jinyun", "{\"approve\":true}")
                        .statusCode());
        HttpResponse<String> handled = api("GET", "tasks/" + task.id(), "county-jinyun", null);
        assertEquals(409, handled.statusCode());
        assertEquals(
                "appraisal.error.alreadyHandled",
                JSON.readTree(handled.body()).get("code").asString());
    }

    @Test
    void aMalformedNumberOrBooleanInTheQueryIsA422NamingTheParameter() throws Exception {
        log.take();
        for (String query :
                List.of("tasks?first=x", "tasks?cycle=12ab", "tasks?overdue=maybe", "registry/complexes?active=yes")) {
            HttpResponse<String> r = api("GET", query, "municipal", null);

            assertEquals(422, r.statusCode(), query);
            JsonNode field = JSON.readTree(r.body()).get("errors").get(0);
            assertEquals(
                    query.substring(query.indexOf('?') + 1, query.indexOf('=')),
                    field.get("field").asString());
            contains(field.get("detail").asString(), "must be");
            assertOneShortLine("API 422");
        }
        assertEquals(
                200,
                api("GET", "tasks?first=0&max=5&overdue=false", "municipal", null)
                        .statusCode());
    }

    // --- helpers

    private void assertOneShortLine(String containing) {
        List<ServerLog.Line> lines = log.take();
        assertEquals(
                1,
                lines.size(),
                "the log of one refused request: "
                        + lines.stream()
                                .map(l -> l.logger() + ": " + l.text()
                                        + (l.thrown() == null ? "" : " [" + l.thrown() + "]"))
                                .collect(Collectors.joining(" | ")));
        ServerLog.Line line = lines.get(0);
        assertNull(line.thrown(), "no stack trace");
        contains(line.text(), containing);
        assertFalse(line.text().contains("\n") || line.text().contains("\r"), line.text());
        assertTrue(line.text().length() < 300, line.text());
    }

    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(
                    text != null && text.contains(part),
                    "expected \"" + part + "\" in: "
                            + (text == null ? null : text.substring(0, Math.min(text.length(), 3000))));
        }
    }

    private String contextPath() {
        return base.getPath().replaceAll("/$", "");
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "a view state on the page");
        return m.group(1);
    }

    /** the API as a script calls it; how it authenticates is the API's business, kept in this one place */
    private HttpResponse<String> api(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", ApiTokens.bearer(base, user))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** a browser session against another test's server address (for other test classes) */
    Browser browserAt(URL server) {
        base = server;
        return new Browser();
    }

    /**
     * a browser's session: cookies kept, redirects not followed, forms posted as the page would (with the nonce of the
     * page last opened, which PrimeFaces' script adds to every form: the server refuses a post of its view without it)
     */
    class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String nonce;

        Browser login(String user) throws IOException, InterruptedException {
            String page = get("/login.xhtml").body();
            HttpResponse<String> r = post(
                    "/login.xhtml",
                    false,
                    Map.of(
                            "login",
                            "login",
                            "login:username",
                            user,
                            "login:password",
                            DEMO,
                            "login:submit",
                            "",
                            "jakarta.faces.ViewState",
                            viewState(page)),
                    null);
            assertEquals(302, r.statusCode(), "login of " + user);
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r =
                    http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = NONCE.matcher(r.body());
            if (m.find()) {
                nonce = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String path, boolean ajax, Map<String, String> form, String referer)
                throws IOException, InterruptedException {
            Map<String, String> all = new LinkedHashMap<>(form);
            if (nonce != null) {
                all.putIfAbsent("primefaces.nonce", nonce);
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
            if (ajax) {
                all.put("jakarta.faces.partial.ajax", "true");
                b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
            }
            if (referer != null) {
                b.header(
                        "Referer",
                        referer.startsWith("http") ? referer : uri(referer).toString());
            }
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(
                    b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create(base.toString().replaceAll("/$", "") + path);
        }
    }
}
