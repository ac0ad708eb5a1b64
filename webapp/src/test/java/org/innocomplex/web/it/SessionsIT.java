package org.innocomplex.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions kept in the database, from outside as a browser sees them: an idle session ends and its next request lands
 * on the login page with the reason; a second login of an account ends the first (a page request and an AJAX request
 * alike); a user ends their other sessions ("log out everywhere else") or one of them; a security administrator ends
 * another's, an administrator may not; and what the check of every request costs. Each test uses a fresh account, so
 * none sees another's sessions; the one that allows concurrent logins restores the rule in {@code finally}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {
    static final Pattern ROW_END = Pattern.compile("id=\"(sessions:list:(\\d+):end)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anIdleSessionEndsAndItsNextRequestLandsOnTheLoginPageSayingWhy() throws Exception {
        String user = newUser();
        LoginForm a = login(user, "198.51.100.81");
        assertThat(a.get("/account/sessions.xhtml").statusCode()).isEqualTo(200);
        // the node keeps the HTTP session for the idle time (30 minutes) and five more, not the container's hour
        assertThat(a.get("/it-fixtures/sessions/max-inactive").body()).isEqualTo("2100");

        // 90 seconds short of the idle end the session is still active, and this request counts as activity
        assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=90"))
                .isEqualTo("1");
        assertThat(a.get("/account/sessions.xhtml").statusCode()).isEqualTo(200);
        assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=90"))
                .isEqualTo("1");

        // the idle time has passed
        assertThat(fixture("POST", "/sessions/idle-in?user=" + user + "&seconds=-1"))
                .isEqualTo("1");
        HttpResponse<String> r = a.get("/account/sessions.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login.xhtml?ended=IDLE");
        assertThat(a.get(path(location)).body()).contains(LoginForm.ZH.getString("access.login.ended.idle"));
        assertThat(rows(user)).singleElement().satisfies(row -> assertThat(row).contains("|IDLE|"));
        assertThat(audit(user)).anyMatch(l -> l.contains("|SESSION_IDLE|") && l.contains("reason: IDLE"));

        // the HTTP session is gone with it: the page asks for a login, with no reason to tell
        HttpResponse<String> again = a.get("/account/sessions.xhtml");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow())
                .contains("/login.xhtml")
                .doesNotContain("ended=");
    }

    @Test
    void aSessionEndsAtItsLifetimeWhateverItsActivity() throws Exception {
        String user = newUser();
        LoginForm a = login(user, "198.51.100.92");
        assertThat(fixture("POST", "/sessions/lifetime-in?user=" + user + "&seconds=30"))
                .isEqualTo("1");
        assertThat(a.get("/account/sessions.xhtml").statusCode()).isEqualTo(200);

        assertThat(fixture("POST", "/sessions/lifetime-in?user=" + user + "&seconds=-1"))
                .isEqualTo("1");
        HttpResponse<String> r = a.get("/appraisal/inbox.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login.xhtml?ended=LIFETIME");
        assertThat(a.get(path(location)).body()).contains(LoginForm.ZH.getString("access.login.ended.lifetime"));
        assertThat(audit(user)).anyMatch(l -> l.contains("|SESSION_ENDED|") && l.contains("reason: LIFETIME"));
    }

    @Test
    void aSecondLoginOfTheAccountEndsTheFirstWhichIsToldWhy() throws Exception {
        String user = newUser();
        LoginForm first = login(user, "198.51.100.82");
        assertThat(first.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);

        LoginForm second = login(user, "198.51.100.83");

        // the first's next request is an AJAX one: a partial-response redirect, which PrimeFaces follows
        HttpResponse<String> ajax = first.post(
                "/appraisal/inbox.xhtml",
                Map.of("jakarta.faces.partial.ajax", "true"),
                "Faces-Request",
                "partial/ajax");
        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body())
                .contains("<partial-response><redirect url=\"")
                .contains("/login.xhtml?ended=REPLACED\"/></partial-response>");
        String page = first.get("/login.xhtml?ended=REPLACED").body();
        assertThat(page).contains(LoginForm.ZH.getString("access.login.ended.replaced"));
        assertThat(second.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);

        // a third login ends the second, whose next page request is redirected
        LoginForm third = login(user, "198.51.100.84");
        HttpResponse<String> r = second.get("/appraisal/inbox.xhtml");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml?ended=REPLACED");
        assertThat(third.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);

        assertThat(rows(user)).hasSize(3).satisfies(rows -> {
            assertThat(rows.get(0)).contains("|null|");
            assertThat(rows.get(1)).contains("|REPLACED|");
            assertThat(rows.get(2)).contains("|REPLACED|");
        });
        assertThat(audit(user).stream().filter(l -> l.contains("|SESSION_REPLACED|")))
                .hasSize(2);
    }

    @Test
    void sessionsOfOneAccountStartedAtOnceLeaveOneActive() throws Exception {
        // the login form itself delays a second attempt on a name while the first runs (LoginFailuresIT), so two
        // nodes' logins of one account meet in the registry: started there from four threads at once
        String user = newUser();
        int n = 4;
        assertThat(fixture("POST", "/sessions/start-at-once?n=" + n + "&user=" + user))
                .isEqualTo(String.valueOf(n));

        // serialised on the account: each ended the one before it, and one is left
        assertThat(rows(user)).hasSize(n);
        assertThat(rows(user).stream().filter(r -> r.contains("|null|"))).hasSize(1);
        assertThat(ended(user, "REPLACED")).isEqualTo(n - 1);
    }

    @Test
    void aUserLogsOutEverywhereElseOrEndsOneSessionAndASecurityAdministratorEndsAll() throws Exception {
        assertThat(fixture("POST", "/sessions/concurrent?value=allow")).isEqualTo("ALLOW");
        try {
            String user = newUser();
            LoginForm a = login(user, "198.51.100.85");
            LoginForm b = login(user, "198.51.100.86");
            LoginForm c = login(user, "198.51.100.87");

            String page = a.get("/account/sessions.xhtml").body();
            assertThat(ends(page)).as("an end button for each other session").hasSize(2);
            assertThat(page)
                    .contains("198.51.100.86", "198.51.100.87", LoginForm.ZH.getString("access.sessions.current"));

            HttpResponse<String> done = submit(a, page, "sessions:endOthers");
            assertThat(done.statusCode()).isEqualTo(200);
            assertThat(done.body()).contains("已结束 2 个其他会话");
            for (LoginForm other : List.of(b, c)) {
                HttpResponse<String> r = other.get("/appraisal/inbox.xhtml");
                assertThat(r.statusCode()).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("?ended=ENDED_BY_USER");
            }
            assertThat(a.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);

            // one other session, by its row's button
            LoginForm d = login(user, "198.51.100.88");
            page = a.get("/account/sessions.xhtml").body();
            assertThat(ends(page)).hasSize(1);
            done = submit(a, page, ends(page).get(0));
            assertThat(done.body()).contains(LoginForm.ZH.getString("access.sessions.endedOne"));
            assertThat(d.get("/appraisal/inbox.xhtml")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .endsWith("?ended=ENDED_BY_USER");
            assertThat(audit(user).stream().filter(l -> l.contains("|SESSION_ENDED|") && l.contains("ENDED_BY_USER")))
                    .hasSize(3);

            // an administrator may not end another's sessions; a security administrator may
            LoginForm e = login(user, "198.51.100.89");
            assertThat(fixture("POST", "/sessions/end-all?role=ADMIN&user=" + user))
                    .isEqualTo("refused");
            assertThat(a.get("/appraisal/inbox.xhtml").statusCode()).isEqualTo(200);
            assertThat(fixture("POST", "/sessions/end-all?role=SECURITY_ADMIN&user=" + user))
                    .isEqualTo("2");
            for (LoginForm ended : List.of(a, e)) {
                assertThat(ended.get("/appraisal/inbox.xhtml")
                                .headers()
                                .firstValue("Location")
                                .orElseThrow())
                        .endsWith("?ended=ENDED_BY_SECURITY_ADMIN");
            }
            assertThat(ended(user, "ENDED_BY_SECURITY_ADMIN")).isEqualTo(2);
            assertThat(audit(user))
                    .anyMatch(l -> l.startsWith("it-security_admin|SESSION_ENDED|"))
                    .anyMatch(l -> l.startsWith("it-admin|SESSION_END_REFUSED|"));
        } finally {
            fixture("POST", "/sessions/concurrent?value=reset");
        }
        assertThat(fixture("POST", "/sessions/concurrent?value=reset")).isEqualTo("END_OLDER");
    }

    @Test
    void aLogoutEndsTheSessionRow() throws Exception {
        String user = newUser();
        LoginForm a = login(user, "198.51.100.90");
        String page = a.get("/account/sessions.xhtml").body();
        HttpResponse<String> out = submit(a, page, "headerForm:logout", "headerForm");
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(rows(user)).singleElement().satisfies(row -> assertThat(row).contains("|LOGOUT|"));
    }

    @Test
    void theCheckOfEveryRequestCostsLittleBesideTheRequest() throws Exception {
        String user = newUser();
        LoginForm a = login(user, "198.51.100.91");
        // a page of the logged-in area that does not exist: authentication, the session check, a 404 page
        String path = "/appraisal/no-such-page.xhtml";
        for (int i = 0; i < 300; i++) {
            assertThat(a.get(path).statusCode()).isEqualTo(404);
        }
        long[] t = new long[500];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            assertThat(a.get(path).statusCode()).isEqualTo(404);
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        double requestMicros = t[t.length / 2] / 1000.0;
        a.get("/it-fixtures/sessions/check-cost?n=500");
        double checkMicros = Double.parseDouble(
                a.get("/it-fixtures/sessions/check-cost?n=2000").body().strip());
        double share = checkMicros / requestMicros;
        // the cheapest request of a logged-in session: the session timer's question (authentication, the check, a
        // line of JSON), sequential and twelve at a time
        String cheapest = "/account/session";
        long[] c = new long[500];
        for (int i = 0; i < c.length; i++) {
            long t0 = System.nanoTime();
            assertThat(a.get(cheapest).statusCode()).isEqualTo(200);
            c[i] = System.nanoTime() - t0;
        }
        Arrays.sort(c);
        double cheapestMicros = c[c.length / 2] / 1000.0;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            calls.add(() -> a.get(cheapest).statusCode());
        }
        long t0 = System.nanoTime();
        try {
            for (java.util.concurrent.Future<Integer> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        double perSecond = calls.size() / ((System.nanoTime() - t0) / 1e9);
        Measurements.record(
                "session check",
                String.format(
                        java.util.Locale.ROOT,
                        "cheapest logged-in request (GET %s) p50 %.0f µs, the check %.1f %% of it (ratio with/without"
                                + " %.2f); 12 clients at once %.0f requests/s",
                        cheapest,
                        cheapestMicros,
                        100 * checkMicros / cheapestMicros,
                        cheapestMicros / (cheapestMicros - checkMicros),
                        perSecond));
        Measurements.record(
                "session check",
                String.format(
                        java.util.Locale.ROOT,
                        "request of a logged-in page (404) p50 %.0f µs, the session check within it p50 %.0f µs"
                                + " (%.1f %% of the request; without it ~%.0f µs, ratio with/without %.2f)",
                        requestMicros,
                        checkMicros,
                        100 * share,
                        requestMicros - checkMicros,
                        requestMicros / (requestMicros - checkMicros)));
        assertThat(share).as("the check's share of a request").isLessThan(0.5);
    }

    // --- helpers

    private String newUser() throws IOException, InterruptedException {
        return fixture("POST", "/login/user");
    }

    private LoginForm login(String user, String address) throws IOException, InterruptedException {
        LoginForm f = new LoginForm(base, address);
        LoginForm.Answer answer = f.attempt(user, LoginFixturesServlet.PASSWORD);
        assertThat(answer.seen()).as("login of %s from %s", user, address).isEqualTo(LoginForm.Seen.SUCCEEDED);
        return f;
    }

    /** posts the page's form with the given button, as the browser does for a button with ajax="false" */
    private static HttpResponse<String> submit(LoginForm f, String page, String button, String... formId)
            throws IOException, InterruptedException {
        String form = formId.length > 0 ? formId[0] : "sessions";
        Matcher vs = Pattern.compile("<form id=\"" + Pattern.quote(form)
                        + "\"[\\s\\S]*?name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        if (!vs.find()) {
            throw new AssertionError("no view state in form " + form + ": " + page);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        body.put(button, button);
        body.put("jakarta.faces.ViewState", vs.group(1));
        body.put("primefaces.nonce", LoginForm.nonce(page));
        return f.post("/account/sessions.xhtml", body);
    }

    private static List<String> ends(String page) {
        Matcher m = ROW_END.matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private List<String> rows(String user) throws IOException, InterruptedException {
        return fixture("GET", "/sessions/rows?user=" + user).lines().toList();
    }

    private long ended(String user, String reason) throws IOException, InterruptedException {
        return rows(user).stream().filter(r -> r.contains("|" + reason + "|")).count();
    }

    private List<String> audit(String user) throws IOException, InterruptedException {
        return fixture("GET", "/audit?type=user&id=" + user).lines().toList();
    }

    /** the login page's address within the application (the redirect names it with the context path) */
    private static String path(String location) {
        return location.substring(location.indexOf("/login.xhtml"));
    }

    private String fixture(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LoginForm.loopback(base) + "/it-fixtures" + path));
        b = "POST".equals(method) ? b.POST(HttpRequest.BodyPublishers.noBody()) : b.GET();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s", method, path).isEqualTo(200);
        return r.body().strip();
    }
}
